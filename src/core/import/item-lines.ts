import type { Para } from './blocks.ts';
import type { LabelMatch } from './labels.ts';
import { FIELD_LINE, SPEAKER_SAID } from './line-joins.ts';
import type { ResponseKind } from './sections.ts';
import { STEM_END, WRITER_STEM } from './stem-words.ts';
import { endsOpen, endsSentence, wordCount } from './text-util.ts';
import type { Occurrence } from './walk-model.ts';

// Lines of an action plan that are neither the item nor a reply to it.
// "Essex response due 26 June 2025" under an IOPC recommendation: the day its recipient must answer by.
// "Original target date: 31/03/2025   Revised target date: 30/11/2025": the deadline set is the original.
export const DUE_FIELD =
  /^(?:(?:(?:original|target|due|completion|implementation|agreed|revised)\s+){0,3}(?:date|deadline|timescales?)(?:\s+(?:for|set\s+by)\s+(?:the\s+)?\w+)?|due(?:\s+by)?)\s*:\s*(.+?)(?:\s+revised\s+(?:target\s+)?date\s*:.*)?$|^(?:[A-Z][\w'’]*\s+){0,3}(?:response|reply)\s+due\s*:?\s*(?:by\s+|on\s+)?(\d.+)$/i;
// "Priority: Medium   Owner: Head of Investigations   Target: 31/01/2026": a line of several fields, one of them
// the deadline.
const DUE_AMONG_FIELDS =
  /(?:^|\s)(?:target|due|completion)(?:\s+date)?\s*:\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{4})\b/i;

/**
 * The deadline a field line under a numbered entry gives, alone or among other fields ("Target date: ..."); a
 * bare "Date:" dates the letter, not the entry.
 */
export function dueInFields(text: string): string | undefined {
  return FIELD_LINE.test(text) ? DUE_AMONG_FIELDS.exec(text)?.[1] : undefined;
}

// "Evidence: process maps v2": what a tracker holds on file for the item, beside its answer, not part of it;
// so is who signed the answer off ("Seen and agreed: T/ACC M. Rowe, 02/09/2024").
export const OTHER_FIELD =
  /^(?:(?:seen and agreed|signed off|approved|cleared)(?:\s+by)?|responsible\s+(?:officer|person|manager)|officer\s+responsible|(?:action\s+)?owner|lead(?:\s+officer)?|priority|risk\s+rating|status(?:\s+at\s+[\w-]+)?|evidence(?:\s+(?:seen|held|provided))?)\s*:/i;

// "Addressed to   Home Office" between a record's words and its reply: a field printed like a title.
export const RECORD_FIELD_TITLE = /^(?:addressed to|made to|sent to)\s+[A-Z]/i;

// A short "Key: value" line, as a register page or a form prints its details.
const FIELD = /^[A-Z][A-Za-z'’]*(?:\s+[A-Za-z'’]+){0,2}\s*:\s+\S/;

// "Source: PEEL 2023-25: An inspection of Greater Manchester Police, published 1 December 2023": where the
// item comes from, a field however long the report's title.
const SOURCE_FIELD = /^(?:source|report|source report)\s*:/i;

export function isFieldLine(block: Para): boolean {
  const words = wordCount(block.text);
  return (
    !block.bullet &&
    !block.list &&
    FIELD.test(block.text) &&
    (words <= 12 || (words <= 25 && SOURCE_FIELD.test(block.text))) &&
    !/[.:]$/.test(block.text)
  );
}

