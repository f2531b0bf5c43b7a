import type { IsoDate } from './calendar.ts';
import { addDuration, type Duration, parseDuration } from './duration.ts';
import { type DateContext, parseDate } from './parse-date.ts';

/** A deadline as written in a recommendation or typed by a user; `phrase` is the trimmed original text. */
export type DeadlinePhrase =
  | { kind: 'date'; date: IsoDate; phrase: string }
  /** `date` is the anchor (the publication date), or null without one. */
  | { kind: 'immediate'; date: IsoDate | null; phrase: string }
  /** `date` is the anchor plus the duration, or null without an anchor. */
  | { kind: 'relative'; date: IsoDate | null; duration: Duration; phrase: string }
  /** Dormant until someone records that `condition` happened; then that date plus the duration. */
  | { kind: 'conditional'; date: null; duration: Duration; condition: string; phrase: string }
  | { kind: 'none'; date: null; phrase: string };

export type DeadlineContext = DateContext & { anchor: IsoDate | null };

const NONE = new RegExp(
  '^(?:none|nil|ongoing|n/a|not applicable|not specified|' +
    'no (?:deadline|(?:target )?date|timescales?)(?: given| set)?)$',
);
const IMMEDIATE =
  /^(?:(?:with )?immediate(?: effect)?|immediately|(?:from )?now|with effect from now|forthwith|as (?:soon|quickly|early) as (?:is )?(?:reasonably )?(?:possible|practicable)|urgently|as a matter of (?:urgency|priority)|without delay|(?:an? )?immediate (?:steps?|action|review))$/;
// "in response to this Report", "in replying to this report": due with the government's reply, whenever it comes.
const WITH_REPLY =
  /^in (?:(?:its|the|their|your) )?(?:response|responding|reply|replying) to (?:this|our|the) report$/i;
