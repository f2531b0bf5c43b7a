import { type IsoDate, partsOf } from './calendar.ts';

// Spelled out rather than taken from Intl, whose en-GB short month ('Sept' or 'Sep') varies by ICU version.
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`No such month: ${month}`);
  return name;
}

/** '31 October 2023' */
export function formatDate(d: IsoDate): string {
  const { year, month, day } = partsOf(d);
  return `${day} ${monthName(month)} ${year}`;
}

/** '31 Oct 2023' */
export function formatShortDate(d: IsoDate): string {
  const { year, month, day } = partsOf(d);
  return `${day} ${monthName(month).slice(0, 3)} ${year}`;
}
