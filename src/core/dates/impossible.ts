import { daysInMonth } from './calendar.ts';
import { monthName } from './format.ts';
import { monthFromName } from './period-end.ts';

/**
 * "31/02", "30 February 2025": a day the month does not have, said back in words ("there is no 31
 * February") rather than "couldn't read", which would send the user looking for a typo that is not there.
 */
export function impossibleDay(text: string): string | null {
  const numeric = /\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\b/.exec(text);
  const written = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\b(?:\s+(\d{4}))?/.exec(text);
  const day = Number(numeric?.[1] ?? written?.[1]);
  const month = numeric ? Number(numeric[2]) : written?.[2] ? monthFromName(written[2]) : null;
  if (month === null || !Number.isInteger(day) || month < 1 || month > 12) return null;
  const yearText = numeric?.[3] ?? written?.[3];
  const year = yearText === undefined ? 2024 : Number(yearText.length === 2 ? `20${yearText}` : yearText);
  if (day >= 1 && day <= daysInMonth(year, month)) return null;
  const leap = month === 2 && day === 29 ? ` in ${year}` : '';
  return `There is no ${day} ${monthName(month)}${leap}.`;
}
