import type { ItemKind } from '../model/entities.ts';
import { extractAddressees } from './addressees.ts';
import type { Para } from './blocks.ts';
import { LIST_MARK } from './clean-text.ts';
import { DIVIDER } from './line-joins.ts';
import { inlineResponseMarker, type SectionKind } from './sections.ts';
import { DIRECTIVE, namedKind, stemAsHeading } from './stem-words.ts';
import type { Occurrence, Section } from './walk-model.ts';

/*
 * The pieces the reader of unlabelled items builds with: an entry's marker and words, whom a heading says the
 * items are for, an occurrence made from a paragraph, and the sections that name or answer their items.
 */

export function sectionKind(kind: SectionKind): ItemKind | null {
  if (kind === 'recommendations') return 'recommendation';
  if (kind === 'areas_for_improvement') return 'area_for_improvement';
  if (kind === 'causes_of_concern') return 'cause_of_concern';
  return null;
}

/** The kind of an entry listed under a section of `own` kind: under a cause of concern, its recommendations. */
export function listedKind(own: ItemKind | null): ItemKind {
  return own === 'cause_of_concern' || own === null ? 'recommendation' : own;
}

export type Entry = { text: string; label: string | null; number: number | null };

export function entryOf(para: Para): Entry {
  if (para.bullet) return { text: para.text.replace(/^•\s*/, ''), label: null, number: null };
  const mark = LIST_MARK.exec(para.text)?.[0] ?? '';
  const digits = /\d+/.exec(mark)?.[0];
  return {
    text: para.text.slice(mark.length),
    // "1." is labelled 1; a coroner's "(1)" keeps its brackets, as printed.
    label: mark.trim() === '' ? null : mark.trim().replace(/\.$/, ''),
    // "1.2" numbers an entry within its group, not the item: no number.
    number: digits === undefined || /\d\.\d/.test(mark) ? null : Number(digits),
  };
}

// "West Mercia specific recommendations", "Recommendations for the Home Office": whom the items below are for.
const HEADED_FOR = [
  /^(?:recommendations?|areas? for improvement)\s+(?:for|to|made to|addressed to)\s+(?:the\s+)?([A-Z].*)$/i,
  /^([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4})(?:\s+(?:specific|only))?\s+(?:recommendations?|areas? for improvement)$/,
];

/** An item that names no one to act, imperative under a heading that names whom it is for. */
export function headingAddressees(section: Section, text: string): string[] {
  if (section.for !== null) return [section.for];
  if (section.heading === null || extractAddressees(text).length > 0) return [];
  for (const pattern of HEADED_FOR) {
    const name = pattern.exec(section.heading.replace(/[:.]$/, ''))?.[1];
    if (name !== undefined && !/^(?:our|the|these|other|further|key|main|new|national|local)$/i.test(name))
      return [name];
  }
  return [];
}

/** A plain paragraph taken as an item of the given kind, as it stands. */
export function plainOccurrence(kind: ItemKind, para: Para, section: Section): Occurrence {
  return occurrence(kind, { text: para.text.replace(/^•\s*/, ''), label: null, number: null }, section, para);
}

export function occurrence(kind: ItemKind, entry: Entry, section: Section, para: Para): Occurrence {
  return {
    kind,
    label: entry.label,
    number: entry.number,
    key: entry.label,
    qualifier: null,
    section: section.kind,
    body: [],
    explicit: {
      text: entry.text,
      due: null,
      anchor: null,
      addressees: headingAddressees(section, entry.text),
    },
    marked: { force: [], pcc: [] },
    dueField: null,
    lastInSection: false,
    causeOfConcern: kind === 'recommendation' ? section.cause : null,
    at: para.index,
    end: para.end,
  };
}

