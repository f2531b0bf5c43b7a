import type { ItemKind } from '../model/entities.ts';
import type { Para } from './blocks.ts';
import { LIST_MARK } from './clean-text.ts';
import type { SectionKind } from './sections.ts';
import type { Occurrence, Section } from './sections-walk.ts';

const DIRECTIVE = /\b(?:should|must|ought to|needs? to|recommends?)\b/i;
const FIRST_PERSON = /^(?:we|our|i|my)\b/i;
// "We also identified the following areas for improvement:", "The MATTERS OF CONCERN are as follows:".
const NAMES_ITEMS =
  /\b(recommendations?|areas? for improvement|causes? of concern|matters? of concern|concerns)\b(?:\s+(?:are|is|were|was))?(?:\s+as\s+follows)?[\s:.;–—-]*$/i;
// A stem introduces a list: "... should:", "The MATTERS OF CONCERN are as follows. –".
const STEM_END = /(?::|[:.]?\s*[-–—]+|\bas follows\.?)\s*$/i;

function sectionKind(kind: SectionKind): ItemKind | null {
  if (kind === 'recommendations') return 'recommendation';
  if (kind === 'areas_for_improvement') return 'area_for_improvement';
  if (kind === 'causes_of_concern') return 'cause_of_concern';
  return null;
}

function namedKind(stem: string): ItemKind | null {
  const noun = NAMES_ITEMS.exec(stem)?.[1]?.toLowerCase();
  if (noun === undefined) return null;
  if (noun.startsWith('area')) return 'area_for_improvement';
  if (noun.startsWith('cause')) return 'cause_of_concern';
  return 'recommendation';
}

type Entry = { text: string; label: string | null; number: number | null };

function entryOf(para: Para): Entry {
  if (para.bullet) return { text: para.text.replace(/^•\s*/, ''), label: null, number: null };
  const mark = LIST_MARK.exec(para.text)?.[0] ?? '';
  const digits = /\d+/.exec(mark)?.[0];
  return {
    text: para.text.slice(mark.length),
    label: mark.trim() === '' ? null : mark.trim(),
    number: digits === undefined ? null : Number(digits),
  };
}

// A bullet that completes its stem's sentence ends with the list's "; and": it reads whole with a full stop.
function asSentence(text: string): string {
  return text.replace(/\s*[;,]\s*(?:and|or)?\s*$/i, '').replace(/[^.!?]$/, (c) => `${c}.`);
}

function occurrence(kind: ItemKind, entry: Entry, section: Section, para: Para): Occurrence {
  return {
    kind,
    label: entry.label,
    number: entry.number,
    key: entry.label,
    qualifier: null,
    section: section.kind,
    body: [],
    explicit: { text: entry.text, due: null, anchor: null, addressees: [] },
    marked: { force: [], pcc: [] },
    dueField: null,
    lastInSection: false,
    causeOfConcern: kind === 'recommendation' ? section.cause : null,
    at: para.index,
    end: para.end,
  };
}

/**
 * Items printed without labels: bullets or numbered entries under a stem that either carries the directive
 * ("The force should immediately:") or names the items ("the following areas for improvement:"), and
 * "should" paragraphs under a heading that names the items.
 */
export function unlabelledItems(section: Section): Occurrence[] {
  const own = sectionKind(section.kind);
  // Plain "should" paragraphs count only where no labelled item shows how this document marks its items.
  const plainItems = own !== null && section.items.length === 0;
  // Under a coroner's "Concerns" heading a numbered entry is a concern whether or not it directs anyone.
  const concernSection = section.kind === 'recommendations' && /concern/i.test(section.heading ?? '');
  const out: Occurrence[] = [];
  let stem: Para | null = null;
  // Paragraphs straight after a stem that names the items are the items, when no list follows it: a
  // coroner's concerns are often plain paragraphs. A concern need not direct anyone; a recommendation must.
  let naming: ItemKind | null = null;
  for (const para of section.loose) {
    if (!para.bullet && !para.list) {
      const directive = DIRECTIVE.test(para.text) && !FIRST_PERSON.test(para.text);
      if (STEM_END.test(para.text)) {
        stem = para;
        naming = namedKind(para.text);
        continue;
      }
      const concern = stem !== null && /concern/i.test(stem.text);
      if (naming !== null && (concern || directive)) {
        out.push(occurrence(naming, { text: para.text, label: null, number: null }, section, para));
        continue;
      }
      stem = null;
      naming = null;
      if (plainItems && own !== null && directive) {
        out.push(occurrence(own, { text: para.text, label: null, number: null }, section, para));
      }
      continue;
    }
    naming = null;
    const entry = entryOf(para);
    if (stem !== null && DIRECTIVE.test(stem.text)) {
      const text = `${stem.text} ${asSentence(entry.text)}`;
      out.push(
        occurrence(namedKind(stem.text) ?? own ?? 'recommendation', { ...entry, text }, section, para),
      );
      continue;
    }
    const named = stem === null ? null : namedKind(stem.text);
    if (named !== null || (plainItems && (concernSection || DIRECTIVE.test(entry.text)))) {
      out.push(occurrence(named ?? own ?? 'recommendation', entry, section, para));
    }
  }
  return out;
}
