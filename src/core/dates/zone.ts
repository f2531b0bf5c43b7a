import { type IsoDate, isoFromParts } from './calendar.ts';

// Formatters are costly to build and immutable, so keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone. h23 avoids the '24' hour some engines print at midnight.
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.trim() === '') return false;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The calendar date and clock time shown in `timeZone` at the instant `at`. */
function wallClock(timeZone: string, at: Date): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const field = (name: keyof WallClock): number => {
    const value = fields[name];
    if (value === undefined || Number.isNaN(value))
      throw new RangeError(`Intl gave no ${name} for ${timeZone}`);
    return value;
  };
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

/** The calendar date at `now` in `timeZone`. An unknown zone or an invalid Date is a bug, so it throws. */
export function todayIn(timeZone: string, now: Date): IsoDate {
  const { year, month, day } = wallClock(timeZone, now);
  const iso = isoFromParts(year, month, day);
  if (iso === null) throw new RangeError(`Date out of range: ${now.toISOString()}`);
  return iso;
}

/** The zone's standard spelling ("europe/london" -> "Europe/London", "utc" -> "UTC"), as shown back. */
export function canonicalTimeZone(timeZone: string): string {
  return formatterFor(timeZone).resolvedOptions().timeZone;
}

/** The date and the 24-hour clock time
 ("09:05") shown in `timeZone` at the instant `at`. */
export function localDateTime(timeZone: string, at: Date): { date: IsoDate; time: string } {
  const { hour, minute } = wallClock(timeZone, at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: todayIn(timeZone, at), time: `${pad(hour)}:${pad(minute)}` };
}

/** Minutes east of UTC
 in `timeZone` at the instant `at` (London in summer: 60; New York in winter: -300). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const clock = wallClock(timeZone, at);
  const wallAsUtc = new Date(0);
  wallAsUtc.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  wallAsUtc.setUTCHours(clock.hour, clock.minute, clock.second, 0);
  // The formatter drops milliseconds, so compare against the instant truncated to the second.
  const instantSeconds = Math.floor(at.getTime() / 1000) * 1000;
  return Math.round((wallAsUtc.getTime() - instantSeconds) / 60_000);
}
