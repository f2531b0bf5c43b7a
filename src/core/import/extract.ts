import type { IsoDate } from '../dates/index.ts';
import { definedShortNames, extractAddressees } from './addressees.ts';
import { asAreasWhereNamed } from './afi-only.ts';
import { toBlocks } from './blocks.ts';
import { cleanText, type Line } from './clean-text.ts';
import { REGULATION_28 } from './coroner.ts';
import {
  createDueReader,
  type DueReader,
  type Dues,
  extractDues,
  replyBy,
  replyDue,
  rowDues,
} from './deadlines.ts';
import type { ExtractedItem, Extraction } from './extraction.ts';
import { unflattenTables } from './flat-table.ts';
import { splitInlineLabels } from './inline-labels.ts';
import { type Draft, mergeOccurrences } from './merge.ts';
import { extractMetadata } from './metadata.ts';
import { itemsIssuedOn, type ReportSpan, reportSpans } from './published-date.ts';
import { quotedWithin } from './quoted-within.ts';
import { documentRecipients, letterRecipients, sentenceRecipients } from './recipients.ts';
import { walkSections } from './sections-walk.ts';
import { BODY_RECOMMENDS, OWN_MEETING } from './stem-words.ts';
import { FORCE_NAME, forceAbove } from './subject-above.ts';
import { wordCount } from './text-util.ts';
import { countWarnings } from './warnings.ts';

type Context = {
  /** The force or service the report is about ("Lincolnshire Police"), which "the force" means. */
  subject: string | null;
  anchor: IsoDate | null;
  /** The reports a document lists, each with the date its items count from; null for one report. */
  reports: ReportSpan[] | null;
  reply: string | null;
  /** The reply due is the coroner's 56 days, read from the document being a Regulation 28 report. */
  coronerReply: boolean;
  /** The day the document names for that reply ("namely by 1 September 2025"), if it names one. */
  replyBy: IsoDate | null;
  /** A coroner's report, whose concerns are all answered within its 56 days. */
  coroner: boolean;
  /** An audit's action plan, whose "Target date:" lines are the dates agreed with management. */
  agreedPlan: boolean;
  recipients: string[];
  /** Names the document shortens once ("the Ministry"), to their full form. */
  shortNames: Map<string, string>;
  read: DueReader;
  lines: readonly Line[];
};

const AGREED_PLAN = /\bmanagement\s+(?:response|comments?|actions?)\b|\bagreed\s+actions?\b/i;

const NO_DUE: Dues = { due: { kind: 'none', date: null, phrase: null }, additional: [], uncertain: [] };

function duesOf(draft: Draft, ctx: Context): Dues {
  // A cause of concern is discharged through its recommendations; it has no deadline of its own.
  if (draft.kind === 'cause_of_concern') return NO_DUE;
  const dues = draft.column
    ? rowDues(
        draft.text,
        draft.column.due,
        draft.column.anchor ?? ctx.anchor,
        ctx.read,
        draft.column.field === true && ctx.agreedPlan,
      )
    : extractDues(draft.text, ctx.anchor, ctx.read);
  // A coroner's concern is answered within 56 days whatever it says about timing ("in a timely manner").
  const coronersDuty = ctx.coroner && ctx.reply !== null && dues.due.kind === 'conditional';
  if (dues.due.phrase !== null && !coronersDuty) return dues;
  // Areas for improvement carry no deadline by design; saying so for each would be noise.
  if (draft.kind === 'area_for_improvement') return NO_DUE;
  if (ctx.reply !== null) {
    // A tracker row that names its own report's date counts the reply from that date.
    const rowAnchor = draft.column?.anchor ?? null;
    const { due, doubt } = ctx.read(ctx.reply, rowAnchor ?? ctx.anchor);
    const stated = rowAnchor === null && ctx.replyBy !== null;
    return {
      // A coroner's report is answered within 56 days of its date, however a form's boxes cut that sentence.
      due: stated ? { ...due, kind: ctx.coroner ? 'relative' : due.kind, date: ctx.replyBy } : due,
      additional: [],
      uncertain: ['deadline taken from the reply due for the whole document', ...(doubt ? [doubt] : [])],
    };
  }
  // "Response due 26 Jun 2025" under an IOPC recommendation: the day the document gives for every reply.
  if (ctx.replyBy !== null && draft.column === null)
    return {
      due: { kind: 'date', date: ctx.replyBy, phrase: `response due ${ctx.replyBy}` },
      additional: [],
      uncertain: ['deadline taken from the reply due for the whole document'],
    };
  return dues;
}

