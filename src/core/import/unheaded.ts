import type { Para } from './blocks.ts';
import { LIST_MARK } from './clean-text.ts';
import { findDues } from './deadlines.ts';
import { CLOSING_SECTION } from './item-starts.ts';
import { LONE_QUOTE } from './line-joins.ts';
import { inlineResponseMarker } from './sections.ts';
import {
  committeeRecommends,
  EARLIER,
  FIRST_PERSON,
  lastSentence,
  OPENS_DIRECTING,
  OWN_MEETING,
  STEM_END,
  weRecommend,
} from './stem-words.ts';
import { wordCount } from './text-util.ts';
import { unlabelledItems } from './unlabelled.ts';
import { entryOf, KIND_WORDS, occurrence, plainOccurrence } from './unlabelled-entries.ts';
import type { Occurrence, Section } from './walk-model.ts';

/*
 * The last readings, for a document in which the walk found no item under any heading: a page that names
 * the kind of its items but heads each by the body it is for, a coroner's report whose concerns sit under
 * headings that do not name them (or are quoted in a reply), a list of directing points under the line that
 * introduces it.
 */

// Causes of concern are never read this way: a page that only names them holds findings, not directions.
const KIND_NAMES = KIND_WORDS.filter(([, kind]) => kind !== 'cause_of_concern');

/**
 * A page that says it lists areas for improvement, then gives each under a heading of its own that names
 * the force, not the kind ("1. Wiltshire Police - independent advisory groups"): with no item found
 * anywhere, its sections are read as holding the kind the page names most.
 */
export function readUnheaded(sections: Section[], recalled = false): void {
  // "4.1 That Members note the report." under a cover paper's "Recommendation" heading is no item to track:
  // the items the paper reports on are still to be found.
  const ownMeeting = (o: Occurrence) => {
    const words = o.explicit?.text ?? o.body.map((p) => p.text).join(' ');
    return OWN_MEETING.test(words.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, ''));
  };
  if (!sections.every((s) => s.items.every(ownMeeting))) return;
  const text = sections.flatMap((s) => [s.heading ?? '', ...s.loose.map((p) => p.text)]).join(' ');
  if (CORONERS_REPORT.test(text) && readUnheadedConcerns(sections)) return;
  if (readDirectingLists(sections, recalled)) return;
  if (readCommitteeParagraphs(sections)) return;
  const named = KIND_NAMES.map(([pattern, kind]) => ({ kind, count: text.match(pattern)?.length ?? 0 }))
    .filter((k) => k.count > 0)
    .sort((a, b) => b.count - a.count)[0];
  if (named === undefined) return;
  for (const section of sections) {
    if (section.kind !== 'other') continue;
    // Only a paragraph or bullet of its own that opens by naming who should act ("The force should ..."):
    // narrative and numbered paragraphs of the page's own stay out.
    for (const para of section.loose) {
      if (para.list || wordCount(para.text) > UNHEADED_MAX_WORDS) continue;
      const text = para.text.replace(/^•\s*/, '');
      if (!OPENS_DIRECTING.test(text) || /\b(?:we|our|I|my|us)\b/.test(text)) continue;
      section.items.push(plainOccurrence(named.kind, para, section));
    }
  }
}

const UNHEADED_MAX_WORDS = 60;

const PARLIAMENTARY =
  /\b(?:Committee of Public Accounts|Public Accounts Committee|Home Affairs Committee|Select Committee|Justice Committee|Treasury Committee|Liaison Committee)\b/;

/**
 * "3. In addition, we recommend that ... (Paragraph 38)" then the Government's reply: a committee's numbered
 * conclusions copied without their heading. With no item found anywhere, the numbered paragraphs in which
 * the committee recommends are the items.
 */
