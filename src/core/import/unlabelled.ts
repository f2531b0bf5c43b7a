import type { ItemKind } from '../model/entities.ts';
import { extractAddressees } from './addressees.ts';
import type { Para } from './blocks.ts';
import { LIST_MARK } from './clean-text.ts';
import { findDues } from './deadlines.ts';
import {
  continuesEntry,
  extend,
  type Family,
  familyAfter,
  familyOf,
  lastBullet,
  markOf,
  type Open,
  sentenceBullets,
} from './list-entries.ts';
import { quotedItem } from './quoted-items.ts';
import { inlineResponseMarker } from './sections.ts';
import type { Occurrence, Section } from './sections-walk.ts';
import {
  ASKED,
  asSentence,
  BODY_RECOMMENDS,
  CONDITIONS,
  committeeRecommends,
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
  NAMES_ITEMS,
  namedKind,
  OPENS_DIRECTING,
  OWN_NOTE,
  PLACEHOLDER,
  REGISTER_ENTRY,
  SINGLE_ITEM_HEADING,
  STEM_END,
  STRONG,
  WRITER_STEM,
  weRecommend,
  wholeWithList,
} from './stem-words.ts';
import { endsSentence, startsLower, wordCount } from './text-util.ts';
import {
  answeredItems,
  type Entry,
  entryOf,
  headingAddressees,
  introducingHeading,
  occurrence,
  sectionKind,
} from './unlabelled-entries.ts';

/**
 * Items printed without labels: bullets or numbered entries under a stem that either carries the directive
 * ("The force should immediately:") or names the items ("the following areas for improvement:"), and
 * "should" paragraphs under a heading that names the items.
 */
// Only where the subject is a body outside the meeting: "That the Board asks ..." is the paper's own.
const SUBJUNCTIVE =
  /^That\s+(?:the\s+|all\s+|each\s+)?(?:Government|Home Office|Home Secretary|Secretary of State|Department|Ministry|College of Policing|NPCC|National Police Chiefs|IOPC|HMICFRS|Inspectorate|police forces|forces|chief constables|chief officers|PCCs|police and crime commissioners)\b/i;

