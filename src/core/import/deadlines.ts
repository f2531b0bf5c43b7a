import { type IsoDate, parseDeadlinePhrase } from '../dates/index.ts';
import type { ExtractedDue } from './extraction.ts';
import { readPrintedDate } from './printed-date.ts';

export const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|' +
  'oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
// Not the first half of a financial year ("2026-27").
const YEAR = '(?:19|20)\\d{2}(?![\\d/]|\\s*[-/]\\s*\\d{2}(?![\\d/-]))';
const DATE = [
  `${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`,
  `${MONTH}\\s+${DAY},?\\s+${YEAR}`,
  `${MONTH}(?:,?\\s+${YEAR}|-\\d{2}(?![\\d-]))?`,
  '\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2})(?![\\d/.])',
  YEAR,
].join('|');
const END_OF = `(?:the\\s+)?(?:end|last\\s+day)\\s+of\\s+(?:the\\s+)?`;
const BY = '(?:by|before|no\\s+later\\s+than|not\\s+later\\s+than|until|till)';
const NUMBER =
  '(?:\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty[\\s-]?four|' +
  'twenty|thirty|sixty|ninety|a|an)';
const DURATION = `${NUMBER}(?:\\s*\\(\\d{1,4}\\))?[\\s-]+(?:calendar\\s+)?(?:days?|weeks?|fortnights?|months?|years?)`;
const EVENT = '\\s+(?:of|after|following|from)\\s+[^,.;:()\\n]{1,120}';

// "in the next Spending Review", "alongside its Treasury Minute response": a deadline set by an event.
const EVENT_ONLY =
  '\\b(?:in|by|at|before|alongside|ahead\\s+of|as\\s+part\\s+of|in\\s+time\\s+for)\\s+(?:the|its|their)\\s+(?:next\\s+|forthcoming\\s+|coming\\s+)?(?:comprehensive\\s+)?(?:spending\\s+review|treasury\\s+minute(?:\\s+response)?|budget|funding\\s+settlement)\\b';
// One alternation scanned left to right, so the phrases come out in the order the text gives them.
const PHRASE = new RegExp(
  [
    `\\b${BY}\\s+(?:${END_OF})?(?:${DATE})`,
    `\\b${BY}\\s+${END_OF}(?:financial\\s+)?year`,
    '\\b(?:with\\s+immediate\\s+effect|immediately|urgently|forthwith|as\\s+a\\s+matter\\s+of\\s+(?:urgency|priority)|without\\s+delay|(?:an?\\s+)?immediate\\s+(?:steps?|action|review)|as\\s+(?:soon|quickly|early)\\s+as\\s+(?:is\\s+)?(?:reasonably\\s+)?(?:possible|practicable))\\b',
    '\\bin\\s+(?:(?:its|the|their|your)\\s+)?(?:response|responding|reply|replying)\\s+to\\s+(?:this|our|the)\\s+report\\b',
    // Not "in 2007-08": "its spend in 2007-08" is a baseline, not a deadline.
    `\\b(?:by|during|(?:by|before)\\s+the\\s+end\\s+of)\\s+(?:the\\s+)?(?:financial\\s+year\\s+)?(?:19|20)\\d{2}\\s*[/-]\\s*\\d{2}(?![\\d/-])`,
    `\\b(?:in|by|during|(?:by|before)\\s+the\\s+end\\s+of)\\s+(?:the\\s+)?(?:spring|summer|autumn)\\s+(?:of\\s+)?${YEAR}`,
    `\\b(?:within|in|over)\\s+(?:the\\s+next\\s+)?${DURATION}(?:'s?)?(?:\\s+time)?(?:${EVENT})?`,
    `\\b${DURATION}${EVENT}`,
    EVENT_ONLY,
  ].join('|'),
  'gi',
);
// "Immediately" sets a deadline at the start of a clause, right after the verb ("should immediately") or at the
// clause's end ("should carry out immediately:"); elsewhere it describes how something is done ("must be seen immediately by a professional").
const IMMEDIATE_CONTEXT = /(?:^|[.;:!?•]\s*|,\s*|\b(?:should|must|to|will)\s+)$/i;
const HAS_YEAR = /\b(?:19|20)\d{2}\b|[-/.]\d{2}$/;

// "within 56 days of the date of this report namely by 1 March": the event ends where a new clause starts, as
// in "... of this report and was sent on time".
function trimEvent(phrase: string): string {
  return phrase.replace(
    /\s+(?:namely|i\.e\.|that is|which|but|so that|in order|and\s+(?:was|were|is|are|has|have|had|will))\b.*$/i,
    '',
  );
}

