import { LIST_MARK } from './clean-text.ts';
import { CLOSING_SECTION } from './item-starts.ts';
import type { SectionKind } from './sections.ts';
import { inlineResponseMarker } from './sections.ts';
import type { Occurrence, Section } from './sections-walk.ts';
import { FIRST_PERSON, OPENS_DIRECTING, STEM_END } from './stem-words.ts';
import { wordCount } from './text-util.ts';
import { plainOccurrence, unlabelledItems } from './unlabelled.ts';

/*
 * The last readings, for a document in which the walk found no item under any heading: a page that names
 * the kind of its items but heads each by the body it is for, a coroner's report whose concerns sit under
 * headings that do not name them (or are quoted in a reply), a list of directing points under the line that
 * introduces it.
 */

const KIND_NAMES: [RegExp, SectionKind][] = [
  [/\bareas? for improvement\b/gi, 'areas_for_improvement'],
  [/\brecommendations?\b/gi, 'recommendations'],
];

/**
 * A page that says it lists areas for improvement, then gives each under a heading of its own that names
 * the force, not the kind ("1. Wiltshire Police - independent advisory groups"): with no item found
 * anywhere, its sections are read as holding the kind the page names most.
 */
export function readUnheaded(sections: Section[]): void {
  const text = sections.flatMap((s) => [s.heading ?? '', ...s.loose.map((p) => p.text)]).join(' ');
  if (CORONERS_REPORT.test(text) && readUnheadedConcerns(sections)) return;
  if (readDirectingLists(sections)) return;
  const named = KIND_NAMES.map(([pattern, kind]) => ({ kind, count: text.match(pattern)?.length ?? 0 }))
    .filter((k) => k.count > 0)
    .sort((a, b) => b.count - a.count)[0];
  if (named === undefined) return;
  const kind = named.kind === 'areas_for_improvement' ? 'area_for_improvement' : 'recommendation';
  for (const section of sections) {
    if (section.kind !== 'other') continue;
    // Only a paragraph of its own that opens by naming who should act: narrative and numbered paragraphs
    // of the page's own stay out.
    for (const para of section.loose) {
      if (para.list || para.bullet || wordCount(para.text) > UNHEADED_MAX_WORDS) continue;
      if (!OPENS_DIRECTING.test(para.text) || /\b(?:we|our|I|my|us)\b/.test(para.text)) continue;
      section.items.push(plainOccurrence(kind, para, section));
    }
  }
}

const UNHEADED_MAX_WORDS = 60;

// "It is vital that a unified gang definition is used ...": a committee's or inspectorate's way to direct.
const DIRECTS_ENTRY =
  /\b(?:should|must|ought to|recommends?)\b|^it is (?:vital|essential|important|imperative) that\b/i;
const MIN_LIST_ENTRIES = 2;

/**
 * "The points in the summary that bear on the Commissioner are:" over bullets that each direct someone: with
 * no item found anywhere, a list introduced by such a line, most of whose entries direct, holds the items.
 */
function readDirectingLists(sections: Section[]): boolean {
  let found = false;
  for (const section of sections) {
    const loose = section.loose;
    for (let k = 0; k < loose.length; k++) {
      const stem = loose[k];
      if (stem === undefined || stem.list || stem.bullet || !STEM_END.test(stem.text)) continue;
      let end = k + 1;
      while (end < loose.length && (loose[end]?.list || loose[end]?.bullet)) end++;
      const entries = loose
        .slice(k + 1, end)
        .map((p) => ({ para: p, text: p.text.replace(LIST_MARK, '').replace(/^•\s*/, '') }));
      const directing = entries.filter((e) => DIRECTS_ENTRY.test(e.text) && !FIRST_PERSON.test(e.text));
      if (entries.length < MIN_LIST_ENTRIES || directing.length * 2 < entries.length) continue;
      // "... read out the two areas for improvement under the question ...:": the line says what they are.
      const kind = /\bareas? for improvement\b/i.test(stem.text)
        ? 'area_for_improvement'
        : /\bcauses? of concern\b/i.test(stem.text)
          ? 'cause_of_concern'
          : 'recommendation';
      for (const e of entries)
        section.items.push(plainOccurrence(kind, { ...e.para, text: e.text }, section));
      found = true;
      k = end - 1;
    }
  }
  return found;
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

// "A.  Speed limit": a coroner's lettered concern under a title of its own, its paragraphs below it.
const LETTERED_TITLE = /^([A-H])\.\s+\S/;

/** A coroner's concerns each under a lettered title, grouped or not by the recipient they are for. */
function readTitledConcerns(sections: Section[]): boolean {
  // A title over numbered entries ("A. To the Secretary of State", "1. ...") groups them; "A. Background" and
  // "C. Wider action" are the writer's own sections.
  const titled = sections.filter(
    (s) =>
      LETTERED_TITLE.test(s.heading ?? '') &&
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
// the quotation marks or before them ('(1) "The serious incident investigation report ..."').
const QUOTED_CONCERN =
  /^(?:["“]\s*((?:[A-Z]|\d{1,2}|\(\d{1,2}\)|\([a-z]\))[.)]?)\s+(.+?)["”]?|((?:\d{1,2}|\(\d{1,2}\)|\([a-z]\))[.)]?)\s+["“](.+?)["”])$/;

/** A reply to a coroner that quotes each lettered or numbered concern in quotation marks, one a paragraph. */
function readQuotedConcerns(sections: Section[]): boolean {
  let found = 0;
  for (const section of sections) {
    let last: Occurrence | null = null;
    for (const para of section.loose) {
      const quote = QUOTED_CONCERN.exec(para.text);
      const label = quote?.[1] ?? quote?.[3];
      const inner = quote?.[2] ?? quote?.[4];
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
        label,
        key: label.replace(/[^\w]/g, ''),
        number: digits === undefined ? null : Number(digits),
      };
      section.items.push(last);
      found++;
    }
  }
  return found >= MIN_LIST_ENTRIES;
}
