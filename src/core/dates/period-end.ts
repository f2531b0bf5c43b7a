import { endOfMonth, type IsoDate, isoFromParts, partsOf } from './calendar.ts';

// Deadlines like "end of June", "the end of Feb 2025", "last day of March", "end-June 2024", "end of 2024".
// chrono-node 2.10 moves "end of <month>" to the month's last day only when it recognises the month alone:
// it skips three-letter names ("end of Feb" finds nothing) and years ("end of 2024"), so we match them here.

export type Prefer = 'future' | 'past';

export type PeriodEnd = {
  index: number;
  text: string;
  /** The last day of the period; null when the named month does not exist in the range we handle. */
  resolve: (today: IsoDate, prefer: Prefer) => IsoDate | null;
};

const MONTH_WORD = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
].join('|');
const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const END_OF = '\\b(?:the\\s+)?(?:very\\s+)?(?:end|last\\s+day)';

const MONTH_END = new RegExp(
  `${END_OF}(\\s+of\\s+(?:the\\s+month\\s+of\\s+)?|\\s*-\\s*|\\s+)(${MONTH_WORD})\\b\\.?` +
    '(?:,?\\s+(\\d{4})|-(\\d{2}))?(?![\\w/])',
  'gi',
);
// Not "the financial year" (which ends on 31 March) nor "2024/25".
const YEAR_END = new RegExp(
  `${END_OF}\\s+of\\s+(?:(\\d{4})|(?:the|this)\\s+(?:calendar\\s+)?year)(?![\\w/])`,
  'gi',
);

/** The month (1-12) named by an English month name or its abbreviation. */
export function monthFromName(word: string): number | null {
  const index = MONTH_PREFIXES.indexOf(word.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

/** A month named without a year: its next end (future), or its end in the latest year it has begun (past). */
export function monthEndNearest(month: number, today: IsoDate, prefer: Prefer): IsoDate {
  const { year } = partsOf(today);
  if (prefer === 'future') {
    const thisYear = endOfMonth(year, month);
    return thisYear >= today ? thisYear : endOfMonth(year + 1, month);
  }
  const firstThisYear = isoFromParts(year, month, 1);
  return firstThisYear !== null && firstThisYear <= today
    ? endOfMonth(year, month)
    : endOfMonth(year - 1, month);
}

// Two-digit years as chrono-node reads them ('Oct-18' is 2018, '-75' is 1975), so both paths agree.
function yearOf(fullYear: string | undefined, shortYear: string | undefined): number | null {
  if (fullYear !== undefined) return Number(fullYear);
  if (shortYear === undefined) return null;
  const short = Number(shortYear);
  return short > 50 ? 1900 + short : 2000 + short;
}

function lastDayOf(year: number, month: number): IsoDate | null {
  return isoFromParts(year, month, 1) === null ? null : endOfMonth(year, month);
}

export const WHICH_YEAR = /^\s*(?:of\s+)?(next|this|last)\s+year\b/i;

export function findPeriodEnds(text: string): PeriodEnd[] {
  const found: PeriodEnd[] = [];
  for (const match of text.matchAll(MONTH_END)) {
    const [whole, separator = '', monthWord = '', fullYear, shortYear] = match;
    const month = monthFromName(monthWord);
    if (month === null) continue;
    const year = yearOf(fullYear, shortYear);
    // Without "of", "the end may come" is not a date: insist on a hyphen, a capital or a year.
    const clearlyAMonth =
      /of/i.test(separator) ||
      separator.includes('-') ||
      monthWord[0] !== monthWord[0]?.toLowerCase() ||
      year !== null;
    if (!clearlyAMonth) continue;
    // "end of June next year": the year said in words.
    const which = year === null ? WHICH_YEAR.exec(text.slice(match.index + whole.length)) : null;
    const offset = which ? ({ next: 1, this: 0, last: -1 }[which[1]?.toLowerCase() ?? 'this'] ?? 0) : null;
    found.push({
      index: match.index,
      text: which ? whole + which[0] : whole,
      resolve: (today, prefer) => {
        if (offset !== null) return lastDayOf(partsOf(today).year + offset, month);
        return year === null ? monthEndNearest(month, today, prefer) : lastDayOf(year, month);
      },
    });
  }
  for (const match of text.matchAll(YEAR_END)) {
    const [whole, fullYear] = match;
    found.push({
      index: match.index,
      text: whole,
      resolve: (today) => lastDayOf(fullYear === undefined ? partsOf(today).year : Number(fullYear), 12),
    });
  }
  return found;
}
