import type { ItemKind } from '../model/entities.ts';
import { extractAddressees } from './addressees.ts';
import type { Para } from './blocks.ts';
import { LIST_MARK } from './clean-text.ts';
import { concernsSection } from './concern-section.ts';
import { findDues } from './deadlines.ts';
import {
  ANNOUNCES_LAST,
  closesList,
  committeeList,
  continuesEntry,
  datesEntry,
  extend,
  familyAfter,
  familyOf,
  fieldOfEntry,
  type ListRun,
  lastBullet,
  markOf,
  narrativeNumbering,
  numberedRun,
  type Open,
  quotesStem,
  titledList,
} from './list-entries.ts';
import { inlineResponseMarker } from './sections.ts';
import {
  askedQuestion,
  conditionsLead,
  quotationCloses,
  quotesCommittee,
  readsAsConditions,
  titleAfterLetters,
} from './stem-reach.ts';
import {
  ASKED,
  ASKS_THAT,
  asSentence,
  committeeRecommends,
  DIRECTIVE,
  EARLIER,
  earlierDeadline,
  FINDING,
  FIRST_PERSON,
  FORM_WORDING,
  FOUND_THAT,
  IMPERATIVE,
  lastSentence,
  namedKind,
  OPENS_DIRECTING,
  OWN_NOTE,
  PLACEHOLDER,
  REGISTER_ENTRY,
  RESPONSE_DUTY,
  SINGLE_ITEM_HEADING,
  STEM_END,
  SUBJECT_ONLY,
  SUBJUNCTIVE,
  WRITER_STEM,
} from './stem-words.ts';
import { shortTitle } from './text-util.ts';
import {
  answeredItems,
  type Entry,
  entriesAnswered,
  entryOf,
  introducingHeading,
  listedKind,
  occurrence,
  sectionKind,
} from './unlabelled-entries.ts';
import { type Reading, readParagraph } from './unlabelled-paragraph.ts';
import type { Occurrence, Section } from './walk-model.ts';

/*
 * Items printed without labels: bullets or numbered entries under a stem that either carries the directive
 * ("The force should immediately:") or names the items ("the following areas for improvement:"), and
 * "should" paragraphs under a heading that names the items.
 */

/**
 * The section's items that carry no label. `recalled`: a stem recalling an earlier report's recommendations
 * ("In our 2017 legitimacy report, we recommended that all forces should:") lists items too, as it does on a
 * page that holds nothing else to track.
 */
export function unlabelledItems(
  section: Section,
  carried: Para | null = null,
  recalled = false,
): Occurrence[] {
  const concerns = section.kind === 'recommendations' && /concern/i.test(section.heading ?? '');
  // A bare "Recommendation" further down (the paper's own, to its meeting) labels none of the concerns.
  return readUnlabelled(
    concerns && section.items.every((i) => i.label === null) ? concernsSection(section) : section,
    carried,
    recalled,
  );
}