export function introducingHeading(section: Section): Para | null {
  const heading = section.heading ?? '';
  // A heading keeps no colon: "We made the following recommendations, stating that the constabulary should".
  // "The DSL read the coroner's three concerns to governors": a count says the items are listed below ("a note
  // after the three concerns" speaks of them).
  // "In its 2022 PEEL inspection HMICFRS found that Wiltshire Police", "It recommended two things": a stem
  // over its list, taken for a heading.
  if (stemAsHeading(heading)) return headingAsStem(heading);
  if (
    !/\b(?:following|as follows|(?<!\b(?:after|before|about|beyond|besides|from|of|on)\s+(?:the\s+)?)(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'’]+\s+)?(?:concerns|recommendations|areas for improvement|causes of concern|matters of concern))\b/i.test(
      heading,
    ) ||
    (namedKind(heading) ?? namedKind(`${heading}:`)) === null
  )
    return null;
  return headingAsStem(heading);
}

/** A heading read as the stem line it stands for: headings keep no colon. */
export function headingAsStem(heading: string): Para {
  return {
    type: 'para',
    text: `${heading}:`,
    bullet: false,
    list: false,
    index: -1,
    end: -1,
    indented: false,
  };
}

/**
 * A government's response to a committee quotes each numbered recommendation ("1. We note that ...") and
 * answers it in the paragraphs that follow, up to the next numbered one.
 */
export function answeredItems(section: Section): Occurrence[] {
  const out: Occurrence[] = [];
  for (const para of section.loose) {
    const numbered = para.list && /^\d{1,3}\.\s/.test(para.text);
    if (numbered) {
      out.push(occurrence('recommendation', entryOf(para), section, para));
      continue;
    }
    const last = out[out.length - 1];
    // "----- copied from the web -----": the writer's divider between their words and a copy, no answer.
    if (last === undefined || /^\[.*\]$/.test(para.text) || DIVIDER.test(para.text)) continue;
    last.marked.force.push(para);
    last.end = para.end;
  }
  // "Officer comment:" over "1. Our inspection programme was last refreshed ...": numbered points with no
  // answer under most and no direction in them are the writer's own comments, not items being answered; a
  // line after the last ("Do not reply to this message.") answers nothing.
  const answers = out.filter((o) => o.marked.force.length > 0).length * 2 > out.length;
  return answers || out.some((o) => DIRECTIVE.test(o.explicit?.text ?? '')) ? out : [];
}

// Fewer quoted entries than two, each answered, make no pattern: one may be a letter's own numbered point.
const MIN_ANSWERED = 2;

/**
 * A letter that quotes another body's numbered items and answers each ("(1) Failure to communicate ..." then
 * "Our response: ..."): every entry straight above an answer is an item, the answer its reply.
 */
export function entriesAnswered(section: Section): Occurrence[] {
  const out: Occurrence[] = [];
  // "Marchshire: our 2014 junction list ..." under each entry: the office answering names itself before
  // every answer, the same name each time.
  const speakers = new Set<string>();
  let called = lastNamedKind(section.heading ?? '', 'recommendation');
  section.loose.forEach((para, k) => {
    const next = section.loose[k + 1];
    const kind = called;
    called = lastNamedKind(para.text, called);
    if (!para.list || next === undefined) return;
    const marked = inlineResponseMarker(next.text);
    const named = marked === null ? namedAnswer(next.text) : null;
    const reply = marked ?? named;
    if (reply === null || reply.rest === '') return;
    if (named !== null) speakers.add(named.name);
    const occ = occurrence(kind, entryOf(para), section, para);
    occ.marked[reply.kind].push({ ...next, text: reply.rest });
    occ.end = next.end;
    out.push(occ);
  });
  return out.length >= MIN_ANSWERED && speakers.size <= 1 ? out : [];
}

// "the two areas for improvement HMICFRS gave Hertfordshire ... Their replies are under each one.": what the
// text above the entries last called them says their kind; recommendations where it names none.
export const KIND_WORDS: [RegExp, ItemKind][] = [
  [/\b(?:areas? for improvement|AFIs?)\b/gi, 'area_for_improvement'],
  [/\bcauses? of concern\b/gi, 'cause_of_concern'],
  [/\brecommendations?\b/gi, 'recommendation'],
];

/** The kind `text` names last, or `before` where it names none. */
function lastNamedKind(text: string, before: ItemKind): ItemKind {
  let kind = before;
  let at = -1;
  for (const [words, named] of KIND_WORDS)
    for (const m of text.matchAll(words))
      if (m.index > at) {
        at = m.index;
        kind = named;
      }
  return kind;
}

const NAMED_ANSWER = /^([A-Z][\w'’]+(?:\s[A-Z][\w'’]+){0,3}):\s+(\S.*)$/;

function namedAnswer(text: string): { kind: 'force'; rest: string; name: string } | null {
  const match = NAMED_ANSWER.exec(text);
  return match?.[1] === undefined || match[2] === undefined
    ? null
    : { kind: 'force', rest: match[2], name: match[1] };
}
