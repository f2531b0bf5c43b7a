import type { ItemKind } from '../model/entities.ts';
import { extractAddressees } from './addressees.ts';
import type { Para } from './blocks.ts';
import { LIST_MARK } from './clean-text.ts';
import { inlineItems } from './inline-list.ts';
import { FIELD_LINE } from './line-joins.ts';
import { extend, type Family, familyOf, type Open, overview } from './list-entries.ts';
import { quotedItem, toldItem, unquoted } from './quoted-items.ts';
import {
  answersCause,
  asSentence,
  BODY_RECOMMENDS,
  DESCRIBES,
  DIRECTIVE,
  deadlineThenImperative,
  EARLIER,
  earlierDeadline,
  FACTORS,
  FINDING,
  FIRST_PERSON,
  FORM_WORDING,
  IMPERATIVE,
  improvementNeed,
  lastSentence,
  namedKind,
  namedNoun,
  RESPONSE_DUTY,
  STEM_END,
  STRONG,
  WRITER_STEM,
  weRecommend,
  wholeWithList,
} from './stem-words.ts';
import { endsSentence, isQuestion, listNumber, startsLower, wordCount } from './text-util.ts';
import { type Entry, headingAddressees, headingAsStem, listedKind } from './unlabelled-entries.ts';
import type { Occurrence, Section } from './walk-model.ts';

/** One section's unlabelled items being read: what the section says of them, and the stem and lists so far. */
export type Reading = {
  section: Section;
  /** The kind the section's heading names, if any. */
  own: ItemKind | null;
  out: Occurrence[];
  push: (kind: ItemKind, entry: Entry, para: Para, carries: boolean) => void;
  /** The last list entry taken as an item, which the lines after it may carry on. */
  state: { open: Open | null };
  /** Under a coroner's "Concerns" heading. */
  concernSection: boolean;
  /** No label in the section shows how the document marks its items. */
  plainItems: boolean;
  /** The heading names one item ("IOPC recommendation"). */
  singleItem: boolean;
  /** The paragraph ending in a colon that the entries below it finish or are named by. */
  stem: Para | null;
  naming: ItemKind | null;
  /** An item whose bullets below are its own ("This should include consideration of:"). */
  gathering: Occurrence | null;
  wholeConcern: Occurrence | null;
  lastLoose: Para | undefined;
};

