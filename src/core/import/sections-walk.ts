import { answerAbove, bareReplyTitle } from './answer-above.ts';
import type { Block } from './blocks.ts';
import {
  DUE_FIELD,
  EVIDENCE_TITLE,
  endsItem,
  ITEM_IN_BOLD,
  isFieldLine,
  notesUnder,
  OTHER_FIELD,
  RECORD_FIELD_TITLE,
  SIGN_OFF,
  titlesOwnWords,
} from './item-lines.ts';
import {
  asPara,
  codeTitled,
  fromRow,
  ITEM_SECTIONS,
  numberedTheme,
  RECOMMENDS_THAT,
  sectionKindOf,
  startedAt,
} from './item-starts.ts';
import type { LabelMatch } from './labels.ts';
import { classifyHeading, inlineResponseMarker, type ResponseKind, responseMarker } from './sections.ts';
import { answersCause, OWN_NOTE, REGISTER_ENTRY, STRONG, stemDueAfter, WHAT_IT_SAID } from './stem-words.ts';
import { endsSentence, isQuestion, wordCount } from './text-util.ts';
import { openTitled, titledNeed } from './titled-needs.ts';
import { readIntroducedConcerns, readUnheaded } from './unheaded.ts';
import { unlabelledItems } from './unlabelled.ts';
import { listedKind } from './unlabelled-entries.ts';
import type { Occurrence, Section } from './walk-model.ts';
import {
  concernsFollow,
  fieldRef,
  GROUP_FOR,
  isSubheading,
  MAX_GROUP_TITLE_WORDS,
  nextTheme,
  numbersOn,
  seriesOf,
  TIMEFRAME_TITLE,
  titleRef,
} from './walk-titles.ts';

const LIST_MARK = /^\(?\d{1,3}[.)]\s+/;

// The open copy a "(continued)" label goes on with.
function lastCopy(sections: readonly Section[], match: LabelMatch): Occurrence | null {
  for (const section of [...sections].reverse()) {
    const found = section.items.findLast(
      (o) => o.kind === match.kind && o.key === match.key && o.key !== null,
    );
    if (found !== undefined) return found;
  }
  return null;
}

/** Walks the blocks into sections, each with its items and the paragraphs that belong to no item. */
// "Can we get this onto the agenda for the board on 3 November? Please check ...": a request, opening a paragraph.
const ASKS = /^(?:can|could|would|will)\s+(?:we|you|someone|somebody|I)\b[^?.]{0,200}\?/i;

