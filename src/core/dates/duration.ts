import { numberFromWords } from '../text/number-words.ts';
import { addDays, addMonths, type IsoDate } from './calendar.ts';

export type Duration = { amount: number; unit: 'day' | 'week' | 'month' | 'year' };

// "a year", "a fortnight": in a duration the article means one.
function parseAmount(words: string): number | null {
  return words === 'a' || words === 'an' ? 1 : numberFromWords(words);
}

// Official reports often repeat the number in digits: 'six (6) months'. Working days are deliberately
// absent: they need a holiday calendar, and counting them as calendar days would give a wrong date.
const DURATION = /^(.+?)(?:\s*\((\d{1,4})\))?[\s-]+(?:calendar[\s-]+)?(day|week|fortnight|month|year)s?$/;

/** 'six months', '6 months', 'two weeks', '90 days', 'a year', 'a fortnight'; null for anything else. */
export function parseDuration(text: string): Duration | null {
  const normalised = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const match = DURATION.exec(normalised);
  if (!match?.[1] || !match[3]) return null;
  const amount = parseAmount(match[1]);
  if (amount === null || amount < 1) return null;
  // 'six (7) months' contradicts itself; refuse rather than pick one.
  if (match[2] !== undefined && Number(match[2]) !== amount) return null;
  const unit = match[3];
  if (unit === 'fortnight') return { amount: amount * 2, unit: 'week' };
  if (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year') return { amount, unit };
  return null;
}

/** Adds a duration; months and years clamp to a shorter month's end (29 February + 1 year = 28 February). */
export function addDuration(d: IsoDate, dur: Duration): IsoDate {
  switch (dur.unit) {
    case 'day':
      return addDays(d, dur.amount);
    case 'week':
      return addDays(d, dur.amount * 7);
    case 'month':
      return addMonths(d, dur.amount);
    case 'year':
      return addMonths(d, dur.amount * 12);
  }
}