export type Dues = { due: ExtractedDue; additional: ExtractedDue[]; uncertain: string[] };

/** Every deadline phrase in a recommendation, in order, with where it starts. */
export function findDues(text: string): { phrase: string; index: number }[] {
  const found: { phrase: string; index: number }[] = [];
  for (const match of text.matchAll(PHRASE)) {
    const phrase = match[0].trim();
    if (
      /^(?:immediately|urgently|without\s+delay)$/i.test(phrase) &&
      !IMMEDIATE_CONTEXT.test(text.slice(Math.max(0, match.index - 40), match.index)) &&
      // "... should carry out immediately:": at the clause's end it says when, too.
      !/^\s*[:;]/.test(text.slice(match.index + match[0].length))
    ) {
      continue;
    }
    // "within 56 days of the date of this report namely by 1 March": the event ends where a new clause starts.
    found.push({
      phrase: phrase.replace(/\s+(?:namely|i\.e\.|that is|which|but|so that|in order)\b.*$/i, ''),
      index: match.index,
    });
  }
  return found;
}

export function findDuePhrases(text: string): string[] {
  return findDues(text).map((d) => d.phrase);
}

// A deadline binds when its sentence directs someone: "should", "must", or an imperative opening.
const DIRECTS =
  /\b(?:should|must|ought to|needs? to|is required to|are required to|recommends?)\b|^(?:ensure|make sure|review|introduce|develop|implement|establish|provide|consider|agree|update|carry out|put in place|complete|publish|report|train|set up|undertake|produce|identify|confirm|improve|create|adopt)\b/i;

// Sentences are short; a bounded window keeps a long item's scan linear.
const SENTENCE_WINDOW = 600;

function sentenceAt(text: string, index: number): string {
  const from = Math.max(0, index - SENTENCE_WINDOW);
  let start = from;
  for (const match of text.slice(from, index).matchAll(/[.!?;:]\s+/g))
    start = from + match.index + match[0].length;
  const after = text.slice(index, index + SENTENCE_WINDOW);
  const rest = /[.!?;:](?:\s|$)/.exec(after);
  return text.slice(start, index + (rest ? rest.index : after.length));
}

/**
 * The deadlines an item sets: one that opens it, or one in a sentence that directs someone. A date in a
 * finding ("the Trust expects to reopen it by the end of September") is narrative.
 */
export function bindingDuePhrases(text: string): string[] {
  return findDues(text)
    .filter((d) => d.index <= 2 || directs(text, d.index))
    .map((d) => d.phrase);
}

// "Each force ... should: by 30 June 2017, submit a report": the stem before the colon directs the words after.
function directs(text: string, index: number): boolean {
  const sentence = sentenceAt(text, index);
  if (DIRECTS.test(sentence.trim())) return true;
  const start = text.lastIndexOf(sentence, index);
  const before = text.slice(0, start).trimEnd();
  return before.endsWith(':') && DIRECTS.test(sentenceAt(before, before.length - 1));
}

// "By March 2024", "Oct-18": a month and a year with no day.
const MONTH_ONLY = new RegExp(`^(?:${BY}\\s+)?(?:${END_OF})?${MONTH}(?:,?\\s+${YEAR}|-\\d{2})$`, 'i');

/** Reads one phrase. A relative deadline needs the publication date; without it the date stays null. */
export function readDue(phrase: string, anchor: IsoDate | null): { due: ExtractedDue; doubt: string | null } {
  // The parser needs a "today" for dates printed without a year: the publication date is the document's own.
  const now = new Date(`${anchor ?? '2000-01-01'}T12:00:00Z`);
  let parsed: ReturnType<typeof parseDeadlinePhrase> = null;
  try {
    parsed = parseDeadlinePhrase(phrase, { now, timeZone: 'Europe/London', anchor });
  } catch {
    // Calendar arithmetic refuses years beyond 9999; such a phrase is unreadable, not a crash.
    parsed = null;
  }
  if (parsed === null)
    return { due: { kind: 'none', date: null, phrase }, doubt: `could not read "${phrase}"` };
  if (parsed.kind === 'date' && anchor === null && !HAS_YEAR.test(phrase)) {
    return { due: { kind: 'date', date: null, phrase }, doubt: `no year in "${phrase}"` };
  }
  const due: ExtractedDue = { kind: parsed.kind, date: parsed.date, phrase };
  if (due.date === null && (parsed.kind === 'relative' || parsed.kind === 'immediate')) {
    return { due, doubt: `"${phrase}" counts from the publication date, which is not known yet` };
  }
  if (due.kind === 'date' && due.date !== null && MONTH_ONLY.test(phrase)) {
    return { due, doubt: `deadline read from a month-only date ("${phrase}" taken as the month's last day)` };
  }
  return { due, doubt: null };
}