// A recommendation is a sentence or a paragraph; far longer, two may have run together, far shorter, the
// text may have been cut.
const LONG_ITEM_WORDS = 250;
const SHORT_ITEM_WORDS = 5;

function shapeDoubts(text: string): string[] {
  const words = wordCount(text);
  if (words > LONG_ITEM_WORDS) return [`${words} words long: two items may have run together`];
  if (words < SHORT_ITEM_WORDS) return ['very short: its text may have been cut'];
  return [];
}

function subjectOf(title: string | null): string | null {
  const name = title === null ? undefined : FORCE_NAME.exec(title)?.[1];
  return name === undefined || /^(?:the\s+)?(?:police|constabulary)$/i.test(name) ? null : name;
}

/** "force" in a report about Lincolnshire Police is Lincolnshire Police; the word is kept beside the name. */
function namedSubject(addressee: string, subject: string): string {
  const word = /^(?:the\s+)?(force|constabulary|service)$/i.exec(addressee)?.[1];
  return word === undefined ? addressee : `${subject} (the ${word.toLowerCase()})`;
}

// "... to maximise the impact of the police's CT capabilities. (Status: Open - awaiting decision)": a
// register's note on the item, not its words.
const STATUS_NOTE = /\s*\((?:status|rag|update|progress)\s*:[^()]*\)\s*$/i;

