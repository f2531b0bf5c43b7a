import type { Component, ParsedResult, ParsingReference } from 'chrono-node';
import * as chrono from 'chrono-node';
import { addDays, addMonths, endOfMonth, type IsoDate, isoFromParts, partsOf } from './calendar.ts';
import { addDuration, parseDuration } from './duration.ts';
import { findPeriodEnds, monthEndNearest, type Prefer, WHICH_YEAR } from './period-end.ts';
import { todayIn, zoneOffsetMinutes } from './zone.ts';

export type DateContext = { now: Date; timeZone: string };

/** A date found in free text, with the span it came from so the caller can cut it out of the sentence. */
export type ParsedDate = { date: IsoDate; text: string; index: number };

// A span's date: undefined when the span is no calendar date after all (a bare time, the verb "march"),
// null when it names a date that does not exist (31/02/2024), which makes the whole parse fail.
type Resolved = IsoDate | null | undefined;
type Span = { index: number; text: string; resolve: () => Resolved };

const END_OF_PERIOD_REFINER = 'refiner/ENEndOfPeriodRefiner';
const MONTH_NAME_PARSER = 'parser/ENMonthNameParser';
const SLASH_PARSER = 'parser/SlashDateFormatParser';
const RELATIVE = 'result/relativeDate';

const MODIFIER = /\b(?:this|next|last|past|coming|previous)\b/i;
// Words that make a lowercase "march" or "may" a month rather than a verb.
const MONTH_PREPOSITION =
  /\b(?:in|by|to|until|till|before|after|from|since|during|for|of|end|mid|early|late)\s+$/i;

/**
 * Finds the first date in free text: British day-month order, relative words ("tomorrow", "next Monday",
 * "in two weeks") computed from today's date in `ctx.timeZone`, a month on its own meaning its last day.
 * A month or day without a year is its next occurrence (prefer 'future') or its latest past one ('past').
 */
export function parseDate(text: string, ctx: DateContext, prefer: Prefer = 'future'): ParsedDate | null {
  const today = todayIn(ctx.timeZone, ctx.now);
  // chrono computes relative words from the wall clock of its reference; giving it the zone's offset at `now`
  // makes that the zone's wall clock, whatever the machine's own zone.
  const reference: ParsingReference = {
    instant: ctx.now,
    timezone: zoneOffsetMinutes(ctx.timeZone, ctx.now),
  };
  const periodEnds: Span[] = findPeriodEnds(text).map((end) => ({
    index: end.index,
    text: end.text,
    resolve: () => end.resolve(today, prefer),
  }));
  const chronoSpans = chrono.en.GB.parse(text, reference)
    .filter((result) => !periodEnds.some((end) => overlaps(end, result)))
    .map((result) => chronoSpan(text, result, today, prefer));
  const spans = [...periodEnds, ...chronoSpans].sort((a, b) => a.index - b.index);
  for (const span of spans) {
    const date = span.resolve();
    if (date === undefined) continue;
    return date === null ? null : { date, text: span.text, index: span.index };
  }
  return null;
}

function overlaps(a: { index: number; text: string }, b: { index: number; text: string }): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

// "start of June", "mid-June", "March next year": words chrono leaves outside the month's span.
const PART_OF_MONTH = /\b(?:the\s+)?(start|beginning|early|mid|middle)(?:\s+of|\s*-)?\s*$/i;

function chronoSpan(text: string, result: ParsedResult, today: IsoDate, prefer: Prefer): Span {
  const end = result.index + result.text.length;
  let index = result.index;
  let spanText = text.slice(index, end);
  // chrono leaves "the" out of "the end of next month"; take it so the caller can cut the whole phrase.
  const the = /\bthe\s+$/i.exec(text.slice(0, index));
  if (the && /^(?:end|last\s+day)\b/i.test(spanText)) {
    index = the.index;
    spanText = text.slice(index, end);
  }
  const part = PART_OF_MONTH.exec(text.slice(0, index));
  if (part) {
    index = part.index;
    spanText = text.slice(index, end);
  }
  const which = WHICH_YEAR.exec(text.slice(end));
  if (which) spanText += which[0];
  const day = part ? (/^mid/i.test(part[1] ?? '') ? 15 : 1) : null;
  const yearOffset = which ? ({ next: 1, this: 0, last: -1 }[which[1]?.toLowerCase() ?? 'this'] ?? 0) : null;
  return {
    index,
    text: spanText,
    resolve: () => {
      const date = resolveChrono(text, result, today, prefer, yearOffset);
      // A part of a month only changes a month named without its day ("start of June", not "start of 5 June").
      const monthNamed = result.start.isCertain('month') && !result.start.isCertain('day');
      return date && day !== null && monthNamed ? withDay(date, day) : date;
    },
  };
}

