import { addDays, addMonths, type IsoDate } from './calendar.ts';

export type Duration = { amount: number; unit: 'day' | 'week' | 'month' | 'year' };

const SMALL_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

// One to 9999 in digits, or in words up to ninety-nine ('twenty-four', 'twenty four').
function parseAmount(words: string): number | null {
  if (/^\d{1,4}$/.test(words)) return Number(words);
  const small = SMALL_NUMBERS[words];
  if (small !== undefined) return small;
  const match = /^([a-z]+)(?:[\s-]+([a-z]+))?$/.exec(words);
  const tens = match?.[1] === undefined ? undefined : TENS[match[1]];
  if (tens === undefined) return null;
  if (match?.[2] === undefined) return tens;
  const unit = SMALL_NUMBERS[match[2]];
  return unit !== undefined && unit < 10 && match[2] !== 'a' && match[2] !== 'an' ? tens + unit : null;
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