export function unlabelledItems(section: Section, carried: Para | null = null): Occurrence[] {
  if (section.kind === 'responses' && section.items.length === 0) return answeredItems(section);
  const own = sectionKind(section.kind);
  // Plain "should" paragraphs count only where no labelled item shows how this document marks its items.
  // Before the section's first label, "should" bullets under its heading are its items; after it, the
  // labels show how this document marks them.
  const firstLabel = Math.min(...section.items.map((i) => i.at));
  const plainBefore = (para: Para) => own !== null && para.index < firstLabel;
  // Plain paragraphs only where no label is used at all: before a label they are usually its preamble.
  // A "Cause of concern" label after "Recommendations" starts the next cause; it says nothing of how the
  // recommendations above it are marked.
  const plainItems =
    own !== null &&
    (section.items.length === 0 ||
      (own === 'recommendation' && section.items.every((i) => i.kind === 'cause_of_concern')));
  const paragraphNumbered = section.items.some((i) => /^\d{1,3}$/.test(i.label ?? ''));
  // Under a coroner's "Concerns" heading a numbered entry is a concern whether or not it directs anyone.
  const concernSection = section.kind === 'recommendations' && /concern/i.test(section.heading ?? '');
  // "IOPC recommendation": a heading naming one item is followed by it and then by what explains it.
  const singleItem =
    SINGLE_ITEM_HEADING.test(section.heading ?? '') || REGISTER_ENTRY.test(section.heading ?? '');
  const out: Occurrence[] = [];
  // A heading may itself introduce the items ("3.1 The coroner raised the following concerns:").
  const introduced = introducingHeading(section);
  let stem: Para | null =
    carried !== null && STEM_END.test(carried.text) && DIRECTIVE.test(carried.text) ? carried : introduced;
  // Paragraphs straight after a stem that names the items are the items, when no list follows it: a
  // coroner's concerns are often plain paragraphs. A concern need not direct anyone; a recommendation must.
  let naming: ItemKind | null = introduced === null ? null : namedKind(introduced.text);
  // The last list entry taken as an item: entries of another kind of marker under it ("(a)" under "(1)")
  // are its sub-points, and under a concern the paragraphs after it carry on its text.
  const state: { open: Open | null } = { open: null };
  // The list being read: how many entries so far, and whether any took a paragraph after it.
  const run: { family: Family | null; entries: number; extended: boolean } = {
    family: null,
    entries: 0,
    extended: false,
  };
  const push = (kind: ItemKind, entry: Entry, para: Para, carries: boolean) => {
    const occ = occurrence(kind, entry, section, para);
    out.push(occ);
    state.open =
      para.bullet || para.list
        ? {
            occ,
            family: familyAfter(para, run.family),
            carries,
            indented: para.indented,
            mark: markOf(para.text),
          }
        : null;
    if (state.open === null) return;
    if (run.family === state.open.family) run.entries++;
    else Object.assign(run, { family: state.open.family, entries: 1, extended: false });
  };
  let gathering: Occurrence | null = null;
  // The item an "... ensure that:" stem made of its first bullet: the stem's other bullets are its too.
  const conditions: { stem: Para | null; occ: Occurrence | null } = { stem: null, occ: null };
  // A concern that lists its factors takes the list and the paragraphs after it, to the form's own wording.
  let wholeConcern: Occurrence | null = null;
  let lastLoose: Para | undefined;
  for (const [at, para] of section.loose.entries()) {
    lastLoose = section.loose[at - 1];
    if (wholeConcern !== null && !FORM_WORDING.test(para.text)) {
      extend(wholeConcern, para);
      continue;
    }
    wholeConcern = null;
    if (gathering !== null && para.bullet) {
      extend(gathering, para);
      continue;
    }
    gathering = null;
    if (OWN_NOTE.test(para.text)) {
      state.open = null;
      continue;
    }
    const reply = para.bullet ? null : inlineResponseMarker(para.text.replace(LIST_MARK, ''));
    const answered = out[out.length - 1];
    if (reply !== null && answered !== undefined) {
      // "Response: PSD dip-sampled 30 complaints ..." under an unlabelled item answers it; "Response:
      // Awaiting response" holds no answer yet.
      if (!PLACEHOLDER.test(reply.rest)) answered.marked[reply.kind].push({ ...para, text: reply.rest });
      state.open = null;
      continue;
    }
    if (state.open !== null && continuesEntry(state.open, para)) {
      // "a) ... b) ... c) ... d) ...", each a paragraph, then one more paragraph: after three entries that took
      // none, it closes the list rather than carrying the last entry on.
      const plain = !para.bullet && !para.list;
      // Where the list goes on after it ("9. ...", two paragraphs, "10. ..."), the paragraphs are the entry's.
      // A new stem before the next entry ("A summary of our findings is as follows:") starts another list.
      const next = section.loose.find(
        (p) => p.index > para.index && (p.list || p.bullet || STEM_END.test(p.text)),
      );
      const resumes = next !== undefined && (next.list || next.bullet) && familyOf(next) === run.family;
      // Nor is a list resumed across a new stem ("REPORT 6 of 6 ...", "Concerns as written:"): the next report's
      // entries are not the last entry's sub-points, however few entries the list had.
      const stemAhead = !resumes && next !== undefined && !next.list && !next.bullet;
      const closes =
        plain && !para.indented && !resumes && ((run.entries >= 3 && !run.extended) || stemAhead);
      if (!closes) {
        if (plain) run.extended = true;
        extend(state.open.occ, para);
        continue;
      }
      state.open = null;
    }
    state.open = null;
    if (!para.bullet && !para.list) {
      // A paragraph in the writer's own voice ("We have set out each recommendation below ...") is their
      // narrative, even where it says someone should act.
      // A coroner writes concerns in the first person ("I am concerned that"): not there.
      // A committee's "we recommend that ..." and "responds to our Report" are its recommendations' voice.
      const voiced = para.text.replace(/\bour report\b/gi, 'the report');
      const committee = own === 'recommendation' && weRecommend(voiced);
      const ownVoice =
        !committee && (FIRST_PERSON.test(voiced) || (!concernSection && /\b(?:we|our|I|my)\b/.test(voiced)));
      const directive = DIRECTIVE.test(para.text) && !ownVoice && !EARLIER.test(para.text);
      if (STEM_END.test(para.text) && wholeWithList(para, directive)) {
        // "The IOPC recommends that X ... This should include consideration of:" and its bullets: one item.
        push(own ?? 'recommendation', { text: para.text, label: null, number: null }, para, false);
        gathering = out[out.length - 1] ?? null;
        continue;
      }
      // "The MATTERS OF CONCERN are as follows:", then a concern ending "... a number of factors were key. This
      // included:" over a numbered list: one concern, its factors and what follows them.
      if (STEM_END.test(para.text) && naming !== null && stem !== null && /concern/i.test(stem.text)) {
        if (FACTORS.test(lastSentence(para.text))) {
          push(naming, { text: para.text, label: null, number: null }, para, false);
          wholeConcern = out[out.length - 1] ?? null;
          state.open = null;
          continue;
        }
      }
      if (STEM_END.test(para.text)) {
        // "The service hasn't taken enough action ... function." right above "By 30 September 2021, the service
        // should:": a revisit letter's cause of concern, printed without its title, over its recommendations.
        const finding = lastLoose;
        if (
          finding !== undefined &&
          DIRECTIVE.test(para.text) &&
          !finding.list &&
          !finding.bullet &&
          FINDING.test(finding.text) &&
          endsSentence(finding.text) &&
          !out.some((o) => o.at === finding.index)
        )
          push('cause_of_concern', { text: finding.text, label: null, number: null }, finding, false);
        stem = para;
        naming = namedKind(para.text);
        continue;
      }
      // The stem names concerns ("The MATTERS OF CONCERN are as follows:"), not recommendations made about them.
      const concern = stem !== null && /concern/i.test(NAMES_ITEMS.exec(stem.text)?.[1] ?? '');
      // "... should:" then lines without bullets, each finishing the stem's sentence ("ensure that ...").
      if (
        stem !== null &&
        naming === null &&
        DIRECTIVE.test(lastSentence(stem.text)) &&
        (startsLower(para.text) || para.indented)
      ) {
        const text = `${lastSentence(stem.text)} ${asSentence(para.text)}`;
        push(own ?? 'recommendation', { text, label: null, number: null }, para, false);
        // "By 19 September 2023, the service should provide an action plan ... The service should make sure:":
        // the date opening the stem's first sentence is each entry's deadline.
        const deadline = earlierDeadline(stem.text);
        const pushed = out[out.length - 1];
        if (deadline !== null && pushed?.explicit) pushed.explicit = { ...pushed.explicit, due: deadline };
        continue;
      }
      // "The MATTERS OF CONCERN are as follows:", two paragraphs of background, then a) b) c): the list holds
      // the items, the paragraphs lead into it.
      // So do paragraphs before a second stem ("I therefore remain concerned as follows:") whose list sits
      // under group titles of its own ("In relation to HMP Coldingley:").
      // A paper's own next numbered paragraph ("3.3 ...", after the stem "3.2 ... as a cause of concern:") is
      // no list of items.
      const stemFamily = stem?.list ? familyOf(stem) : null;
      const listFollows = section.loose.some(
        (p) =>
          p.index > para.index &&
          !(p.list && stemFamily !== null && familyOf(p) === stemFamily) &&
          (p.list || p.bullet || (STEM_END.test(p.text) && /\b(?:concern|recommend)/i.test(p.text))),
      );
      // "We made the following recommendations, stating that the constabulary should:" over entries that finish
      // its sentence ("make sure it has ..."): the stem names them, so each is listed whole.
      const finishesStem =
        stem !== null &&
        DIRECTIVE.test(lastSentence(stem.text)) &&
        (startsLower(para.text) || IMPERATIVE.test(para.text));
      if (naming !== null && (concern || directive || finishesStem) && !listFollows) {
        push(naming, { text: para.text, label: null, number: null }, para, false);
        continue;
      }
      stem = null;
      naming = null;
      // "The first was made to Merseyside Police in ...:" then the recommendation in quotation marks.
      const quoted = quotedItem(para, lastLoose, section.loose[at + 1], own);
      if (quoted !== null) {
        push(quoted.kind, { text: quoted.text, label: null, number: null }, para, false);
        continue;
      }
      // "Action should be taken" directs nobody: otherwise a plain paragraph is an item only when someone
      // must act.
      // A coroner's single concern is a plain paragraph, which need name no one; where the concerns are a
      // list, a paragraph after it is the form's own wording.
      const listed = section.loose.some((p) => p.list || p.bullet);
      const soleConcern = concernSection && !listed;
      // "The force crime registrar should be notified ...": a passive paragraph right after an item names no
      // one new to act; it carries the item on.
      const previous = out[out.length - 1];
      if (
        previous !== undefined &&
        previous.end === lastLoose?.end &&
        !concernSection &&
        /\b(?:should|must)\s+(?:also\s+)?be\s+[a-z]+/i.test(para.text) &&
        directive &&
        extractAddressees(para.text).length === 0 &&
        !ownVoice
      ) {
        extend(previous, para);
        continue;
      }
      // Under "Re: Secretary of State for Justice", each paragraph is a concern for that addressee; under "The
      // coroner's matters of concern" with no list, so is each paragraph that is not the form's own wording.
      // Only where the heading names several ("matters of concern"); one "matter of concern" may run to many
      // paragraphs, and lead-in paragraphs before a second stem ("I remain concerned as follows:") are not.
      const concernParagraph =
        /\b(?:matters|concerns)\b/i.test(section.heading ?? '') &&
        !FORM_WORDING.test(para.text) &&
        !/^[A-Z][\w' ]{0,30}:\s/.test(para.text) &&
        para.text !== para.text.toUpperCase() &&
        wordCount(para.text) >= 8 &&
        !section.loose.some((p) => p.index > para.index && STEM_END.test(p.text));
      if (plainItems && concernSection && !listed && (section.for !== null || concernParagraph)) {
        push(own ?? 'recommendation', { text: para.text, label: null, number: null }, para, false);
        continue;
      }
      if (
        plainItems &&
        !(singleItem && out.length > 0) &&
        !(concernSection && listed) &&
        own !== null &&
        directive &&
        (soleConcern ||
          ((STRONG.test(para.text) || improvementNeed(para.text, own)) &&
            (extractAddressees(para.text).length > 0 || headingAddressees(section, para.text).length > 0)))
      ) {
        push(own, { text: para.text, label: null, number: null }, para, false);
        continue;
      }
      // "By 22 November 2024, publish on their force website an action plan ..." under "Recommendations to
      // chief constables": the heading says who, the paragraph when and what.
      if (
        plainItems &&
        own === 'recommendation' &&
        !para.list &&
        !para.bullet &&
        deadlineThenImperative(para.text) &&
        headingAddressees(section, para.text).length > 0
      ) {
        push(own, { text: para.text, label: null, number: null }, para, false);
        continue;
      }
      // "The IOPC recommends that Merseyside Police ..." under a heading naming only the force: the body says
      // it is a recommendation, whatever the heading.
      if (own === null && !para.list && !para.bullet && BODY_RECOMMENDS.test(para.text)) {
        push('recommendation', { text: para.text, label: null, number: null }, para, false);
        continue;
      }
      // "The cause of concern" over "Cleveland Police doesn't adequately engage with ...": a finding, which
      // directs no one, is the cause its heading names.
      const finding =
        wordCount(para.text) >= 8 &&
        endsSentence(para.text) &&
        !/^[A-Z][\w ]{0,20}:\s/.test(para.text) &&
        para.text !== para.text.toUpperCase();
      if (plainItems && singleItem && own === 'cause_of_concern' && out.length === 0 && finding)
        push(own, { text: para.text, label: null, number: null }, para, false);
      continue;
    }
    naming = null;
    // "3.2 ... as a cause of concern:", the quoted cause, then "3.3 ...": the paper's next paragraph ends the stem.
    if (stem?.list && !stem.bullet && familyOf(stem) === familyOf(para) && !para.bullet) stem = null;
    const entry = entryOf(para);
    // "We shared the following causes of concern:", two bullets, then "2. You submitted an action plan ...":
    // the letter's numbered paragraphs take over; the stem named only the bullets.
    if (stem !== null && !para.bullet && familyOf(para) === 'number' && lastBullet(out, section)) {
      stem = STEM_END.test(entry.text) ? para : null;
      continue;
    }
    if (ASKED.test(entry.text) && STEM_END.test(entry.text)) {
      stem = para;
      continue;
    }
    // "2.3 ... the text included a small number of broad areas for improvement:": a paper's numbered paragraph
    // names the items in the plain paragraphs below it.
    if (
      !para.bullet &&
      familyOf(para) === 'number' &&
      STEM_END.test(entry.text) &&
      namedKind(entry.text) !== null
    ) {
      stem = para;
      naming = namedKind(entry.text);
      continue;
    }
    const last = out[out.length - 1];
    if (stem !== null && conditions.stem === stem && conditions.occ !== null && last === conditions.occ) {
      // "... by ensuring that:" then bullets: the conditions of one recommendation, not several.
      extend(conditions.occ, para);
      continue;
    }
    if (
      stem !== null &&
      CONDITIONS.test(stem.text) &&
      DIRECTIVE.test(stem.text) &&
      !sentenceBullets(section, stem)
    ) {
      push(
        namedKind(stem.text) ?? own ?? 'recommendation',
        { ...entry, text: `${lastSentence(stem.text)} ${para.text}` },
        para,
        false,
      );
      conditions.stem = stem;
      conditions.occ = out[out.length - 1] ?? null;
      continue;
    }
    if (stem !== null && ASKED.test(lastSentence(stem.text))) continue;
    if (stem !== null && WRITER_STEM.test(lastSentence(stem.text))) continue;
    if (stem !== null && DIRECTIVE.test(stem.text) && !EARLIER.test(stem.text)) {
      // "... the areas in which it needs to improve:" over "The brigade should ensure ...": an entry that is a
      // whole sentence with its own subject stands alone; one that finishes the stem ("ensure that ...") takes it.
      // "The report set out the four recommendations which ... the force should carry out immediately:": a
      // stem that names the items lists them whole; only its deadline carries over.
      const naming = /\b(?:recommendations|areas for improvement)\b/i.test(lastSentence(stem.text));
      const whole = OPENS_DIRECTING.test(entry.text) || naming;
      const text = whole ? entry.text : `${lastSentence(stem.text)} ${asSentence(entry.text)}`;
      // Under a cause of concern, "the service should make sure:" lists its recommendations.
      const kind = namedKind(stem.text) ?? (own === 'cause_of_concern' ? null : own) ?? 'recommendation';
      push(kind, { ...entry, text }, para, false);
      const deadline =
        earlierDeadline(stem.text) ??
        (naming ? (findDues(lastSentence(stem.text))[0]?.phrase ?? null) : null);
      const pushed = out[out.length - 1];
      if (deadline !== null && pushed?.explicit) pushed.explicit = { ...pushed.explicit, due: deadline };
      continue;
    }
    const named = stem === null || EARLIER.test(stem.text) ? null : namedKind(stem.text);
    // "- we should check our own figures": a list in the writer's own voice is their note, not an item.
    // "4. What we should do now": a numbered section's title, not an item.
    const title = wordCount(entry.text) <= 8 && !endsSentence(entry.text);
    // "2. The recommendations were made to Sussex Police, not to us": a letter's paragraph about the items.
    const aboutItems =
      /^(?:the|these|those|both|all)\s+(?:\w+\s+)?recommendations\s+(?:were|are|was|have|had)\b/i.test(
        entry.text,
      );
    const directs =
      ((DIRECTIVE.test(entry.text) || (own !== null && IMPERATIVE.test(entry.text))) &&
        !FIRST_PERSON.test(entry.text) &&
        !aboutItems &&
        !title) ||
      (own === 'recommendation' && committeeRecommends(entry.text) && !EARLIER.test(entry.text)) ||
      // "(a) That the Government review ...": a committee's or inquiry's recommendation in the subjunctive.
      (own === 'recommendation' && SUBJUNCTIVE.test(entry.text));
    // "1. The Department's lack of ..." beside "2. Recommendation: ...": where labelled items take their
    // numbers from the paragraphs, the other numbered paragraphs are conclusions, not items.
    if (paragraphNumbered && familyOf(para) === 'number') continue;
    // "- The force is failing to make sure it correctly records ...": under "The causes of concern", a finding
    // is the item, directing no one.
    const causeFound = own === 'cause_of_concern' && FINDING.test(entry.text);
    if (named !== null || (plainBefore(para) && (concernSection || directs || causeFound))) {
      const concern = concernSection || (stem !== null && /concern/i.test(stem.text));
      push(named ?? own ?? 'recommendation', entry, para, concern);
    }
  }
  return out;
}
