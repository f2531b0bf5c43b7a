import { dayOfWeek } from '../dates/calendar.ts';
import { formatDate, type IsoDate, localDateTime, todayIn } from '../dates/index.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A slot as people in its zone read it: "Monday 8 April 2024, 09:00". */
export function formatSlot(at: Date, timeZone: string): string {
  const { date, time } = localDateTime(timeZone, at);
  return `${WEEKDAYS[dayOfWeek(date)]} ${formatDate(date)}, ${time}`;
}

/** The day of the slot in its zone: "Monday 8 April 2024". */
export function formatSlotDay(at: Date, timeZone: string): string {
  return formatSlot(at, timeZone).replace(/, \d\d:\d\d$/, '');
}

/** A calendar day with its weekday: "Monday 8 April 2024". */
export function formatDay(day: IsoDate): string {
  return `${WEEKDAYS[dayOfWeek(day)] ?? ''} ${formatDate(day)}`;
}

/** "▓▓▓▓▓▓░░░░" for 6 of 10: a bar that reads the same in every chat client's font. */
export function progressBar(done: number, total: number, width = 10): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `${'▓'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The calendar day an instant falls on in the zone. */
export function dayOf(at: string, timeZone: string): IsoDate {
  return todayIn(timeZone, new Date(at));
}