function readCommitteeParagraphs(sections: Section[]): boolean {
  // "1. So far, the Home Office has not ... The Department should set out ...": where the document names a
  // parliamentary committee, a numbered conclusion whose later sentences direct someone recommends too.
  const text = sections.flatMap((s) => [s.heading ?? '', ...s.loose.map((p) => p.text)]).join(' ');
  const recommends = PARLIAMENTARY.test(text) ? committeeRecommends : weRecommend;
  let found = false;
  for (const section of sections) {
    if (section.kind !== 'other' || !section.loose.some((p) => p.list && recommends(p.text))) continue;
    const asRecommendations: Section = { ...section, kind: 'recommendations' };
    const items = unlabelledItems(asRecommendations).filter(
      (o) => o.number !== null && recommends(o.explicit?.text ?? ''),
    );
    section.items.push(...items);
    found ||= items.length > 0;
  }
  return found;
}

// "It is vital that a unified gang definition is used ...": a committee's or inspectorate's way to direct.
const DIRECTS_ENTRY =
  /\b(?:should|must|ought to|recommends?)\b|^it is (?:vital|essential|important|imperative) that\b/i;
// "That the Government review bi-annually how well PCCs ...": a committee's recommendation in the subjunctive,
// a named body then its verb's bare form.
const THAT_BODY_ACTS =
  /^That\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+(?:of\s+)?[A-Z][\w'’]*)*\s+(?!(?:is|are|was|were|has|have|had|will|would|can|may)\b)[a-z]+\b/;

function directs(text: string): boolean {
  return DIRECTS_ENTRY.test(text) || THAT_BODY_ACTS.test(text);
}
const MIN_LIST_ENTRIES = 2;

/**
 * "The points in the summary that bear on the Commissioner are:" over bullets that each direct someone: with
 * no item found anywhere, a list introduced by such a line, most of whose entries direct, holds the items.
 * A title saying whom the list is for ("For forces (so Marchshire Police):") introduces it as well; once one
 * list has held items, a later one may hold a single entry. The writer's own list ("My suggestions:") never.
 */
function readDirectingLists(sections: Section[], recalled: boolean): boolean {
  let found = false;
  for (const section of sections) {
    const loose = section.loose;
    const titled = FOR_WHOM.test(section.heading ?? '') && isEntry(loose[0]);
    for (let k = titled ? -1 : 0; k < loose.length; k++) {
      const para = loose[k];
      // A paper's numbered paragraph may be the line that introduces the list ("1.3 ... are reproduced below.").
      const introduces = para !== undefined && !para.bullet && introducesBelow(para.text);
      // "2.2 By 19 September 2023, the service should make sure:" over bullets: a paper's numbered paragraph
      // quoting the stem; its own next paragraph ("2.3 ...") ends the list.
      const numberedStem = numberedStemOver(para, loose[k + 1]);
      const stemmed = para !== undefined && (!isEntry(para) || numberedStem) && STEM_END.test(para.text);
      if (k >= 0 && !stemmed && !introduces) continue;
      const stem = { text: k < 0 ? `${section.heading}:` : (loose[k]?.text ?? '') };
      // "(not for the force, but we will want to watch for the data)": an aside, not whose list it is.
      if (OWN_LIST.test(stem.text.replace(/\([^()]*\)/g, ''))) continue;
      let end = k + 1;
      while (end < loose.length && isEntry(loose[end]) && (!numberedStem || loose[end]?.bullet)) end++;
      const entries = directingEntries(loose.slice(k + 1, end));
      const directing = entries.filter((e) => directs(e.text) && !FIRST_PERSON.test(e.text));
      // "By 19 September 2023, the service should make sure:" directs, and each bullet finishes its sentence:
      // the bullets are the items and the stem's deadline is theirs.
      // An earlier report's stem ("we recommended that all forces should:") is recalled, and "you should be
      // able to:" teaches the reader.
      const stemDirects =
        directing.length === 0 &&
        DIRECTS_ENTRY.test(stem.text) &&
        !FIRST_PERSON.test(stem.text) &&
        !/\byou\b/i.test(stem.text) &&
        (recalled || !EARLIER.test(stem.text));
      const fewest = found ? 1 : MIN_LIST_ENTRIES;
      if (entries.length < fewest || (directing.length * 2 < entries.length && !stemDirects)) continue;
      const due = stemDirects ? (findDues(stem.text)[0]?.phrase ?? null) : null;
      // "... read out the two areas for improvement under the question ...:": the line says what they are.
      // "The original cause of concern ... HMICFRS said that by 19 September 2023 the service should make sure:":
      // the sentence that leads into the list says what it lists.
      const lead = lastSentence(stem.text);
      const kind = /\bareas? for improvement\b/i.test(lead)
        ? 'area_for_improvement'
        : /\bcauses? of concern\b/i.test(lead)
          ? 'cause_of_concern'
          : 'recommendation';
      for (const e of entries) {
        // "A.  The Department should ...": the entry keeps its letter or number as its label.
        const { label, number } = entryOf(e.para);
        const item = occurrence(kind, { text: e.text, label, number }, section, e.para);
        if (item.explicit && due !== null) item.explicit = { ...item.explicit, due };
        section.items.push(item);
      }
      found = true;
      k = end - 1;
    }
  }
  return found;
}

// "Recommendations c) to f), which bear on the savings that police forces report, are reproduced below.": a
// sentence that introduces the list below it as a stem ending in a colon would.
const INTRODUCES_BELOW =
  /\brecommendations?\b[^.]*\b(?:set out|reproduced|quoted|listed|copied|given)\b[^.]*\bbelow\b/i;

function introducesBelow(text: string): boolean {
  return INTRODUCES_BELOW.test(text);
}

const FOR_WHOM =
  /^(?:[Ff]or|[Tt]o)\s+(?:the\s+|all\s+)?(?:[A-Z][\w'’]*|forces|police forces|chief constables|services)\b/;
// "My suggestions", "Next steps", "Our actions": the writer's own list, not what the report asks.
const OWN_LIST = /^(?:my|our)\b|\b(?:suggestions?|next steps|we will|actions?)\b/i;

function numberedStemOver(para: Para | undefined, next: Para | undefined): boolean {
  return para?.list === true && !para.bullet && next?.bullet === true;
}

function isEntry(para: Para | undefined): boolean {
  return para !== undefined && (para.list || para.bullet);
}

/** The list's entries, an entry ending "forces should:" taking the points under it that direct no one. */
function directingEntries(list: Para[]): { para: Para; text: string }[] {
  const out: { para: Para; text: string }[] = [];
  let open: { para: Para; text: string } | null = null;
  for (const para of list) {
    const text = para.text.replace(LIST_MARK, '').replace(/^•\s*/, '');
    if (open !== null && !directs(text)) {
      open.text = `${open.text} • ${text}`;
      continue;
    }
    const entry = { para, text };
    out.push(entry);
    open = STEM_END.test(text) ? entry : null;
  }
  return out;
}

const CORONERS_REPORT = /\bregulation 28\b|\bprevent(?:ion of)? future deaths\b|\bPFD\b/i;
// The office's own sections around a copied report: its plan, its position, its contents.
const OWN_SECTION = /\b(?:we will|what we|our|actions?|position|read-across)\b/i;
// A concern is argued in sentences; a numbered line of a few words is a title or a list of something else.
const MIN_CONCERN_WORDS = 12;

/**
 * A coroner's report whose concerns sit under headings that do not name them ("Section A", "To the Secretary
 * of State"): with no item found anywhere, the numbered entries of its other sections are read as concerns.
 */
function readUnheadedConcerns(sections: Section[]): boolean {
  if (readQuotedConcerns(sections)) return true;
  if (readTitledConcerns(sections)) return true;
  // A letter numbers its own paragraphs ("2. The report was sent to ..."): those are not the concerns.
  if (sections.some((s) => s.loose.some((p) => /^dear\s/i.test(p.text)) || /^dear\s/i.test(s.heading ?? '')))
    return false;
  let found = false;
  for (const section of sections) {
    const heading = section.heading ?? '';
    if (section.kind !== 'other' || CLOSING_SECTION.test(heading) || OWN_SECTION.test(heading)) continue;
    if (!section.loose.some((p) => p.list)) continue;
    const asConcerns: Section = { ...section, kind: 'recommendations', heading: `${heading} (concerns)` };
    const concerns = unlabelledItems(asConcerns).filter(
      (o) => wordCount(o.explicit?.text ?? '') >= MIN_CONCERN_WORDS,
    );
    section.items.push(...concerns);
    found ||= concerns.length > 0;
  }
  return found;
}

// "I set out below each of the coroner's matters of concern, as written in the report, followed by our
// response.": a reply letter's own sentence over the concerns it quotes.
// The form's own "The MATTERS OF CONCERN are as follows:" heads its section and is read there.
const INTRODUCES_CONCERNS =
  /\b(?:set out|reproduced|quoted|listed|copied)\b[^.]*\b(?:matters? of concern|concerns)\b[^.]*\bbelow\b|\b(?:matters? of concern|concerns)\b[^.]*\b(?:set out|reproduced|quoted|listed|copied)\s+below\b|\bbelow\b[^.]*\b(?:matters? of concern|concerns)\b/i;

/**
 * The numbered entries after a sentence introducing the coroner's concerns, in a letter that quotes them,
 * where no item was read there.
 */
export function readIntroducedConcerns(sections: Section[]): boolean {
  for (const section of sections) {
    if (section.kind !== 'other') continue;
    // The sentence may be one of the letter's own numbered paragraphs ("3. I set out each of ...").
    const at = section.loose.findIndex((p) => !p.bullet && INTRODUCES_CONCERNS.test(p.text));
    if (at >= 0 && readQuotationBlock(section, at)) return true;
    const entries = section.loose.slice(at + 1).filter((p) => p.list);
    const from = section.loose[at]?.index ?? Number.POSITIVE_INFINITY;
    const to = entries[entries.length - 1]?.index ?? from;
    if (at < 0 || entries.length === 0 || section.items.some((i) => i.at > from && i.at <= to)) continue;
    // "3. I set out ... below" then the concerns, then "4. The coroner added ...": the letter's own next
    // paragraph ends them.
    const own = Number(/^(\d{1,2})\.\s/.exec(section.loose[at]?.text ?? '')?.[1] ?? Number.NaN);
    const after = section.loose.slice(at + 1);
    const next = after.findIndex((p) => p.list && !p.indented && p.text.startsWith(`${own + 1}. `));
    const quoted: Section = {
      ...section,
      kind: 'recommendations',
      heading: `${section.heading ?? ''} (concerns)`,
      loose: next < 0 ? after : after.slice(0, next),
    };
    const concerns = unlabelledItems(quoted).filter(
      (o) => wordCount(o.explicit?.text ?? '') >= MIN_CONCERN_WORDS,
    );
    if (concerns.length === 0) continue;
    section.items.push(...concerns);
    return true;
  }
  return false;
}

/**
 * '2.2 The coroner's matters of concern are copied below ...' over a quotation opened and closed by a quotation
 * mark on a line of its own: each paragraph inside is one concern, in the coroner's words.
 */
function readQuotationBlock(section: Section, at: number): boolean {
  const open = at + 1;
  if (!LONE_QUOTE.test(section.loose[open]?.text ?? '')) return false;
  const close = section.loose.findIndex((p, k) => k > open && LONE_QUOTE.test(p.text));
  if (close < 0) return false;
  const concerns = section.loose
    .slice(open + 1, close)
    .filter((p) => wordCount(p.text) >= MIN_CONCERN_WORDS)
    .map((p) => plainOccurrence('recommendation', p, section));
  section.items.push(...concerns);
  return concerns.length > 0;
}

// "A.  Speed limit": a coroner's lettered concern under a title of its own, its paragraphs below it.
const LETTERED_TITLE = /^([A-H])\.\s+\S/;

/** A coroner's concerns each under a lettered title, grouped or not by the recipient they are for. */
function readTitledConcerns(sections: Section[]): boolean {
  // A title over numbered entries ("A. To the Secretary of State", "1. ...") groups them; "A. Background" and
  // "C. Wider action" are the writer's own sections, and so is a form's "A. REASON FOR REFERRAL" in capitals.
  const titled = sections.filter(
    (s) =>
      LETTERED_TITLE.test(s.heading ?? '') &&
      !/^[A-H]\.\s+[A-Z'’]+(?:[\s,]+[A-Z'’]+)+(?:\s*\([^()]*\))?$/.test(s.heading ?? '') &&
      s.loose.length > 0 &&
      !s.loose.some((p) => p.list) &&
      !/\b(?:background|introduction|summary|we|our|position|response|read-across)\b|^[A-H]\.\s+(?:to|for)\b/i.test(
        s.heading ?? '',
      ),
  );
  if (titled.length < MIN_LIST_ENTRIES) return false;
  for (const section of titled) {
    const letter = LETTERED_TITLE.exec(section.heading ?? '')?.[1] ?? '';
    const [first] = section.loose;
    if (first === undefined) continue;
    const text = section.loose.map((p) => p.text).join(' ');
    section.items.push({
      ...plainOccurrence(
        'recommendation',
        { ...first, text, end: section.loose.at(-1)?.end ?? first.end },
        section,
      ),
      label: letter,
      key: letter,
    });
  }
  return true;
}

// '"A. At 22.26pm the control room received ..."': a reply quotes each concern whole, with its letter, inside
// the quotation marks or before them ('(1) "The serious incident investigation report ..."'). A letter needs
// its stop: '"I have seen the report ..."' is a quoted sentence.
const QUOTED_VOICE = /^["“]\s*((?:I am concerned|I have (?:a )?concerns?|My concern)\b.+?)["”]?$/;
const WHOLE_QUOTE = /^["“]([^"“”]+)["”]$/;
const QUOTED_CONCERN =
  /^(?:["“]\s*((?:[A-Z][.)]|(?:\d{1,2}|\(\d{1,2}\)|\([a-z]\))[.)]?))\s+(.+?)["”]?|((?:\d{1,2}|\(\d{1,2}\)|\([a-z]\))[.)]?)\s+["“](.+?)["”])$/;

/** A reply to a coroner that quotes each lettered or numbered concern in quotation marks, one a paragraph. */
function readQuotedConcerns(sections: Section[]): boolean {
  let found = 0;
  let whole = 0;
  for (const section of sections) {
    let last: Occurrence | null = null;
    for (const [at, para] of section.loose.entries()) {
      const quote = QUOTED_CONCERN.exec(para.text);
      // '"I am concerned as to whether ..."': a concern quoted whole in the coroner's own voice, with no letter;
      // so is a whole paragraph in quotation marks under "The coroner's concern, word for word:".
      // The words introducing it may be the section's title, its colon dropped.
      const before = at > 0 ? (section.loose[at - 1]?.text ?? '') : `${section.heading ?? ''}:`;
      const introduced = /\bconcerns?\b[^.]*:$/i.test(before) && wordCount(para.text) >= 15;
      const voiced =
        quote === null
          ? (QUOTED_VOICE.exec(para.text) ?? (introduced ? WHOLE_QUOTE.exec(para.text) : null))
          : null;
      const label = quote?.[1] ?? quote?.[3] ?? (voiced === null ? undefined : '');
      const inner = quote?.[2] ?? quote?.[4] ?? voiced?.[1];
      if (label === undefined || inner === undefined || wordCount(inner) < 5) {
        // "Wessex response: ..." under a quoted concern answers it.
        const reply = last === null ? null : inlineResponseMarker(para.text);
        if (last !== null && reply !== null) last.marked[reply.kind].push({ ...para, text: reply.rest });
        else last = null;
        continue;
      }
      // The concern keeps the coroner's letter or number ("A.", "(1)") as its label.
      const digits = /\d{1,2}/.exec(label)?.[0];
      last = {
        ...plainOccurrence('recommendation', { ...para, text: inner }, section),
        label: label === '' ? null : label,
        key: label === '' ? null : label.replace(/[^\w]/g, ''),
        number: digits === undefined ? null : Number(digits),
      };
      section.items.push(last);
      found++;
      if (voiced !== null) whole++;
    }
  }
  // Lettered quotes count only as a list; one whole concern introduced or in the coroner's voice is enough.
  return found >= MIN_LIST_ENTRIES || whole > 0;
}
