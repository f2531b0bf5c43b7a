import { formatShortDate, localDateTime } from '../dates/index.ts';

/** An instant as people in the workspace's zone read it: "29 Nov 2026, 09:05". */
export function formatInstant(at: string, timeZone: string): string {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return at;
  const { date, time } = localDateTime(timeZone, instant);
  return `${formatShortDate(date)}, ${time}`;
}