// '"We welcome ..." (Paragraphs 21 and 30 of the inquiry report).': a response quotes the item and says where
// it stands in the report; the words inside the quotes are the item. A quote left open (its closing mark lost
// with the line it ended) still marks the item as quoted.
const QUOTE_OPEN = /^["“]/;
const QUOTE_CLOSE = /["”]\s*(?:\((?:paragraphs?|paras?\.?|pages?|pp?\.|see|report)\b[^()]*\)\.?)?$/i;

function unquoted(text: string): string {
  if (!QUOTE_OPEN.test(text)) return text;
  const marks = (text.match(/["“”]/g) ?? []).length;
  if (QUOTE_CLOSE.test(text)) return text.replace(QUOTE_CLOSE, '').slice(1).trim();
  return marks % 2 === 1 ? text.slice(1).trim() : text;
}

// "Police performance: Getting a grip (HMICFRS, 7 July 2023). Recommendation 2 reads: By January 2024, ...":
// minutes name the report, then quote the item.
const READS =
  /(?:^|[.:;]\s+)(?:the\s+)?(recommendation|area for improvement|cause of concern)(?:\s+(\d{1,3}))?\s+(?:reads|states|says)\s*:\s*/i;

/** The item a paragraph quotes after "The recommendation reads:", with the number it gives. */
function readsAs(draft: Draft): void {
  const match = READS.exec(draft.text);
  if (match === null) return;
  draft.text = draft.text.slice(match.index + match[0].length).trim();
  const number = match[2];
  draft.label =
    number === undefined
      ? null
      : `${match[1]?.charAt(0).toUpperCase()}${match[1]?.slice(1).toLowerCase()} ${number}`;
  draft.number = number === undefined ? null : Number(number);
}

/** An item in one of several reports counts from that report's date and, a coroner's, goes to its recipients. */
function ownReport(draft: Draft, whole: Context): Context {
  const report = whole.reports?.findLast((r) => r.start <= draft.span[0]) ?? whole.reports?.[0];
  if (report === undefined) return whole;
  const own = whole.coroner ? documentRecipients(whole.lines.slice(report.start, report.end)) : [];
  return { ...whole, anchor: report.date, recipients: own.length > 0 ? own : whole.recipients };
}

// "The IOPC recommends that ...": another body's recommendation, quoted beside a coroner's report, is none of
// its concerns; the coroner's recipients and 56 days are not its own.
function finish(draft: Draft, whole: Context): ExtractedItem {
  const record = ownReport(draft, whole);
  const ctx =
    record.coroner && BODY_RECOMMENDS.test(draft.text)
      ? { ...record, coroner: false, reply: record.coronerReply ? null : record.reply }
      : record;
  if (STATUS_NOTE.test(draft.text)) draft.text = draft.text.replace(STATUS_NOTE, '');
  readsAs(draft);
  draft.text = unquoted(draft.text);
  const dues = duesOf(draft, ctx);
  // A coroner's concerns are addressed to whom the report is sent; who "should" act in their narrative
  // ("the siren", "the Trust has") is no addressee.
  const sentTo = ctx.coroner && draft.kind === 'recommendation' ? ctx.recipients : [];
  const found =
    draft.addressees.length > 0
      ? draft.addressees
      : sentTo.length > 0
        ? sentTo
        : extractAddressees(draft.text).map((a) => ctx.shortNames.get(a.toLowerCase()) ?? a);
  const above = forceAbove(ctx.lines, draft.span);
  const subject = above ?? ctx.subject;
  const own = subject === null ? found : found.map((a) => namedSubject(a, subject));
  const inherit = own.length === 0 && draft.kind !== 'cause_of_concern';
  // A cause of concern is a finding about the force inspected ("the force doesn't have adequate processes"),
  // which is whom it is for, where the document names it.
  const inspected =
    own.length === 0 && draft.kind === 'cause_of_concern' && subject !== null ? [subject] : own;
  const addressees = inherit
    ? ctx.recipients.length > 0 || above === null
      ? ctx.recipients
      : [above]
    : inspected;
  const doubts = !inherit
    ? []
    : addressees.length > 0
      ? ["addressees taken from the document's recipients"]
      : ['no addressee found (nobody "should" act in the text)'];
  return {
    kind: draft.kind,
    label: draft.label,
    number: draft.number,
    text: draft.text,
    due: dues.due,
    additionalDues: dues.additional,
    addressees,
    forceResponse: draft.force,
    pccResponse: draft.pcc,
    causeOfConcern: draft.causeOfConcern,
    uncertain: [...draft.uncertain, ...dues.uncertain, ...doubts, ...shapeDoubts(draft.text)],
    source: ctx.lines.slice(draft.span[0], draft.span[1] + 1).map((l) => l.text),
  };
}

// "... targets and objectives. (Paragraph 38) We already publish ...": in a reply to a committee, the
// conclusion ends at its paragraph reference and the reply follows it, printed straight after.
const PARAGRAPH_REFERENCE = /\((?:paragraphs?|paras?\.?)\s+\d[\d.,\s&-]*(?:and\s+\d[\d.]*)?\)\.?/i;

function answeredAfterReference(draft: Draft): Draft {
  const found = PARAGRAPH_REFERENCE.exec(draft.text);
  if (found === null || draft.force !== null || draft.pcc !== null) return draft;
  const end = found.index + found[0].length;
  const reply = draft.text.slice(end).trim();
  if (wordCount(reply) < 3) return draft;
  return { ...draft, text: draft.text.slice(0, end).trim(), force: reply };
}

function orElse<T>(found: T[], fallback: () => T[]): T[] {
  return found.length > 0 ? found : fallback();
}

// "Government Response to the Committee's Second Report", "The Government Reply to the Third Report": the
// document answers each item it quotes.
const ANSWERS = /\b(?:response|reply)\s+to\b/i;

// An action log's entry: "Clerk to circulate the revised terms of reference", "Head of Governance to bring a
// paper to the September meeting": who does what for the meeting, not a recommendation to track. A
// coroner's "Failure to update the records" is a concern, not a role.
const ACTION_ENTRY =
  /^(?:the\s+)?(?!(?:Failure|Failing|Failed|Need|Inability|Decision|Duty|Requirement|Ability|Lack|Opportunity|Attempts?|Plans?)\b)[A-Z][\w'’&/.-]*(?:\s+(?:[A-Z][\w'’&/.-]*|of|and|for|the)){0,5}\s+to\s+(?:circulate|bring|complete|report back|provide|arrange|check|update|send|prepare|add|confirm|share|present|draft|write|liaise|contact|follow up|chase|book|table|invite|obtain|produce|look into|raise|ask|discuss|feed back|schedule|organise|organize|brief|escalate)\b/;
// Minutes: "Members asked whether the force should ...", "Cllr Hale said ...": what was said at the meeting.
const REPORTED_SPEECH =
  /^(?:(?:the\s+)?(?:members?|councillors?|the chair(?:man)?|the vice[- ]chair|officers)|cllr\.?\s+[A-Z][\w'’-]+|(?:mr|mrs|ms|dr)\.?\s+[A-Z][\w'’-]+)\s+(?:asked|said|noted|commented|queried|reported|explained|confirmed|stated|suggested|welcomed|questioned|raised)\b/i;

// "... report progress to my Performance Board", "The Chief Constable and I believe ...": the writer's own
// words (a commissioner's letter), not an item. A coroner writes "I am concerned" and "in my opinion": those
// stay, and so does a coroner's "It was disclosed to my office ...".
const WRITER_VOICE =
  /\b(?:to|at|in|before) my\s+(?:[A-Z][\w'’-]*\s+)*(?:board|meeting|panel|office|scrutiny)\b|\band I\s+(?:believe|will|expect|agree|have)\b/i;

// "The coroner's Matters of Concern are reproduced in full in Table 1.", "I have set out the concerns ...
// below.": a sentence pointing at the items, not one of them.
const POINTER =
  /^[^.]{0,160}\b(?:set out|reproduced|listed|summarised|summarized|shown|given)\b[^.]{0,120}\b(?:below|above|in (?:full in )?(?:table|appendix|annex)\s*[\w.]+)(?:\s+(?:exactly\s+)?as\s+[^.]{1,80})?[.:]?$/i;

// "[Recommendation 4](#recommendation-4) [Recommendation 9](#...)": a page's contents links, no item's words.
function onlyLinks(text: string): boolean {
  const rest = text.replace(/\[[^\]]*\]\([^)]*\)/g, ' ');
  return rest !== text && wordCount(rest) < 3;
}

// "... to monitor progress ...": the copy stopped mid-item; its words are not the whole recommendation.
const CUT_OFF = /(?:\.\.\.|…)\s*$/;

// "... the service should provide", "... as set out in the": words a sentence cannot end on. A short title-like
// finding ("The force doesn't consistently achieve appropriate outcomes for victims") is whole.
const STOPS_MID_CLAUSE =
  /\b(?:the|a|an|to|of|and|or|for|with|that|which|by|in|on|at|from|its|their|his|her|should|must|will|would|could|can|may|is|are|be|been|provide|ensure|make|take|give|review|develop|me|we|our)$/i;

// An unlabelled item that stops mid-sentence in a few words ("Within 28 days, the service should provide")
// is where a copy ended, as is one that ends in "...".
function cutOff(draft: Draft): boolean {
  if (CUT_OFF.test(draft.text)) return true;
  // A numbered paragraph counts too: "4. It would be unacceptable if me" is where a web page's copy stopped.
  const unlabelled = (draft.label === null || /^\d{1,3}$/.test(draft.label)) && draft.column === null;
  // "... quickly enough; and": a list's entry joined to the next, not a cut sentence.
  const joined = /[;,]\s*(?:and|or)$/i.test(draft.text);
  return unlabelled && !joined && wordCount(draft.text) < 12 && STOPS_MID_CLAUSE.test(draft.text);
}

const REVISIT = /\brevisit(?:ed)?\b/i;

function coronersDuty(text: string): string | null {
  return REGULATION_28.test(text) ? 'within 56 days of the date of this report' : null;
}

/** Reads a report or a response document into metadata, items and responses. Never throws on odd text. */
export function extractReport(text: string): Extraction {
  const input = typeof text === 'string' ? text : '';
  const { raws, lines } = cleanText(input);
  const meta = extractMetadata(raws, lines, input);
  const answering = ANSWERS.test(meta.title ?? '');
  const blocks = unflattenTables(splitInlineLabels(toBlocks(lines)), lines);
  const walk = (recalled: boolean) =>
    mergeOccurrences(walkSections(blocks, recalled), {
      answers: answering,
      author: /\b(?:commissioner|pcc|opcc|mayor)\b/i.test(input.slice(0, 600)) ? 'pcc' : 'force',
    });
  // An earlier report's recommendations, recalled, are background beside the document's own items; on a page
  // with none of its own they are what there is to track.
  const first = walk(false);
  const merged = first.drafts.length > 0 ? first : walk(true);
  const joined = lines.map((l) => l.text).join(' ');
  const coroner = REGULATION_28.test(input);
  // Paragraphs apart: "... within 56 days of the date of the report" ends at its paragraph, not in the next.
  const stated = replyDue(lines.map((l) => (l.gapBefore > 0 ? `\n${l.text}` : l.text)).join(' '));
  const reports = reportSpans(lines, coroner);
  const ctx: Context = {
    // A revisit letter quotes the recommendations of the original report: their "within three months"
    // counts from that report's publication, or from when they were issued, which the letter rarely prints.
    anchor: REVISIT.test(meta.title ?? '') ? itemsIssuedOn(joined) : meta.publishedOn,
    reports,
    // Section 55's 56 days bind the commissioner, not the recommendations.
    // Read from the cleaned lines: a sentence wrapped inside a form's boxes or across a page is whole there.
    reply: meta.section55 ? null : (stated ?? coronersDuty(input)),
    coronerReply: stated === null && coroner,
    // Where items carry their own dates ("Essex response due 26 June 2025" under each), the document's
    // date is no other item's.
    // Nor, where it holds several reports, is one report's reply date another's.
    replyBy:
      meta.section55 || reports !== null || merged.drafts.some((d) => d.column !== null)
        ? null
        : replyBy(joined),
    coroner,
    agreedPlan: AGREED_PLAN.test(joined),
    subject: subjectOf(meta.title),
    recipients: orElse(documentRecipients(lines), () =>
      orElse(sentenceRecipients(lines, coroner), () => (coroner ? letterRecipients(lines) : [])),
    ),
    shortNames: definedShortNames(joined),
    read: createDueReader(),
    lines,
  };
  // "3 8 9", a table's stray cell of numbers: no words, no item.
  // A coroner quotes the law and their own summing-up inside a concern, which stays whole.
  const read = coroner ? merged.drafts : asAreasWhereNamed(merged.drafts, input).flatMap(quotedWithin);
  const worded = read.filter((d) => /[A-Za-z]{3}/.test(d.text));
  const kept = worded.filter(
    (d) =>
      !OWN_MEETING.test(d.text) &&
      !ACTION_ENTRY.test(d.text) &&
      !REPORTED_SPEECH.test(d.text) &&
      !POINTER.test(d.text) &&
      !(WRITER_VOICE.test(d.text) && !coroner) &&
      !onlyLinks(d.text) &&
      !cutOff(d),
  );
  const cut = worded.filter(cutOff);
  const items = kept.map((draft) => finish(answering ? answeredAfterReference(draft) : draft, ctx));
  const recommendations = items.filter((i) => i.kind === 'recommendation');
  const areasForImprovement = items.filter((i) => i.kind === 'area_for_improvement');
  const causesOfConcern = items.filter((i) => i.kind === 'cause_of_concern');
  return {
    title: meta.title,
    publisher: meta.publisher,
    publishedOn: meta.publishedOn,
    link: meta.link,
    section55: meta.section55,
    section55Due: meta.section55Due,
    forceResponseOverall: merged.overall.force,
    pccResponseOverall: merged.overall.pcc,
    recommendations,
    areasForImprovement,
    causesOfConcern,
    warnings: [
      ...meta.warnings,
      ...countWarnings(meta.stated, recommendations, areasForImprovement),
      ...cut.map(
        (d) =>
          `left out an item cut off where the text was copied ("${d.text.slice(0, 60)}…"): add it whole with import add`,
      ),
    ],
  };
}