function withDay(date: IsoDate, day: number): IsoDate | null {
  const { year, month } = partsOf(date);
  return isoFromParts(year, month, day);
}

function resolveChrono(
  text: string,
  result: ParsedResult,
  today: IsoDate,
  prefer: Prefer,
  yearOffset: number | null,
): Resolved {
  const { start } = result;
  const certain = (component: Component): boolean => start.isCertain(component) || yearNamed(component);
  const yearNamed = (component: Component): boolean => component === 'year' && yearOffset !== null;
  const tags = result.tags();
  const year =
    yearOffset !== null && !start.isCertain('year') ? partsOf(today).year + yearOffset : start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null) return undefined;
  const isDate =
    certain('year') || certain('month') || certain('day') || certain('weekday') || tags.has(RELATIVE);
  if (!isDate) return undefined;

  // chrono swaps "12/25/2024" to the American reading when the month would be over 12; British order says no.
  if (tags.has(SLASH_PARSER) && Number(/^\d+/.exec(result.text)?.[0]) !== day) return null;

  if (tags.has(RELATIVE)) {
    const relative = resolveRelative(result.text, today);
    if (relative !== undefined) return relative;
  }
  if (certain('weekday') && !certain('day') && !certain('month')) {
    return resolveWeekday(result.text, isoFromParts(year, month, day), today, prefer);
  }
  if (certain('year') && !certain('month')) return endOfMonth(year, 12);

  const monthOnly = !certain('day') || (tags.has(END_OF_PERIOD_REFINER) && tags.has(MONTH_NAME_PARSER));
  if (monthOnly) {
    if (certain('year')) return isoFromParts(year, month, 1) === null ? null : endOfMonth(year, month);
    return isVerb(text, result) ? undefined : monthEndNearest(month, today, prefer);
  }
  if (!certain('year')) return dayMonthNearest(month, day, today, prefer);
  return isoFromParts(year, month, day);
}

// "in six months", "three weeks from now", "2 days ago": computed here rather than by chrono, whose month
// arithmetic rolls over (31 August + 6 months = 3 March) where ours clamps to the month's end.
function resolveRelative(spanText: string, today: IsoDate): Resolved {
  const t = spanText.trim().toLowerCase().replace(/\s+/g, ' ');
  const forward =
    /^(?:in|within) (?:the next )?(.+)$/.exec(t) ??
    /^(?:the )?next (.+)$/.exec(t) ??
    /^(.+?) (?:from (?:now|today)|later|hence|after)$/.exec(t);
  const backward = /^(.+?) (?:ago|before|earlier)$/.exec(t);
  const match = forward ?? backward;
  const duration = match?.[1] === undefined ? null : parseDuration(match[1]);
  if (duration) return addDuration(today, { ...duration, amount: (forward ? 1 : -1) * duration.amount });

  // "next month" is a month named without a day, so it means the month's last day, like "June".
  const period = /\b(this|next|last|past) (month|year)\b/.exec(t);
  if (!period) return undefined;
  const offset = period[1] === 'next' ? 1 : period[1] === 'this' ? 0 : -1;
  if (period[2] === 'year') return endOfMonth(partsOf(today).year + offset, 12);
  const { year, month } = partsOf(addMonths(today, offset));
  return endOfMonth(year, month);
}

function resolveWeekday(spanText: string, date: IsoDate | null, today: IsoDate, prefer: Prefer): Resolved {
  if (date === null) return undefined;
  // Lowercase "sat", "sun", "wed", "mon" are more often words than days ("it sat in the queue").
  const word = spanText.replace(/^on\s+/i, '');
  if (word === word.toLowerCase() && word.length <= 3 && !/^on\s/i.test(spanText)) return undefined;
  // chrono takes a bare weekday as the closest one, which may be behind us; "next"/"last" are explicit.
  if (MODIFIER.test(spanText)) return date;
  if (prefer === 'future' && date < today) return addDays(date, 7);
  if (prefer === 'past' && date > today) return addDays(date, -7);
  return date;
}

function isVerb(text: string, result: ParsedResult): boolean {
  const word = result.text.trim();
  if (!/^(?:march|may)$/.test(word)) return false;
  return !MONTH_PREPOSITION.test(text.slice(0, result.index));
}

function dayMonthNearest(month: number, day: number, today: IsoDate, prefer: Prefer): IsoDate | null {
  const { year } = partsOf(today);
  const step = prefer === 'future' ? 1 : -1;
  // Up to eight years ahead or back, so that 29 February finds a leap year.
  for (let offset = 0; offset <= 8; offset++) {
    const candidate = isoFromParts(year + step * offset, month, day);
    if (candidate === null) continue;
    if (prefer === 'future' ? candidate >= today : candidate <= today) return candidate;
  }
  return null;
}