export type DueReader = typeof readDue;

/** readDue remembering its answers: documents repeat the same phrases ("By 31 October 2023") many times. */
export function createDueReader(): DueReader {
  const seen = new Map<string, ReturnType<typeof readDue>>();
  return (phrase, anchor) => {
    const key = `${anchor ?? ''}|${phrase}`;
    let found = seen.get(key);
    if (found === undefined) {
      found = readDue(phrase, anchor);
      seen.set(key, found);
    }
    return { due: { ...found.due }, doubt: found.doubt };
  };
}

function collect(phrases: readonly string[], anchor: IsoDate | null, read: DueReader): Dues {
  const uncertain: string[] = [];
  const dues: ExtractedDue[] = [];
  for (const phrase of phrases) {
    const { due, doubt } = read(phrase, anchor);
    if (doubt) uncertain.push(doubt);
    if (!dues.some((d) => d.kind === due.kind && d.date === due.date)) dues.push(due);
  }
  const [first, ...additional] = dues;
  if (first === undefined) {
    return {
      due: { kind: 'none', date: null, phrase: null },
      additional: [],
      uncertain: ['no deadline found'],
    };
  }
  return { due: first, additional, uncertain };
}

/** The deadlines of one item: the first is its due date, the others additional ones (recommendation 14). */
export function extractDues(text: string, anchor: IsoDate | null, read: DueReader = readDue): Dues {
  return collect(bindingDuePhrases(text), anchor, read);
}

/**
 * A table row's deadline: the one that opens the recommendation's own text ("By 31 March 2025, ..."), else
 * the deadline column. Phrases deeper in a tracker's text are standards ("within one month"), not deadlines.
 */
export function rowDues(
  text: string,
  column: string | null,
  anchor: IsoDate | null,
  read: DueReader,
  agreed: boolean,
): Dues {
  // "Within six months the force should ..." in a tracker's row: the report's own deadline beats the office's
  // target column, unless the column holds the date an audit agreed with management for its action.
  const leading = agreed ? undefined : findDues(text).find((d) => d.index <= 2);
  if (leading) return collect([leading.phrase], anchor, read);
  // Without a deadline column, the item's own words say when ("... by 30 June 2019").
  if (column === null) return extractDues(text, anchor, read);
  return collect([column], anchor, read);
}

// "must provide a response within 56 days", "You are under a duty to respond ... within 56 days of the date".
const REPLY = /\b(?:respond|response|reply|replies)\b/i;
const REPLY_DUE = new RegExp(`\\bwithin\\s+${DURATION}(?:${EVENT})?`, 'i');

/** The document's reply deadline, which items without one of their own answer to (coroners, the IOPC). */
export function replyDue(text: string): string | null {
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    if (!REPLY.test(sentence)) continue;
    const match =
      REPLY_DUE.exec(sentence) ?? (ASKED_TO_REPLY.test(sentence) ? REPLY_ON.exec(sentence) : null);
    if (match) return trimEvent(match[0].trim().replace(/[.]$/, ''));
  }
  return null;
}

// "namely by 1 September 2025", "Response due from recipients: 4 April 2023", "whose 56-day period ends on
// 9 November 2018": the day the document itself gives for the reply.
const FULL_DATE = `${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}`;
const REPLY_BY = new RegExp(
  `\\b(?:namely\\s+(?:by|on)|(?:to\\s+)?(?:reply|respond)\\s+\\(by|(?:period|time)\\s+(?:ends|expires|ended|expired)\\s+on|(?:response|reply|responses|replies)\\s+(?:is\\s+|was\\s+|are\\s+|were\\s+)?due(?:\\s+from\\s+[\\w'’ ]{1,30}?)?\\s*:?\\s*(?:by\\s+|on\\s+)?)\\s*(${FULL_DATE})`,
  'i',
);

// "Under paragraph 28A ..., you must respond in writing by 26 June 2025": the day the letter sets its reader.
const ASKED_TO_REPLY = /\b(?:you|your)\b[^.]{0,40}\b(?:must|should|are\s+(?:required|asked|requested))\b/i;
const REPLY_ON = new RegExp(`\\bby\\s+(?:${FULL_DATE})`, 'i');

/** The date the document names for its reply, which beats counting from a publication date it may misprint. */
export function replyBy(text: string): IsoDate | null {
  // A details table's cells ("| Response due | 26 Jun 2025 |") read as "Response due 26 Jun 2025".
  const match = REPLY_BY.exec(text.replace(/\s*\|\s*/g, ' '));
  return match?.[1] === undefined ? null : readPrintedDate(match[1]);
}
