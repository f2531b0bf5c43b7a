// Calendar arithmetic on `YYYY-MM-DD` strings. Dates carry no time and no zone, so all arithmetic is done in
// UTC, where every day has exactly 24 hours.

export type IsoDate = string;

export type DateParts = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date for these parts, or null when they do not name a real calendar date (e.g. 30 February). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  const valid =
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month);
  if (!valid) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function matchParts(s: string): DateParts | null {
  const match = ISO_DATE.exec(s);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isoFromParts(parts.year, parts.month, parts.day) === null ? null : parts;
}

export function isIsoDate(s: string): boolean {
  return typeof s === 'string' && matchParts(s) !== null;
}

/** The parts of a date; a malformed date is a bug in the caller, so it throws. */
export function partsOf(d: IsoDate): DateParts {
  const parts = matchParts(d);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(d)}`);
  return parts;
}

function requireInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

// setUTCFullYear rather than Date.UTC, which maps years 0-99 to 1900-1999.
function epochMs({ year, month, day }: DateParts): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function fromEpochMs(ms: number): IsoDate {
  const date = new Date(ms);
  const iso = isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  if (iso === null) throw new RangeError(`Date out of range (years ${MIN_YEAR}-${MAX_YEAR})`);
  return iso;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  requireInteger(n, 'Days');
  return fromEpochMs(epochMs(partsOf(d)) + n * MS_PER_DAY);
}

/** Adds calendar months, clamping to the last day of a shorter month (31 August + 6 months = 29 February). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  requireInteger(n, 'Months');
  const { year, month, day } = partsOf(d);
  const monthIndex = year * 12 + (month - 1) + n;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  const iso = isoFromParts(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
  if (iso === null) throw new RangeError(`Date out of range (years ${MIN_YEAR}-${MAX_YEAR})`);
  return iso;
}

/** `to` minus `from` in whole days: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((epochMs(partsOf(to)) - epochMs(partsOf(from))) / MS_PER_DAY);
}

export function endOfMonth(year: number, month1to12: number): IsoDate {
  requireInteger(year, 'Year');
  requireInteger(month1to12, 'Month');
  const iso = isoFromParts(year, month1to12, daysInMonth(year, month1to12));
  if (iso === null) throw new RangeError(`No such month: ${year}-${month1to12}`);
  return iso;
}

/** 0 = Sunday ... 6 = Saturday, as in JavaScript and chrono-node. */
export function dayOfWeek(d: IsoDate): number {
  return new Date(epochMs(partsOf(d))).getUTCDay();
}