function readUnlabelled(section: Section, carried: Para | null, recalled: boolean): Occurrence[] {
  const earlier = (text: string) => !recalled && EARLIER.test(text);
  // A "reply" that answers nothing above it (a letter's draft reply to an MP) is read as any other section.
  const replies = section.kind === 'responses' && section.items.length === 0 ? answeredItems(section) : [];
  if (replies.length > 0) return replies;
  const answered = section.kind === 'other' && section.items.length === 0 ? entriesAnswered(section) : [];
  if (answered.length > 0) return answered;
  const own = sectionKind(section.kind);
  // Plain "should" paragraphs count only where no labelled item shows how this document marks its items.
  // Before the section's first label, "should" bullets under its heading are its items; after it, the
  // labels show how this document marks them.
  // Folded, not spread: a long register's section may hold more items than a call takes arguments.
  const firstLabel = section.items.reduce((first, i) => Math.min(first, i.at), Number.POSITIVE_INFINITY);
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
  // "Cause of concern (as printed)": the note in brackets leaves the heading naming one item.
  const named = (section.heading ?? '').replace(/\s*\([^()]*\)$/, '');
  const singleItem = SINGLE_ITEM_HEADING.test(named) || REGISTER_ENTRY.test(section.heading ?? '');
  const out: Occurrence[] = [];
  // A committee's "Conclusions and recommendations", in its own "we" voice throughout, lists every numbered
  // conclusion as an item, in one count (a count that starts again is another list), unless each has its own
  // "Recommendation:" (the Public Accounts Committee's way).
  const conclusions =
    own === 'recommendation' &&
    /\bconclusions\b/i.test(section.heading ?? '') &&
    !section.loose.some((p) => /\brecommendation\s*:/i.test(p.text));
  const counted = numberedRun(section);
  const firstRun = conclusions ? counted : new Set<number>();
  const letterParagraphs = !conclusions && narrativeNumbering(section, counted);
  // A heading may itself introduce the items ("3.1 The coroner raised the following concerns:").
  const introduced = introducingHeading(section);
  // The last list entry taken as an item: entries of another kind of marker under it ("(a)" under "(1)")
  // are its sub-points, and under a concern the paragraphs after it carry on its text.
  const state: { open: Open | null } = { open: null };
  const run: ListRun = {
    family: null,
    entries: 0,
    extended: false,
    last: false,
    announces: false,
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
    else Object.assign(run, { family: state.open.family, entries: 1, extended: false, announces: false });
    run.last = run.announces;
    run.announces = ANNOUNCES_LAST.test(entry.text);
  };
  // The item an "... ensure that:" stem made of its first bullet: the stem's other bullets are its too.
  const conditions: { stem: Para | null; occ: Occurrence | null } = { stem: null, occ: null };
  const r: Reading = {
    section,
    own,
    out,
    push,
    state,
    concernSection,
    plainItems,
    singleItem,
    stem:
      carried !== null && STEM_END.test(carried.text) && DIRECTIVE.test(carried.text) ? carried : introduced,
    // Paragraphs straight after a stem that names the items are the items, when no list follows it: a
    // coroner's concerns are often plain paragraphs. A concern need not direct anyone; a recommendation must.
    naming: introduced === null ? null : namedKind(introduced.text),
    gathering: null,
    // A concern that lists its factors takes the list and the paragraphs after it, to the form's own wording.
    wholeConcern: null,
    lastLoose: undefined,
  };
  for (const [at, para] of section.loose.entries()) {
    r.lastLoose = section.loose[at - 1];
    if (r.wholeConcern !== null && !FORM_WORDING.test(para.text)) {
      extend(r.wholeConcern, para);
      continue;
    }
    r.wholeConcern = null;
    if (r.gathering !== null && para.bullet) {
      extend(r.gathering, para);
      continue;
    }
    r.gathering = null;
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
    if (datesEntry(state.open, para) || fieldOfEntry(state.open, para)) continue;
    if (state.open !== null && continuesEntry(state.open, para)) {
      const plain = !para.bullet && !para.list;
      const closes = closesList(section, para, state.open, run);
      if (!closes) {
        if (plain) run.extended = true;
        extend(state.open.occ, para);
        continue;
      }
    }
    state.open = null;
    if (!para.bullet && !para.list) {
      readParagraph(r, para, at);
      continue;
    }
    r.naming = null;
    // "3.2 ... as a cause of concern:", the quoted cause, then "3.3 ...": the paper's next paragraph ends the stem.
    // "23.1 ... It quotes these conclusions:" over "1. We welcome ...": a count of another depth is what it quotes.
    const decimal = (p: Para) => /^\d{1,2}\.\d{1,2}\b/.test(p.text);
    if (
      r.stem?.list &&
      !r.stem.bullet &&
      familyOf(r.stem) === familyOf(para) &&
      decimal(r.stem) === decimal(para) &&
      !para.bullet
    )
      r.stem = null;
    const entry = entryOf(para);
    // "We shared the following causes of concern:", two bullets, then "2. You submitted an action plan ...":
    // the letter's numbered paragraphs take over; the stem named only the bullets.
    if (r.stem !== null && !para.bullet && familyOf(para) === 'number' && lastBullet(out, section)) {
      r.stem = STEM_END.test(entry.text) ? para : null;
      continue;
    }
    if (ASKED.test(entry.text) && STEM_END.test(entry.text)) {
      r.stem = para;
      continue;
    }
    // "2.3 ... the text included a small number of broad areas for improvement:": a paper's numbered paragraph
    // names the items in the plain paragraphs below it. Not the next of a run of numbered items: a coroner's
    // "4. The Trust's review raises the following concerns ...:" is the fourth concern, its points its own.
    const previous = out[out.length - 1];
    const nextItem = previous?.number != null && entry.number === previous.number + 1;
    if (
      !para.bullet &&
      familyOf(para) === 'number' &&
      STEM_END.test(entry.text) &&
      namedKind(entry.text) !== null &&
      !nextItem
    ) {
      r.stem = para;
      r.naming = namedKind(entry.text);
      continue;
    }
    if (quotesStem(section, at, entry.text) && !earlier(entry.text)) {
      r.stem = para;
      continue;
    }
    const last = out[out.length - 1];
    if (r.stem !== null && conditions.stem === r.stem && conditions.occ !== null && last === conditions.occ) {
      // "... by ensuring that:" then bullets: the conditions of one recommendation, not several.
      extend(conditions.occ, para);
      continue;
    }
    if (r.stem !== null && readsAsConditions(section, r.stem)) {
      push(
        namedKind(r.stem.text) ?? own ?? 'recommendation',
        { ...entry, text: `${conditionsLead(r.stem.text)} ${para.text}` },
        para,
        false,
      );
      conditions.stem = r.stem;
      conditions.occ = out[out.length - 1] ?? null;
      continue;
    }
    // "Pasting the four recs I think still matter:" over "1. We recommend that ...": the committee's own
    // words, whatever the writer says of them, as are the entries under a line quoting its report.
    if ((own === null && committeeList(section, at)) || (!para.bullet && quotesCommittee(r.stem?.text))) {
      push('recommendation', entry, para, false);
      continue;
    }
    // A numbered title after lettered entries ends their list.
    if (titleAfterLetters(para, entry.text, out[out.length - 1])) {
      r.stem = null;
      continue;
    }
    if (r.stem !== null && ASKED.test(lastSentence(r.stem.text))) continue;
    // "The two we think most relevant are:" after naming a report's recommendations picks some of them out.
    if (r.stem !== null && WRITER_STEM.test(lastSentence(r.stem.text)) && namedKind(r.stem.text) === null)
      continue;
    if (
      r.stem !== null &&
      (DIRECTIVE.test(r.stem.text) || ASKS_THAT.test(r.stem.text)) &&
      !earlier(r.stem.text)
    ) {
      // "... the areas in which it needs to improve:" over "The brigade should ensure ...": an entry that is a
      // whole sentence with its own subject stands alone; one that finishes the stem ("ensure that ...") takes it.
      // "The report set out the four recommendations which ... the force should carry out immediately:": a
      // stem that names the items lists them whole; only its deadline carries over.
      // "... our recommendations that the service should:" ends on its verb: each entry finishes the sentence;
      // "We made the following recommendations, stating that the constabulary should:" lists them.
      const namesItems =
        /\b(?:recommendations|areas for improvement)\b/i.test(lastSentence(r.stem.text)) &&
        (/\bfollowing\b/i.test(r.stem.text) || !/\b(?:should|must)\s*:\s*$/i.test(r.stem.text));
      // "Permanent secretaries and departmental senior leaders should:" over "b) create incentives ...": the
      // NAO names who acts in a line of its own over its lettered entries, each of which is the item.
      const stem = lastSentence(r.stem.text.replace(LIST_MARK, ''));
      const whom = SUBJECT_ONLY.test(stem) && !para.bullet ? extractAddressees(stem) : [];
      const whole = OPENS_DIRECTING.test(entry.text) || namesItems || whom.length > 0;
      const text = whole ? entry.text : `${stem} ${asSentence(entry.text)}`;
      const kind = namedKind(r.stem.text) ?? listedKind(own);
      push(kind, { ...entry, text }, para, false);
      const told = out[out.length - 1];
      if (whom.length > 0 && told?.explicit) told.explicit = { ...told.explicit, addressees: whom };
      const deadline =
        earlierDeadline(r.stem.text) ??
        (namesItems ? (findDues(lastSentence(r.stem.text))[0]?.phrase ?? null) : null);
      const pushed = out[out.length - 1];
      if (deadline !== null && pushed?.explicit) pushed.explicit = { ...pushed.explicit, due: deadline };
      continue;
    }
    const named = r.stem === null || earlier(r.stem.text) ? null : namedKind(r.stem.text);
    // "- we should check our own figures": a list in the writer's own voice is their note, not an item.
    // "4. What we should do now": a numbered section's title, not an item.
    const title = shortTitle(entry.text);
    // "2. The recommendations were made to Sussex Police, not to us": a letter's paragraph about the items.
    const aboutItems =
      /^(?:the|these|those|both|all)\s+(?:\w+\s+)?recommendations\s+(?:were|are|was|have|had)\b/i.test(
        entry.text,
      );
    // "2. The Committee is asked to note ... and to agree that the plan should include ...": under a paper's
    // "RECOMMENDATION", what it asks of its meeting.
    const directs =
      ((DIRECTIVE.test(entry.text) || (own !== null && IMPERATIVE.test(entry.text))) &&
        !FIRST_PERSON.test(entry.text) &&
        !ASKED.test(entry.text) &&
        !aboutItems &&
        !title) ||
      (own === 'recommendation' && committeeRecommends(entry.text) && !EARLIER.test(entry.text)) ||
      // "(a) That the Government review ...": a committee's or inquiry's recommendation in the subjunctive.
      (own === 'recommendation' && SUBJUNCTIVE.test(entry.text)) ||
      (firstRun.has(para.index) && !title);
    // "1. The Department's lack of ..." beside "2. Recommendation: ...": where labelled items take their
    // numbers from the paragraphs, the other numbered paragraphs are conclusions, not items.
    if (paragraphNumbered && familyOf(para) === 'number') continue;
    // "- The force is failing to make sure it correctly records ...": under "The causes of concern", a finding
    // is the item, directing no one.
    // "In that inspection we found that the force:" over "• was failing to understand ...": each bullet
    // finishes the finding, a cause of its own.
    const causeFound =
      own === 'cause_of_concern' &&
      (FINDING.test(entry.text) || (para.bullet && r.stem !== null && FOUND_THAT.test(r.stem.text)));
    // "6. The force should make sure these improvements are maintained": one numbered paragraph of a letter
    // whose numbered paragraphs tell its story is not an item.
    // Its paragraph ending in a colon is the stem of the bullets below it.
    if (letterParagraphs && familyOf(para) === 'number' && !para.bullet) {
      r.stem = STEM_END.test(entry.text) ? para : null;
      continue;
    }
    // "1. We have asked the Duchy for a meeting ..." in a count that starts again under a coroner's concerns:
    // the page's own list. "2.2 The recipients must respond within 56 days ...": the form's words on the reply,
    // nobody's item.
    // So is a count that starts again under a title of its own ("Agenda", "Next steps").
    const ownList =
      familyOf(para) === 'number' &&
      !counted.has(para.index) &&
      (/^(?:we|our)\b/i.test(entry.text) || titledList(section, at));
    const replyDuty = RESPONSE_DUTY.test(entry.text);
    if (
      !replyDuty &&
      !askedQuestion(entry.text, section.heading, r.stem?.text) &&
      !(concernSection && ownList) &&
      (named !== null || (plainBefore(para) && (concernSection || directs || causeFound)))
    ) {
      const concern = concernSection || (r.stem !== null && /concern/i.test(r.stem.text));
      push(named ?? own ?? 'recommendation', entry, para, concern);
      if (r.stem !== null && quotationCloses(r.stem.text, entry.text)) {
        r.stem = null;
        r.naming = null;
      }
    }
  }
  return out;
}
