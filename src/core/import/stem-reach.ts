import type { Para } from './blocks.ts';
import { familyOf, sentenceBullets } from './list-entries.ts';
import { CONDITIONS, CONSIDERATION, DIRECTIVE, lastSentence } from './stem-words.ts';
import { isQuestion, shortTitle } from './text-util.ts';
import type { Occurrence, Section } from './walk-model.ts';

/*
 * How far a stem reaches over the entries under it, and where its list ends: what the walk over a section's
 * unlabelled entries asks of a stem and of the entry in hand.
 */

/**
 * "... by ensuring that:", "... sleep apnoea. Consideration should be given to:": the points under the stem are
 * the conditions of one item, not items of their own (unless they are whole sentences under a plain condition).
 */
export function readsAsConditions(section: Section, stem: Para): boolean {
  if (CONSIDERATION.test(stem.text)) return true;
  return CONDITIONS.test(stem.text) && DIRECTIVE.test(stem.text) && !sentenceBullets(section, stem);
}

/**
 * The words a stem lends each of its points when they are conditions of one item: its last sentence ("The force
 * should, by March, ensure that:"), or the whole paragraph where that sentence goes on from the ones before it:
 * "... sleep apnoea. Consideration should be given to:", "It is not clear how far ... They need to establish
 * consistency between:".
 */
export function conditionsLead(stem: string): string {
  const last = lastSentence(stem);
  const pronoun = last !== stem && /^(?:they|it|this|these)\s/i.test(last);
  return pronoun || CONSIDERATION.test(stem) ? stem : last;
}

// "Quoted verbatim from the Ninth Report of Session 2008-09:": a Commons committee's conclusions follow.
const QUOTES_COMMITTEE = /\b(?:quoted|verbatim|copied)\b[^.]*\breport of session\b[^:]*:\s*$/i;

export function quotesCommittee(stem: string | undefined): boolean {
  return stem !== undefined && QUOTES_COMMITTEE.test(stem);
}

/** "2. What the OPCC will do", "6. Work programme" after lettered entries: the paper's next numbered title. */
export function titleAfterLetters(para: Para, text: string, last: Occurrence | undefined): boolean {
  return (
    familyOf(para) === 'number' &&
    shortTitle(text) &&
    last !== undefined &&
    last.number === null &&
    /^\(?[a-z]\)?\.?$/.test(last.label ?? 'a')
  );
}

/**
 * "1. Which unlit rural C roads in Wessex still carry the national speed limit?" under "Questions for Wessex
 * engineers": the writer's question. A coroner's concern may be put as a question too, so only under a title or
 * stem that names questions.
 */
export function askedQuestion(text: string, heading: string | null, stem: string | undefined): boolean {
  return isQuestion(text) && /\bquestions\b/i.test(`${heading ?? ''} ${stem ?? ''}`);
}

/** '"There are three recommendations made:' ... 'its use."': the quotation closes, and the list with it. */
export function quotationCloses(stem: string, text: string): boolean {
  return /^["“]/.test(stem) && /["”]$/.test(text);
}