export function walkSections(blocks: readonly Block[], recalled = false): Section[] {
  // The number of the next labelled item after each block, to tell a reply heading inside an item from a
  // section heading that starts the items over.
  // "Action 1" after "Recommendation 1" numbers another series: it does not start the items over.
  const nextNumber: (number | null | undefined)[] = [];
  const nextSeries: (string | undefined)[] = [];
  let upcoming: number | null | undefined;
  let upcomingSeries: string | undefined;
  for (let i = blocks.length - 1; i >= 0; i--) {
    nextNumber[i] = upcoming;
    nextSeries[i] = upcomingSeries;
    const block = blocks[i];
    if (block?.type === 'label') {
      upcoming = block.match.number;
      upcomingSeries = seriesOf(block.match.key);
    }
  }
  let section: Section = { kind: 'other', heading: null, loose: [], items: [], cause: null, for: null };
  const sections: Section[] = [section];
  let item: Occurrence | null = null;
  let speaker: ResponseKind | null = null;
  let cause: string | null = null;
  // 'by 30 June 2019, the service should:' above a table of the items: its deadline is theirs.
  let stemDue: string | null = null;
  let lastTheme = 0;

  // Under "Audit finding" inside an item: the auditor's evidence, neither the item's words nor its answer.
  let aside = false;
  const closeItem = (bySection: boolean) => {
    if (item) item.lastInSection = bySection;
    item = null;
    speaker = null;
    aside = false;
  };

  blocks.forEach((block, index) => {
    if (block.type === 'heading' && block.quoteEnd === true) {
      // The end of a quoted passage (toBlocks): what the writer says next is no item of the quoted section.
      closeItem(true);
      section = { kind: 'other', heading: '', loose: [], items: [], cause: null, for: null };
      sections.push(section);
      return;
    }
    if (block.type === 'heading') {
      const open: Occurrence | null = item;
      const marker = open === null ? null : responseMarker(block.text);
      const next = nextNumber[index];
      const continues =
        next == null ||
        open?.number == null ||
        next > open.number ||
        nextSeries[index] !== seriesOf(open.key);
      if (marker !== null && continues) {
        speaker = marker;
        aside = false;
        return;
      }
      if (open !== null && open.body.length > 0 && EVIDENCE_TITLE.test(block.text)) {
        aside = true;
        return;
      }
      // "Addressed to           Home Office" between a record's words and its "Government reply": a field of
      // the record, printed like a title, which leaves the item open.
      if (open !== null && open.body.length > 0 && RECORD_FIELD_TITLE.test(block.text)) return;
      // A register entry's title right under its label ("Police effectiveness 2015 - Cleveland Police (5988)")
      // names the report; the item's text is still to come.
      // So does "Protection cause of concern" under "Cause of concern".
      const subtitleKind = classifyHeading(block.text);
      const sameKind = subtitleKind === 'causes_of_concern' && open?.kind === 'cause_of_concern';
      // "Area for improvement adopted in the plan:", "Recommendation wording", "2.1 The recommendation", "What
      // HMICFRS recommended": a field's title under the label.
      const fieldTitle =
        /^(?:area for improvement|recommendation|cause of concern)\s+(?!\d)[a-z]/i.test(block.text) ||
        /^the (?:area for improvement|recommendation|cause of concern)$/i.test(block.text) ||
        WHAT_IT_SAID.test(block.text);
      // "The service needs to improve its mobilisation system" under "Cause for concern": the item's words,
      // whatever kind of section "needs to improve" would title elsewhere.
      const itsWords = /^the\s+(?:service|force|constabulary|brigade)\b/i.test(block.text);
      if (
        open !== null &&
        open.body.length === 0 &&
        (subtitleKind === 'other' || sameKind || fieldTitle || itsWords)
      ) {
        // "**The force needs to improve how it records crime ...**" in bold under "Area for improvement": the
        // item's own words set as a heading, not a title over them.
        if (ITEM_IN_BOLD.test(block.text) && wordCount(block.text) >= 6)
          open.body.push(...asPara(block.text, block.index));
        return;
      }
      // "N6  PEEL: police legitimacy 2016" then "To address this cause of concern, HMIC recommends that:" and
      // its bullets: the stem opens the item's words.
      if (open !== null && open.body.length === 0 && RECOMMENDS_THAT.test(block.text)) {
        open.body.push(...asPara(`${block.text}:`, block.index));
        return;
      }
      closeItem(true);
      if (titledNeed(section, block, blocks[index + 1])) {
        item = openTitled(section, block);
        aside = true;
        return;
      }
      const classified = classifyHeading(block.text);
      // Themes count 1, 2, 3 within their section; "4. Our position" after "3. Matters of concern" is the
      // paper's own next section.
      const themed =
        (block.number === lastTheme + 1
          ? numberedTheme(block, blocks[index + 1], section, classified)
          : null) ?? codeTitled(block, blocks[index + 1], section);
      if (themed !== null) {
        lastTheme = block.number ?? 0;
        item = themed;
        section.items.push(themed);
        return;
      }
      // The document's first line is its title ("PCC response to inspections of ..."), not a section.
      // "Merseyside Police: Crime Data Integrity inspection 2016 (7319)" over a sentence that directs: an entry
      // of the inspectorate's register, its recommendation below.
      const underTitle = blocks[index + 1];
      const registerEntry =
        REGISTER_ENTRY.test(block.text) &&
        underTitle?.type === 'para' &&
        STRONG.test(underTitle.text) &&
        !underTitle.list;
      const kind =
        index === 0 && /response/.test(classified) ? 'other' : registerEntry ? 'recommendations' : classified;
      // "All three agencies" over "Greater Manchester Police" over a bullet: two group titles, one inside
      // the other, the entries go on under both.
      const below = blocks[index + 1];
      const nested = below?.type === 'heading' && isSubheading(below.text);
      const after = blocks[index + (nested ? 2 : 1)];
      // "Cleveland Police" over each area for improvement of a tracker page: a tag, the items go on under it.
      const itemNext =
        after?.type === 'para' &&
        /\b(?:should|must|needs? to)\b/.test(after.text) &&
        wordCount(after.text) <= 40;
      const entryNext =
        after?.type === 'label' || (after?.type === 'para' && (after.list || after.bullet)) || itemNext;
      const addressed = GROUP_FOR.exec(block.text)?.[1];
      if (addressed !== undefined && ITEM_SECTIONS.has(section.kind)) {
        section = { ...section, loose: [], items: [], for: addressed };
        sections.push(section);
        return;
      }
      // "5. What I propose" over "5.1 ...": the paper's own next section, its paragraphs numbered under it.
      const paperSection =
        block.number != null && after?.type === 'para' && after.text.startsWith(`${block.number}.1`);
      const grouped =
        !paperSection && (entryNext || (after?.type === 'para' && TIMEFRAME_TITLE.test(block.text)));
      // "13. ...", "The Local Police Force Position", "14. ...": a title the numbered entries run on under,
      // whatever its words would name elsewhere.
      const runsOn = ITEM_SECTIONS.has(section.kind) && numbersOn(section, after);
      if (
        (kind === 'other' || runsOn) &&
        ITEM_SECTIONS.has(section.kind) &&
        grouped &&
        (runsOn
          ? wordCount(block.text) <= MAX_GROUP_TITLE_WORDS
          : isSubheading(block.text, section.loose.length === 0 && section.items.length === 0))
      ) {
        // "Local knowledge" among a coroner's concerns groups them; the concerns go on under it.
        const above = section;
        section = { ...section, loose: [], items: [] };
        if (concernsFollow(block.text, above)) above.kind = 'other';
        sections.push(section);
        return;
      }
      if (concernsFollow(block.text, section)) section.kind = 'other';
      // A "Recommendations" heading under a cause of concern lists that cause's recommendations.
      if (kind !== 'recommendations') cause = null;
      section = { kind, heading: block.text, loose: [], items: [], cause, for: null };
      stemDue = null;
      lastTheme = 0;
      sections.push(section);
    } else if (block.type === 'row') {
      closeItem(false);
      const row = block.row.due === null && stemDue !== null ? { ...block.row, due: stemDue } : block.row;
      section.items.push(fromRow(row, section.kind, cause, block.index));
    } else if (block.type === 'label') {
      const fieldsOf = item as Occurrence | null;
      if (fieldsOf !== null && titlesOwnWords(fieldsOf, block.match)) {
        fieldsOf.body = [];
        return;
      }
      closeItem(false);
      const { qualifier } = block.match;
      // "Recommendation 4 (continued)" on the next slide or page: more of the item already open above.
      const continued = /^cont(?:inued|'?d|\.)?$/i.test(qualifier ?? '')
        ? lastCopy(sections, block.match)
        : null;
      if (continued !== null) {
        item = continued;
        return;
      }
      // "### 3. Outcomes for victims" over "Area for improvement: The force ...": the title numbers the item.
      // "A1   Audit: Investigation Standards 2024/25 ...   Priority: High" over "Recommendation:": a follow-up
      // report's ref for the item.
      const above = blocks[index - 1];
      // A one-line paragraph over it titles the entry as a heading would.
      const title =
        above?.type === 'heading'
          ? above
          : above?.type === 'para' && above.index === above.end && !above.list && !endsSentence(above.text)
            ? { type: 'heading' as const, text: above.text, marked: false, index: above.index }
            : null;
      // "Ref: R1" among the record's fields above it names it too.
      const unnumbered =
        block.match.number === null && block.match.key === null && block.match.field !== true;
      const fromTitle = unnumbered && title !== null ? titleRef(title) : null;
      const titled = fromTitle ?? (unnumbered ? fieldRef(blocks, index) : null);
      const label = titled === null ? block.match.label : titled.label;
      const number = titled?.number ?? block.match.number;
      const key = titled === null ? block.match.key : String(titled.number);
      // "Rec 12" in a list of areas for improvement: a register's shorthand, not the inspectorate's kind.
      const shorthand = /^(?:rec\.?|r)\s*\d/i.test(label ?? '') && section.kind === 'areas_for_improvement';
      // A register's own reference ("RA-07") takes the kind of the section it is listed under; one that directs
      // ("R1 Within 28 days, the service should ...") under a cause of concern is one of its recommendations.
      const sectionsKind = sectionKindOf(section.kind);
      const directs = /\b(?:should|must)\b/.test(block.match.rest);
      const listed = block.match.register !== true ? null : directs ? listedKind(sectionsKind) : sectionsKind;
      const kind = shorthand ? 'area_for_improvement' : (listed ?? block.match.kind);
      // An unnumbered cause of concern still heads the recommendations under it, labelled or not.
      if (kind === 'cause_of_concern') {
        cause = label ?? 'Cause of concern';
        section.cause = cause;
      }
      const open: Occurrence = {
        ...startedAt(kind, label, number, key, section, block.index),
        dueField: fromTitle?.due ?? null,
        qualifier,
        causeOfConcern: kind === 'recommendation' ? cause : null,
        ...(block.match.finding === true ? { whole: true } : {}),
        ...(block.match.quoted === true ? { quoted: true } : {}),
      };
      item = open;
      section.items.push(open);
    } else {
      // A label just above ("AFI") is the item the title gives words to.
      const awaiting = item !== null && (item as Occurrence).body.length === 0;
      if (!awaiting && titledNeed(section, block, blocks[index + 1])) {
        closeItem(false);
        item = openTitled(section, block);
        aside = true;
        return;
      }
      // "2. The adequacy of ..." after titled concern 1: the next title, printed as a list entry because it ends
      // with a full stop or runs long.
      const themed = nextTheme(block, blocks[index + 1], item, lastTheme, section);
      if (themed !== null) {
        closeItem(false);
        lastTheme = themed.number ?? lastTheme;
        item = themed;
        section.items.push(themed);
        return;
      }
      const open: Occurrence | null = item;
      const stemOfCause =
        open?.kind === 'cause_of_concern' && open.body.length > 0 && answersCause(block.text);
      if (open !== null && (stemOfCause || endsItem(block, open, speaker))) {
        closeItem(false);
        speaker = null;
      }

      const current: Occurrence | null = item;
      if (current === null) {
        const stem = block.text.replace(/["'”’]+$/, '');
        stemDue = stemDueAfter(stem, stemDue);
        if (!SIGN_OFF.test(block.text)) section.loose.push(block);
        return;
      }
      const dueMatch = DUE_FIELD.exec(block.text);
      const dueField = dueMatch?.[1] ?? dueMatch?.[2];
      // "Our response" on a line of its own, over the reply.
      const bare = bareReplyTitle(block.text) ? responseMarker(block.text) : null;
      // "2. Government response: ..." in a document whose every paragraph is numbered.
      const inline =
        bare === null
          ? inlineResponseMarker(block.text.replace(LIST_MARK, '').replace(/^•\s*/, ''))
          : { kind: bare, rest: '' };
      if (dueField !== undefined) {
        current.dueField = current.dueField ?? dueField.trim();
      } else if (aside && inline === null) {
        return;
      } else if (OWN_NOTE.test(block.text)) {
        // "Wessex note: ...": the office's own word beside the copied item, which ends the reply above it.
        speaker = null;
      } else if (OTHER_FIELD.test(block.text) || (current.body.length === 0 && isFieldLine(block))) {
        // "Force: Devon and Cornwall", "Theme: Crime recording" under a register entry's title describe it.
        // "Status: Complete" under a reply closes the record: what follows is the page's, until the next item
        // or reply.
        if (
          /^(?:status|evidence)\b/i.test(block.text) &&
          speaker !== null &&
          current.marked[speaker].length > 0
        )
          aside = true;
        return;
      } else if (inline !== null && current.body.length === 0 && /^agreed actions?\s*:/i.test(block.text)) {
        // "Recommendation 2" over "Agreed action: The force should ...": with nothing above it, the agreed
        // action is the item's own text; the management response comes below it.
        current.body.push({ ...block, text: inline.rest });
      } else if (inline !== null) {
        speaker = inline.kind;
        if (inline.rest !== '') current.marked[inline.kind].push({ ...block, text: inline.rest });
      } else if (speaker !== null) {
        current.marked[speaker].push(block);
      } else if (
        current.body.length > 0 &&
        !block.list &&
        (isQuestion(block.text) || ASKS.test(block.text))
      ) {
        // "Could the same be said of Thamesmere Police?" under a quoted item: the asker's question about it,
        // which the answers below it answer. "Can we get this onto the agenda ...? Please check ...": the
        // forwarder's request about it.
        return;
      } else if (!notesUnder(current, block)) {
        current.body.push(block);
      }
    }
  });
  closeItem(true);
  sections.forEach((s, k) => {
    // "... the service should:" above a "Recommendations" heading still heads the list below it.
    const before = sections[k - 1]?.loose;
    s.items.push(...unlabelledItems(s, before?.[before.length - 1] ?? null, recalled));
    s.items.sort((a, b) => a.at - b.at);
  });
  readIntroducedConcerns(sections);
  readUnheaded(sections, recalled);
  answerAbove(sections);
  return sections;
}
