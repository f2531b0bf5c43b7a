import { type IsoDate, parseDate } from '../dates/index.ts';

// Cheap shapes of a date with its year; only these spans go to the (much slower) full date parser.
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const CANDIDATE = new RegExp(
  [
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(?:19|20)\\d{2}\\b`,
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b`,
    '\\b\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2})\\b',
    `\\b${MONTH}\\s+(?:19|20)\\d{2}\\b`,
    // "2025-08-19", as exports and a page's front matter print it.
    '\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b',
  ].join('|'),
  'gi',
);
const REFERENCE = { now: new Date('2000-01-01T12:00:00Z'), timeZone: 'Europe/London' };

// A document prints the same few dates on many lines (a tracker's review date on every row), and the full
// parser is the slow part; its answers for a span never change, so they are kept, up to a bound.
const parsedSpans = new Map<string, IsoDate | null>();
const MAX_SPANS = 4096;

function parseSpan(span: string): IsoDate | null {
  const known = parsedSpans.get(span);
  if (known !== undefined) return known;
  // The reference day only matters for dates without a year, which the shapes above never are.
  const date = parseDate(span, REFERENCE, 'past')?.date ?? null;
  if (parsedSpans.size >= MAX_SPANS) parsedSpans.clear();
  parsedSpans.set(span, date);
  return date;
}

/** The first date printed with its year ("5 April 2023", "21/06/2024", "14.05.2024"); null when there is none. */
export function readPrintedDate(text: string): IsoDate | null {
  for (const match of text.matchAll(CANDIDATE)) {
    const date = parseSpan(match[0]);
    if (date !== null) return date;
  }
  return null;
}
