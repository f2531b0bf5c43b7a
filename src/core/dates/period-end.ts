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

// "end of Q3", "Q3 2024", "Q3 2024/25", "FY Q3": a quarter's last day. With a financial year ("2024/25",
// "FY") the quarters start in April, as UK public bodies count them; otherwise they are calendar quarters.
const QUARTER_END =
  /\b(?:(?:the\s+)?end\s+of\s+)?(fy\s*)?(?:q|quarter\s+)([1-4])\b(?:\s+(?:of\s+)?(?:fy\s*)?(\d{4})(?:\s*[/-]\s*(\d{2,4}))?)?/gi;
// "end of the quarter", "end of next quarter".
const THIS_QUARTER_END = /\b(?:the\s+)?end\s+of\s+(?:the|this|(next))\s+quarter\b/gi;
// "end of the financial year", "financial year end", "year end 2024/25": 31 March.
const FINANCIAL_YEAR_END =
  /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?financial\s+year|financial\s+year[-\s]end)(?:\s+(\d{4})\s*[/-]\s*(\d{2,4}))?/gi;

function quarterEnd(
  quarter: number,
  financial: boolean,
  year: number | null,
  today: IsoDate,
  prefer: Prefer,
): IsoDate | null {
  // Financial Q1-Q3 end in June, September, December of the year it starts; Q4 in March of the next.
  const month = financial ? [6, 9, 12, 3][quarter - 1] : quarter * 3;
  if (month === undefined) return null;
  const shift = financial && quarter === 4 ? 1 : 0;
  if (year !== null) return lastDayOf(year + shift, month);
  return monthEndNearest(month, today, prefer);
}

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
  for (const match of text.matchAll(QUARTER_END)) {
    const [whole, fy, quarter = '1', startYear, endYear] = match;
    const financial = fy !== undefined || endYear !== undefined;
    const year = startYear === undefined ? null : Number(startYear);
    found.push({
      index: match.index,
      text: whole,
      resolve: (today, prefer) => quarterEnd(Number(quarter), financial, year, today, prefer),
    });
  }
  for (const match of text.matchAll(THIS_QUARTER_END)) {
    const next = match[1] !== undefined;
    found.push({
      index: match.index,
      text: match[0],
      resolve: (today) => {
        const { year, month } = partsOf(today);
        const quarter = Math.ceil(month / 3) + (next ? 1 : 0);
        return quarter > 4 ? lastDayOf(year + 1, 3) : lastDayOf(year, quarter * 3);
      },
    });
  }
  for (const match of text.matchAll(FINANCIAL_YEAR_END)) {
    const [whole, startYear] = match;
    found.push({
      index: match.index,
      text: whole,
      resolve: (today, prefer) =>
        startYear === undefined ? monthEndNearest(3, today, prefer) : lastDayOf(Number(startYear) + 1, 3),
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