// "within six months", "in 3 months' time", "six (6) months".
const DURATION_ONLY = /^(?:(?:by|within|in) )?(?:the next )?(.+?)(?:'s?)?(?: time)?$/;
// "six months after the new tool is implemented", "within 6 months of publication".
const DURATION_AFTER = /^(?:(?:by|within|in) )?(?:the next )?(.+?) (?:after|following|from|of) (.+)$/i;
// Events a government or a force answers at, named without a date of their own.
const EVENT_ONLY =
  /^(?:in|by|at|before|alongside|ahead of|as part of|in time for|with)\s+((?:the|its|their|his|her)\s+(?:next\s+|forthcoming\s+|coming\s+)?(?:comprehensive\s+)?(?:spending review|treasury minute(?:\s+response)?|budget|funding settlement|police and crime plan|annual report|business plan|inspection))$/i;
const AT_ONCE: Duration = { amount: 0, unit: 'day' };
// Words that, removed, leave the anchor itself: "the publication of this report", "this report is published".
const ANCHOR_FILLER = /\b(?:the|this|its|date|day|of|report(?:'s)?|being|is|was|has|been|on|which|when)\b/g;
const ANCHOR_WORDS = new Set(['', 'publication', 'published', 'publishing', 'now', 'today']);

/**
 * Classifies a deadline phrase: a date, immediate, relative to the anchor (the report's publication date),
 * conditional on an event, or none. Returns null for text it cannot read.
 */
export function parseDeadlinePhrase(phrase: string, ctx: DeadlineContext): DeadlinePhrase | null {
  const trimmed = phrase.trim();
  const plain = trimmed
    .replace(/\s+/g, ' ')
    .replace(/[.;:,!]+$/, '')
    .trim();
  const lower = plain.toLowerCase();
  if (lower === '') return null;
  if (NONE.test(lower)) return { kind: 'none', date: null, phrase: trimmed };
  if (IMMEDIATE.test(lower)) return { kind: 'immediate', date: ctx.anchor, phrase: trimmed };

  const onlyDuration = parseDuration(DURATION_ONLY.exec(lower)?.[1] ?? '');
  if (onlyDuration) return relative(onlyDuration, trimmed, ctx.anchor);

  if (WITH_REPLY.test(plain)) {
    return {
      kind: 'conditional',
      date: null,
      duration: AT_ONCE,
      condition: 'the response to this report',
      phrase: trimmed,
    };
  }
  const season = seasonOrYearEnd(lower);
  if (season !== null) return { kind: 'date', date: season, phrase: trimmed };

  // "in the next Spending Review", "alongside its Treasury Minute response": due when that event comes.
  const event = EVENT_ONLY.exec(plain)?.[1];
  if (event !== undefined) {
    return { kind: 'conditional', date: null, duration: AT_ONCE, condition: event, phrase: trimmed };
  }

  const after = DURATION_AFTER.exec(plain);
  const duration = after?.[1] === undefined ? null : parseDuration(after[1]);
  if (duration && after?.[2] !== undefined) {
    const event = after[2].trim();
    if (isAnchor(event)) return relative(duration, trimmed, ctx.anchor);
    return { kind: 'conditional', date: null, duration, condition: conditionOf(event), phrase: trimmed };
  }

  const quarter = quarterEnd(lower);
  if (quarter !== null) return { kind: 'date', date: quarter, phrase: trimmed };

  const parsed = parseDate(plain, ctx, 'future');
  return parsed ? { kind: 'date', date: parsed.date, phrase: trimmed } : null;
}

function relative(duration: Duration, phrase: string, anchor: IsoDate | null): DeadlinePhrase {
  return { kind: 'relative', date: anchor === null ? null : addDuration(anchor, duration), duration, phrase };
}

function isAnchor(event: string): boolean {
  const rest = event.toLowerCase().replace(ANCHOR_FILLER, ' ').replace(/\s+/g, ' ').trim();
  return ANCHOR_WORDS.has(rest);
}

// "the date on which the tool is implemented" -> "the tool is implemented": the event, not its date.
function conditionOf(event: string): string {
  return event.replace(
    /^(?:the date (?:on which|that|when)|the (?:point|time) (?:at which|when)|when|once) /i,
    '',
  );
}

// "Q2 2024/25": a quarter of the financial year, April to March, as public bodies plan; "Q2 2024": of
// the calendar year. The deadline is the quarter's last day.
const QUARTER =
  /^(?:by\s+)?(?:the\s+end\s+of\s+)?q([1-4])\s+(?:of\s+)?((?:19|20)\d{2})(?:\s*[/-]\s*(\d{2}|\d{4}))?$/;
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

function quarterEnd(lower: string): IsoDate | null {
  const m = QUARTER.exec(lower);
  if (m?.[1] === undefined || m[2] === undefined) return null;
  const q = Number(m[1]);
  const year = Number(m[2]);
  if (m[3] === undefined) return `${year}-${QUARTER_ENDS[q - 1]}`;
  // Financial year 2024/25: Q1 ends 30 June 2024 ... Q4 ends 31 March 2025.
  return q === 4 ? `${year + 1}-03-31` : `${year}-${QUARTER_ENDS[q]}`;
}

// "in 2026-27", "by the end of 2016/17": a financial year, April to March, ends on 31 March. "By summer
// 2016": a season ends with its last month (spring May, summer August, autumn November).
const FINANCIAL_YEAR =
  /^(?:in|by|during|by the end of|before the end of)\s+(?:the\s+)?(?:financial\s+year\s+)?((?:19|20)\d{2})\s*[/-]\s*(\d{2}|(?:19|20)\d{2})$/;
const SEASON =
  /^(?:in|by|during|by the end of|before the end of)\s+(?:the\s+)?(spring|summer|autumn)\s+(?:of\s+)?((?:19|20)\d{2})$/;
const SEASON_ENDS: Record<string, string> = { spring: '05-31', summer: '08-31', autumn: '11-30' };

function seasonOrYearEnd(lower: string): IsoDate | null {
  const fy = FINANCIAL_YEAR.exec(lower);
  if (fy?.[1] !== undefined && fy[2] !== undefined) {
    const start = Number(fy[1]);
    const end = fy[2].length === 2 ? Math.floor(start / 100) * 100 + Number(fy[2]) : Number(fy[2]);
    return end === start + 1 ? `${end}-03-31` : null;
  }
  const season = SEASON.exec(lower);
  if (season?.[1] === undefined || season[2] === undefined) return null;
  return `${season[2]}-${SEASON_ENDS[season[1]]}`;
}