// A letter's close ("Kind regards", an e-mail's "Thanks, Daniel"): nothing after it answers the item above.
export const SIGN_OFF =
  /^(?:yours\s+(?:sincerely|faithfully|truly)|kind(?:est)?\s+regards|best\s+(?:regards|wishes)|with\s+best\s+wishes)\b|^(?:many\s+)?thank(?:s|\s+you)(?:\s+again)?[,!.]?(?:\s+[A-Z][\w'’-]*){0,2}$/i;

// Where a pasted copy stops ("(copy ends - ...)", "[end of extract]") or a web page's footer begins.
const END_OF_COPY =
  /^[([]?\s*(?:(?:\.{3}|…)\s*)?(?:copy ends|copied (?:up )?to here|end of (?:the )?(?:copy|extract|excerpt|document)|extract ends)\b|^\[?is this page useful\??\]?|^(?:©|\(c\))\s*crown copyright/i;

// "Audit finding", "Findings", "Issue identified": an audit report's evidence under its recommendation.
export const EVIDENCE_TITLE = /^(?:audit\s+)?(?:findings?|observations?|issues?\s+identified|evidence)$/i;

// A finding or a direction: what a heading under an item's label says when it is the item itself.
export const ITEM_IN_BOLD =
  /\b(?:should|must|needs? to|is failing|(?:is|does|are)n['’]t|does not|is not|are not)\b/i;

// "Finding: Fire control operators cannot open ..." under "Recommendation 1": what the auditor found, the
// context of the item's words that follow it.
const FINDING_FIELD = /^(?:findings?|issues?|observations?|risks?|background)\s*:/i;

/**
 * "Recommendation 1" / "Priority" / "Medium" / "Finding" / ... / "Recommendation" / its words: in a form printed a
 * field a line, the bare kind under a numbered item titles the item's own words, which start there. So does
 * "Recommendation: The service should ..." under the item's "Finding: ...".
 */
export function titlesOwnWords(item: Occurrence | null, match: LabelMatch): boolean {
  return (
    item !== null &&
    item.number !== null &&
    match.kind === item.kind &&
    match.label === null &&
    match.number === null &&
    (match.rest === '' || FINDING_FIELD.test(item.body[0]?.text ?? '')) &&
    item.marked.force.length === 0 &&
    item.marked.pcc.length === 0
  );
}

/**
 * After a labelled item's reply, the letter's own next numbered paragraph ("4. Overall, I am satisfied ...")
 * or its sign-off belongs to the letter, not to the reply.
 */
export function endsItem(block: Para, item: Occurrence, speaker: ResponseKind | null): boolean {
  if (SIGN_OFF.test(block.text) || END_OF_COPY.test(block.text)) return true;
  // "Things I think we need to do this week:" after the item's words: the writer's own list begins.
  if (
    !block.list &&
    !block.bullet &&
    item.body.length > 0 &&
    WRITER_STEM.test(block.text) &&
    STEM_END.test(block.text)
  )
    return true;
  // "• To address this cause of concern the force must ...:" over its set-in bullets, then "• Aisha: ..." back at
  // the margin: notes kept all in bullets go on with the meeting's own points.
  const [first] = item.body;
  const last = item.body[item.body.length - 1];
  if (
    first?.bullet &&
    !first.indented &&
    /:$/.test(first.text) &&
    last?.indented &&
    block.bullet &&
    !block.indented
  )
    return true;
  // "2) Avon Fire and Rescue Service (Round 3, people)" after "Cause of concern: ...": the writer's next
  // numbered title, not more of an unnumbered item whose words are finished.
  const finished = last !== undefined && !/:$/.test(last.text) && !endsOpen(last.text);
  const title = block.list && !block.bullet && wordCount(block.text) <= 12 && !endsSentence(block.text);
  if (finished && item.number === null && title) return true;
  // "For each one could the lead officer please say by Friday 4 July:": the writer asking the readers.
  if (finished && !block.list && !block.bullet && /\bplease\b/i.test(block.text) && STEM_END.test(block.text))
    return true;
  const replied = speaker !== null || item.marked.force.length > 0 || item.marked.pcc.length > 0;
  // "6.2 Essex Police, May 2025": a paper's next numbered title, after a reply, is past the item; "4.2 The
  // department has ..." is the reply's next paragraph.
  const next =
    /^\d{1,2}\.\s/.test(block.text) ||
    (/^\d{1,2}\.\d{1,2}\.?\s/.test(block.text) && !endsSentence(block.text));
  if (replied && block.list && next) return true;
  // "Cause of concern" / its words / "3.2 The letter explains ...": the paper's own next numbered paragraph
  // after the item's plain words, not more of them.
  return (
    item.body.length > 0 &&
    !item.body[0]?.list &&
    last !== undefined &&
    !/:$/.test(last.text) &&
    block.list &&
    /^\d{1,2}\.\d{1,2}\.?\s/.test(block.text) &&
    !/^\d/.test(item.label ?? '')
  );
}

/**
 * "AFI 1" / "The force needs to improve how it records crime ..." / "  - who here? Crime Bureau": indented
 * bullets under an item whose words end without leading into them are the reader's notes on it, not its points;
 * so is what minutes record a speaker saying about it.
 */
export function notesUnder(item: Occurrence, block: Para): boolean {
  const last = item.body[item.body.length - 1];
  // "Insp Hale said this is not in our procedure ...": minutes' record of the discussion under the item.
  if (!block.bullet && !block.list && SPEAKER_SAID.test(block.text)) return true;
  return (
    block.bullet &&
    block.indented &&
    last !== undefined &&
    item.body.every((p) => !p.bullet && !p.list) &&
    !/[:;]$/.test(last.text) &&
    !endsOpen(last.text)
  );
}