// "The second cause of concern was as follows:", "The matter of concern in the report reads in full:".
const ONE_NAMED =
  /\b(?:cause of concern|recommendation|area for improvement|matter of concern)(?:\s+(?!and\b)[\w'’]+){0,4}?\s+(?:was|is|reads|read|says|states|stated|said)\b/i;

function untitledHeading(text: string): boolean {
  return /^[A-Z]/.test(text) && !/[.:;,!?]["'”’)]?$/.test(text) && wordCount(text) <= 6 && !STRONG.test(text);
}

// Asked of every paragraph, a walk over all the paragraphs after it makes a long document's reading grow with
// its square; instead each section keeps, per way of ending, the next paragraph that settles the answer.
type Settling = { indented: boolean; family: Family | null; resumes: number | null };
const settled = new WeakMap<readonly Para[], Map<string, Int32Array>>();

function ends(p: Para, way: Settling): boolean {
  // "3. During the revisit ..." after "2. The causes of concern ... are repeated below": the paper's own next
  // paragraph, its list long over.
  if (p.list && way.resumes !== null && listNumber(p.text) === way.resumes) return true;
  return way.indented ? !p.indented && !p.list && !p.bullet : !p.list && !p.bullet && untitledHeading(p.text);
}

function listed(p: Para, way: Settling): boolean {
  return (
    !(p.list && way.family !== null && familyOf(p) === way.family) &&
    (p.list || p.bullet || (STEM_END.test(p.text) && /\b(?:concern|recommend)/i.test(p.text)))
  );
}

/** For each position, the first paragraph from there on that ends the list's reach or is one of its entries. */
function settlingFrom(loose: readonly Para[], way: Settling): Int32Array {
  const key = `${way.indented}:${way.family}:${way.resumes}`;
  const byWay = settled.get(loose) ?? new Map<string, Int32Array>();
  settled.set(loose, byWay);
  const known = byWay.get(key);
  if (known !== undefined) return known;
  const next = new Int32Array(loose.length + 1).fill(loose.length);
  for (let k = loose.length - 1; k >= 0; k--) {
    const p = loose[k];
    next[k] = p !== undefined && (ends(p, way) || listed(p, way)) ? k : (next[k + 1] ?? loose.length);
  }
  byWay.set(key, next);
  return next;
}

/**
 * The number the paper's own numbered paragraphs go on with after the stem: one past the stem's own, or past
 * the last before it.
 */
function resumedNumber(loose: readonly Para[], stem: Para | null, at: number): number | null {
  if (stem === null) return null;
  // "2. ... It repeats the two causes of concern from the 2018 inspection:": the stem's own number is the last.
  const own = stem.list ? listNumber(stem.text) : null;
  if (own !== null) return own + 1;
  for (let k = at - 1; k >= 0; k--) {
    const p = loose[k];
    if (p === undefined || p.index >= stem.index || !p.list) continue;
    const n = listNumber(p.text);
    if (n !== null) return n + 1;
  }
  return null;
}

// "The MATTERS OF CONCERN are as follows:", two paragraphs of background, then a) b) c): the list holds
// the items, the paragraphs lead into it.
// So do paragraphs before a second stem ("I therefore remain concerned as follows:") whose list sits
// under group titles of its own ("In relation to HMP Coldingley:").
// A paper's own next numbered paragraph ("3.3 ...", after the stem "3.2 ... as a cause of concern:") is
// no list of items.
// Quoted paragraphs, indented, end at the writer's next paragraph at the margin: a list after that is theirs.
// A short title among the paragraphs ("Reminders" over the week's bullets) starts another topic, as a
// heading would.
function listFollows(r: Reading, para: Para, at: number): boolean {
  const loose = r.section.loose;
  const way = {
    indented: para.indented,
    family: r.stem?.list ? familyOf(r.stem) : null,
    resumes: resumedNumber(loose, r.stem, at),
  };
  const from = settlingFrom(loose, way)[at + 1] ?? loose.length;
  const first = loose[from];
  if (first === undefined || ends(first, way)) return false;
  // "Our own points for the meeting:" over the list: the writer's, not the items' way of being printed.
  if (WRITER_STEM.test(loose[from - 1]?.text ?? '')) return false;
  // A labelled item between them ("Cause of concern" again, then its own "we recommended that:") ends the reach.
  return !r.section.items.some((item) => item.at > para.index && item.at < first.index);
}

const FOUND_FAILING =
  /^(?:in\s+(?:our|the|that)\s+(?:\d{4}\s+)?(?:[\w-]+\s+){0,3}inspection,?\s+)?we\s+found\s+that\s+((?:the\s+)?(?:service|force|constabulary)\s+(?:still\s+)?(?:didn['’]t|did not|wasn['’]t|was not|hadn['’]t|had not|hasn['’]t|has not|doesn['’]t|does not|isn['’]t|is not|lacked|lacks|was failing|is failing)\b.*)$/i;
const RECOMMENDATIONS_MADE =
  /^we\s+(?:also\s+)?(?:made\s+(?:the\s+following|these|\w+)\s+recommendations?|recommended)\b/i;

// "Officers think Thamesmere Police should be able to show the Board ...": the paper's own view of what should
// happen, not an item it reports.
const PAPER_OPINION =
  /^(?:(?:the\s+)?(?:officers|members|panel|board|committee)|we)\s+(?:think|believe|consider|feel|suggest|propose)\b/i;

/** A plain paragraph (no list mark, no bullet) of the section: an item, a stem, or the writer's narrative. */
export function readParagraph(r: Reading, para: Para, at: number): void {
  // "Q3 Should the force publish its attendance times ...?": a question put to someone directs no one.
  if (isQuestion(para.text)) return;
  const inline = para.list || para.bullet ? null : inlineItems(para.text);
  if (inline !== null) {
    for (const text of inline.texts) r.push(inline.kind, { text, label: null, number: null }, para, false);
    return;
  }
  // A paragraph in the writer's own voice ("We have set out each recommendation below ...") is their
  // narrative, even where it says someone should act.
  // A coroner writes concerns in the first person ("I am concerned that"): not there.
  // A committee's "we recommend that ..." and "responds to our Report" are its recommendations' voice.
  const voiced = para.text.replace(/\bour report\b/gi, 'the report');
  const committee = r.own === 'recommendation' && weRecommend(voiced);
  const ownVoice =
    !committee && (FIRST_PERSON.test(voiced) || (!r.concernSection && /\b(?:we|our|I|my)\b/.test(voiced)));
  // "We recommend, that within six months, forces review ...": a recommendation quoted in its writer's voice
  // directs as a "should" does.
  const directive =
    (DIRECTIVE.test(para.text) || committee) &&
    !ownVoice &&
    !EARLIER.test(para.text) &&
    !PAPER_OPINION.test(para.text);
  // "The IOPC recommends that X ... This should include consideration of:" and its bullets: one item. So, under
  // a coroner's concerns, is "The section of the A693 where the collision occurred is:" over its bullets, a
  // description its points finish; the paragraphs after it are concerns of their own.
  const whole = STEM_END.test(para.text) && wholeWithList(para, directive);
  const describes =
    r.concernSection &&
    DESCRIBES.test(lastSentence(para.text)) &&
    !/\b(?:concerns?|recommend)/i.test(para.text);
  if (whole || describes) {
    r.push(r.own ?? 'recommendation', { text: para.text, label: null, number: null }, para, !whole);
    r.gathering = r.out[r.out.length - 1] ?? null;
    return;
  }
  // "The MATTERS OF CONCERN are as follows:", then a concern ending "... a number of factors were key. This
  // included:" over a numbered list: one concern, its factors and what follows them.
  if (STEM_END.test(para.text) && r.naming !== null && r.stem !== null && /concern/i.test(r.stem.text)) {
    if (FACTORS.test(lastSentence(para.text))) {
      r.push(r.naming, { text: para.text, label: null, number: null }, para, false);
      r.wholeConcern = r.out[r.out.length - 1] ?? null;
      r.state.open = null;
      return;
    }
  }
  if (STEM_END.test(para.text)) {
    // "The service hasn't taken enough action ... function." right above "By 30 September 2021, the service
    // should:": a revisit letter's cause of concern, printed without its title, over its recommendations.
    const finding = r.lastLoose;
    if (
      finding !== undefined &&
      DIRECTIVE.test(para.text) &&
      !finding.list &&
      !finding.bullet &&
      FINDING.test(finding.text) &&
      endsSentence(finding.text) &&
      !r.out.some((o) => o.at === finding.index)
    )
      r.push('cause_of_concern', { text: finding.text, label: null, number: null }, finding, false);
    r.stem = para;
    r.naming = namedKind(para.text);
    return;
  }
  // The stem names concerns ("The MATTERS OF CONCERN are as follows:"), not recommendations made about them.
  const concern = r.stem !== null && /concern/i.test(namedNoun(r.stem.text) ?? '');
  // "... should:" then lines without bullets, each finishing the stem's sentence ("ensure that ...").
  if (
    r.stem !== null &&
    r.naming === null &&
    DIRECTIVE.test(lastSentence(r.stem.text)) &&
    // Indented under the stem, not with it: a page indented throughout indents its narrative too. A field
    // set in under an entry ("Progress: ...", "Evidence: ...") is the entry's, not another.
    (startsLower(para.text) ||
      deadlineThenImperative(para.text) ||
      (para.indented && !r.stem.indented && !ownVoice && !FIELD_LINE.test(para.text)))
  ) {
    const text = `${lastSentence(r.stem.text.replace(LIST_MARK, ''))} ${asSentence(para.text)}`;
    // "the service should:" under a cause of concern lists its recommendations, as bullets under it do.
    r.push(listedKind(r.own), { text, label: null, number: null }, para, false);
    // "By 19 September 2023, the service should provide an action plan ... The service should make sure:":
    // the date opening the stem's first sentence is each entry's deadline.
    const deadline = earlierDeadline(r.stem.text);
    const pushed = r.out[r.out.length - 1];
    if (deadline !== null && pushed?.explicit) pushed.explicit = { ...pushed.explicit, due: deadline };
    return;
  }
  // "We made the following recommendations, stating that the constabulary should:" over entries that finish
  // its sentence ("make sure it has ..."): the stem names them, so each is listed whole.
  const finishesStem =
    r.stem !== null &&
    DIRECTIVE.test(lastSentence(r.stem.text)) &&
    (startsLower(para.text) || IMPERATIVE.test(para.text));
  // "Durham has to respond within 56 days ...": the writer's word on the reply, after the items.
  const named = r.naming !== null && (concern || directive || finishesStem) && !RESPONSE_DUTY.test(para.text);
  if (r.naming !== null && named && !listFollows(r, para, at)) {
    r.push(r.naming, { text: para.text, label: null, number: null }, para, false);
    // "The second cause of concern was as follows:" names one item: what follows it is the letter's again.
    if (r.stem !== null && ONE_NAMED.test(r.stem.text)) {
      r.naming = null;
      r.stem = null;
    }
    return;
  }
  r.stem = null;
  r.naming = null;
  // "The first was made to Merseyside Police in ...:" then the recommendation in quotation marks.
  // "From Inspection in home affairs and justice (March 2015):" is a heading over the quoted item.
  const heading = r.section.heading;
  const before = r.lastLoose ?? (heading === null ? undefined : headingAsStem(heading));
  // The paragraph before was itself read as an item, which this one may go on from.
  const itemBefore = before !== undefined && r.out.at(-1)?.at === before.index ? r.out.at(-1) : undefined;
  const quoted = quotedItem(para, before, r.section.loose[at + 1], r.own, itemBefore?.kind ?? null);
  if (quoted !== null) {
    r.push(quoted.kind, { text: quoted.text, label: quoted.label, number: quoted.number }, para, false);
    return;
  }
  // "The Ombudsman's final decision said:" over "We recommend the Council provide an apology ...".
  const told = toldItem(para, before, itemBefore !== undefined);
  if (told !== null) {
    r.push(r.own ?? 'recommendation', { text: told, label: null, number: null }, para, false);
    return;
  }
  // "Action should be taken" directs nobody: otherwise a plain paragraph is an item only when someone
  // must act.
  // A coroner's single concern is a plain paragraph, which need name no one; where the concerns are a
  // list, a paragraph after it is the form's own wording.
  const { listed, lastStem } = overview(r.section.loose);
  const soleConcern = r.concernSection && !listed;
  // "The force crime registrar should be notified ...": a passive paragraph right after an item names no
  // one new to act; it carries the item on.
  const previous = r.out[r.out.length - 1];
  if (
    previous !== undefined &&
    previous.end === r.lastLoose?.end &&
    !r.concernSection &&
    /\b(?:should|must)\s+(?:also\s+)?be\s+[a-z]+/i.test(para.text) &&
    directive &&
    extractAddressees(para.text).length === 0 &&
    !ownVoice
  ) {
    extend(previous, para);
    return;
  }
  // Under "Re: Secretary of State for Justice", each paragraph is a concern for that addressee; under "The
  // coroner's matters of concern" with no list, so is each paragraph that is not the form's own wording.
  // Only where the heading names several ("matters of concern"); one "matter of concern" may run to many
  // paragraphs, and lead-in paragraphs before a second stem ("I remain concerned as follows:") are not.
  const concernParagraph =
    /\b(?:matters|concerns)\b/i.test(r.section.heading ?? '') &&
    !FORM_WORDING.test(para.text) &&
    !RESPONSE_DUTY.test(para.text) &&
    !/^[A-Z][\w' ]{0,30}:\s/.test(para.text) &&
    para.text !== para.text.toUpperCase() &&
    wordCount(para.text) >= 8 &&
    lastStem <= para.index;
  // "The force should immediately: conduct a review ..." after a cause of concern in a section of causes: one
  // of the recommendations that answer it.
  const causeAbove = r.section.items.some((o) => o.kind === 'cause_of_concern' && o.at < para.index);
  if (r.own === 'cause_of_concern' && causeAbove && directive && answersCause(para.text)) {
    r.push('recommendation', { text: para.text, label: null, number: null }, para, false);
    return;
  }
  // "The force is failing to make sure ..." under a heading that names causes of concern: the finding is one.
  const foundFailing =
    r.own === 'cause_of_concern' && !ownVoice && FINDING.test(para.text) && endsSentence(para.text);
  if (r.plainItems && foundFailing && !(r.singleItem && r.out.length > 0)) {
    r.push('cause_of_concern', { text: para.text, label: null, number: null }, para, false);
    return;
  }
  if (r.plainItems && r.concernSection && !listed && (r.section.for !== null || concernParagraph)) {
    r.push(r.own ?? 'recommendation', { text: para.text, label: null, number: null }, para, false);
    return;
  }
  if (
    r.plainItems &&
    !(r.singleItem && r.out.length > 0) &&
    !(r.concernSection && listed) &&
    r.own !== null &&
    directive &&
    (soleConcern ||
      ((STRONG.test(para.text) || improvementNeed(para.text, r.own)) &&
        (extractAddressees(para.text).length > 0 || headingAddressees(r.section, para.text).length > 0)))
  ) {
    r.push(r.own, { text: para.text, label: null, number: null }, para, false);
    return;
  }
  // "By 22 November 2024, publish on their force website an action plan ..." under "Recommendations to
  // chief constables": the heading says who, the paragraph when and what.
  if (
    r.plainItems &&
    r.own === 'recommendation' &&
    !para.list &&
    !para.bullet &&
    deadlineThenImperative(para.text) &&
    headingAddressees(r.section, para.text).length > 0
  ) {
    r.push(r.own, { text: para.text, label: null, number: null }, para, false);
    return;
  }
  // "The IOPC recommends that Merseyside Police ..." under a heading naming only the force: the body says
  // it is a recommendation, whatever the heading; quoted whole by a paper, it is the words inside the marks.
  const said = unquoted(para.text) ?? para.text;
  if (r.own === null && !para.list && !para.bullet && BODY_RECOMMENDS.test(said)) {
    r.push('recommendation', { text: said, label: null, number: null }, para, false);
    return;
  }
  // "In our inspection, we found that the constabulary didn't have adequate financial plans ..." over "We made
  // the following recommendations ...": a revisit letter tells its cause of concern as what it found.
  const found = FOUND_FAILING.exec(para.text)?.[1];
  const after = r.section.loose[at + 1]?.text ?? '';
  if (found !== undefined && !para.list && !para.bullet && RECOMMENDATIONS_MADE.test(after)) {
    r.push('cause_of_concern', { text: found, label: null, number: null }, para, false);
    return;
  }
  // "The cause of concern" over "Cleveland Police doesn't adequately engage with ...": a finding, which
  // directs no one, is the cause its heading names.
  const finding =
    wordCount(para.text) >= 8 &&
    endsSentence(para.text) &&
    !/^[A-Z][\w ]{0,20}:\s/.test(para.text) &&
    para.text !== para.text.toUpperCase();
  if (r.plainItems && r.singleItem && r.own === 'cause_of_concern' && r.out.length === 0 && finding)
    r.push(r.own, { text: para.text, label: null, number: null }, para, false);
  return;
}
