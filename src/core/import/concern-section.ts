import type { Para } from './blocks.ts';
import { FORM_ROW, markOf } from './list-entries.ts';
import { replyDuty, STEM_END } from './stem-words.ts';
import { listNumber } from './text-util.ts';
import type { Section } from './walk-model.ts';

/*
 * A coroner's concerns section read as the published record reads it: the paragraphs that are concerns, and
 * nothing the page prints after the form's reply duty.
 */

// "Our position: ...", "Marchfield read-across: ...": a labelled paragraph answers the entry above it.
const LABELLED = /^[\W_]*[A-Z][\w'’ -]{0,40}:/;

// "Responses: the recipients are under a duty to respond within 56 days ...", "Leeds must respond to the coroner
// within 56 days ...": the form's own words after the concerns; what a page prints below them (a linked
// collection's entries, the paper's own points) is no concern.
const dutyEnds = (text: string) => replyDuty(text) || /\bshould\s+respond\s+within\b/i.test(text);

/** The section a coroner's concerns heading opens, ready to be read for its concerns. */
export function concernsSection(section: Section): Section {
  return loneFirstEntry(untilReplyDuty(section));
}

function untilReplyDuty(section: Section): Section {
  // After the form's own paragraph, or as the paper's next numbered point ("3.5 Both councils must respond ..."
  // after "(1)", "(2)"): a concern of the list itself may speak of responding.
  const first = section.loose.find((p) => p.list);
  const duty = section.loose.findIndex(
    (p, k) =>
      k > 0 &&
      dutyEnds(p.text) &&
      (section.loose.slice(0, k).some((q) => !q.list && !q.bullet) ||
        (p.list && first !== undefined && markOf(p.text) !== markOf(first.text))),
  );
  return duty < 0 ? section : { ...section, loose: section.loose.slice(0, duty + 1) };
}

/**
 * Where only the first paragraph carries "(1)" and plain paragraphs follow it, the report numbers nothing
 * after it: the "(1)" numbers no list, and each paragraph is a concern of its own, as the published record
 * splits them. A lone "(1)" with nothing after it keeps its label.
 */
function loneFirstEntry(section: Section): Section {
  const listed = section.loose.filter((p) => p.list || p.bullet);
  const first = listed[0];
  if (listed.length !== 1 || first === undefined || first.bullet || listNumber(first.text) !== 1)
    return section;
  const after = section.loose.filter((p) => p.index > first.index && !FORM_ROW.test(p.text));
  // Paragraphs set in under the entry, or an entry that ends in a colon, carry the entry on; a labelled one
  // answers it.
  const carriedOn =
    STEM_END.test(first.text) ||
    after.some((p: Para) => p.indented || STEM_END.test(p.text) || LABELLED.test(p.text));
  if (after.length === 0 || carriedOn) return section;
  return { ...section, loose: section.loose.map((p) => (p === first ? { ...p, list: false } : p)) };
}
