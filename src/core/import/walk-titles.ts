import type { Block, Heading } from './blocks.ts';
import { CLOSING_SECTION, entryTitle, numberedTheme } from './item-starts.ts';
import { classifyHeading } from './sections.ts';
import { wordCount } from './text-util.ts';
import type { Occurrence, Section } from './walk-model.ts';

/*
 * What the walk asks of a title between items: whether it groups the items under it or starts the document's
 * next section, and what number or ref it gives the item it heads.
 */

// "Re: Tower Hamlets" over a coroner's concerns: the concerns below it are for that addressee alone.
export const GROUP_FOR = /^(?:re|for the attention of|to):\s*([A-Z].{1,80})$/i;

// "In response to this Report (usually two months)", "By January 2019": a summary of recommendations
// grouped by when they fall due.
export const TIMEFRAME_TITLE =
  /^(?:in response to (?:this|the|our) report|by (?:the end of )?(?:\w+ )?\d{4}|within (?:\w+ )?(?:days|weeks|months|years?)|immediately)\b/i;
// "The state of health and care in English prisons": a committee's group titles run to ten words.
export const MAX_GROUP_TITLE_WORDS = 10;

/**
 * A group title inside a list of items, with an entry right under it: unnumbered, not in capitals, not one
 * of the sections that follow the items.
 */
export function isSubheading(text: string, first = false): boolean {
  if (/^(?:[A-Z]?\d{1,2}(?:\.\d{1,2})*\.?|[IVX]+\.)\s/.test(text)) return false;
  const letters = text.replace(/[^A-Za-z]/g, '');
  // A title in capitals is the document's own next section, unless it is the first thing under the heading
  // ("5 CORONER'S CONCERNS" then "GP SERVICES" over the concerns sent to the GP).
  if (!first && letters.length >= 4 && letters === letters.toUpperCase()) return false;
  return !CLOSING_SECTION.test(text) && wordCount(text) <= MAX_GROUP_TITLE_WORDS;
}

/**
 * "5 CORONER'S CONCERNS", the coroner's account of what happened since ("1. I wrote to the National Trust ...",
 * "a. Passage of information ..." and the evidence on it), then "The MATTERS OF CONCERN are as follows": the
 * concerns are the list below that line, not the account above it.
 */
export function concernsFollow(text: string, section: Section): boolean {
  return (
    /\bmatters? of concern\b.*\bas follows\b/i.test(text) &&
    section.kind === 'recommendations' &&
    /\bconcerns?\b/i.test(section.heading ?? '')
  );
}

const LEADING_NUMBER = /^(\d{1,3})[.)]\s/;

/** The block below carries on the section's numbered entries ("14." after "13."). */
export function numbersOn(section: Section, after: Block | undefined): boolean {
  const next =
    after?.type === 'label'
      ? after.match.number
      : after?.type === 'para' && after.list
        ? Number(LEADING_NUMBER.exec(after.text)?.[1] ?? Number.NaN)
        : null;
  if (next === null || Number.isNaN(next)) return false;
  // Only entries numbered as the next one is ("13.") count: a paper's "2.1", "2.2" leave a "1." a new count.
  const numbers = [
    ...section.items.map((i) => i.number ?? 0),
    ...section.loose.map((p) => (p.list ? Number(LEADING_NUMBER.exec(p.text)?.[1] ?? 0) : 0)),
  ].filter((n) => n > 0);
  return numbers.length > 0 && Math.max(...numbers) === next - 1;
}

const REF_TITLE = /^([A-Z]{1,3}(\d{1,3}))\s+\S/;

// "IA 25/26-02 Custody: children and appropriate adults - Recommendation 4 (Priority 1)": a tracker's entry
// title naming which of the report's items it is.
const NAMED_IN_TITLE =
  /\s[-–:]\s+((?:Recommendation|Area for improvement)\s+(\d{1,3}))\b(?:\s*\([^()]{1,30}\))?$/;

/** The number or ref a title over an unnumbered label gives its item: "3.", "A1" or "... - Recommendation 4". */
export function titleRef(title: Heading): { label: string; number: number; due?: string | null } | null {
  const named = NAMED_IN_TITLE.exec(title.text);
  if (named?.[1] !== undefined) return { label: named[1], number: Number(named[2]) };
  // "Action 1 (priority 2, target date 31/07/2026)" over "Recommendation: ...".
  const entry = entryTitle(title.text);
  if (entry !== null) return entry;
  if (classifyHeading(title.text) !== 'other') return null;
  if (title.number !== undefined) return { label: String(title.number), number: title.number };
  const ref = REF_TITLE.exec(title.text);
  return ref?.[1] === undefined ? null : { label: ref[1], number: Number(ref[2]) };
}

/** A list entry numbered next after a titled item ("2. The adequacy of ..." after "1. The system of ..."). */
export function nextTheme(
  block: Block,
  next: Block | undefined,
  open: Occurrence | null,
  lastTheme: number,
  section: Section,
): Occurrence | null {
  if (open?.whole !== true || block.type !== 'para' || !block.list) return null;
  const number = Number(LEADING_NUMBER.exec(block.text)?.[1] ?? Number.NaN);
  if (number !== lastTheme + 1) return null;
  const title: Heading = {
    type: 'heading',
    text: block.text.replace(LEADING_NUMBER, ''),
    marked: false,
    index: block.index,
    number,
  };
  return numberedTheme(title, next, section, 'other');
}

/** "action" for "action 1", "" for "1" or "3.2": which run of numbers a label's key belongs to. */
export function seriesOf(key: string | null): string {
  return (key ?? '').replace(/[\d.]+[a-z]?$/, '').trim();
}

const FIELD = /^[A-Z][\w ()/-]{0,28}:\s/;
// "Ref:  R1", "Reference: IA-07": the record's own reference for the item, a short code with a number.
const REF_FIELD = /^(?:ref(?:erence)?(?:\s+no\.?)?|id|item\s+ref)\s*:\s*([A-Z]{0,5}[-/. ]?(\d{1,3})[a-z]?)$/i;

const RECORD_TITLE = /^(?:finding|item|entry|record)\s+([A-Z]{0,4}-?(\d{1,3})[a-z]?)$/i;

/**
 * "Ref: R1" a few field lines above an unnumbered "Recommendation:" in the same record (after its "Title:",
 * "Observation:", "Risk:"): the label the record gives the item.
 */
export function fieldRef(blocks: readonly Block[], at: number): { label: string; number: number } | null {
  for (let i = at - 1; i >= 0; i--) {
    const block = blocks[i];
    // "Finding C1" over the record's "Source:" and "Recommendation:" fields.
    const titled = block?.type === 'heading' ? RECORD_TITLE.exec(block.text) : null;
    if (titled?.[1] !== undefined) return { label: titled[1], number: Number(titled[2]) };
    if (block?.type !== 'para' || !FIELD.test(block.text)) return null;
    const ref = REF_FIELD.exec(block.text);
    if (ref?.[1] !== undefined) return { label: ref[1], number: Number(ref[2]) };
  }
  return null;
}
