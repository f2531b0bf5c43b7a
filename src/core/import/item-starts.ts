import type { ItemKind } from '../model/entities.ts';
import type { Block, Heading, Para } from './blocks.ts';
import type { SectionKind } from './sections.ts';
import { DIRECTIVE } from './stem-words.ts';
import type { TableRow } from './table.ts';
import type { Occurrence, Section } from './walk-model.ts';

/*
 * Where the walk starts an item: a table row, a label line, a numbered theme over its paragraphs, a
 * register reference standing as a title. Each gives an item whose words are still to come below it.
 */

export const ITEM_SECTIONS = new Set<SectionKind>([
  'recommendations',
  'areas_for_improvement',
  'causes_of_concern',
]);
// The sections that follow the items in a coroner's form, a report or a paper: they end the items.
export const CLOSING_SECTION =
  /\b(?:action should be taken|your response|copies|publication|signature|signed|date|conclusions?|next steps|appendix|annex|background|summary|contents|glossary|about|methodology|findings?|progress|position|what this means|our view|read-across|implications?)\b/i;

export function asPara(text: string | null, index: number): Para[] {
  return text === null
    ? []
    : [{ type: 'para', text, bullet: false, list: false, index, end: index, indented: false }];
}

export function fromRow(
  row: TableRow,
  section: SectionKind,
  cause: string | null,
  index: number,
): Occurrence {
  return {
    kind: row.kind,
    label: row.label,
    number: row.number,
    key: row.number !== null ? String(row.number) : row.label,
    qualifier: null,
    section,
    body: [],
    explicit: { text: row.text, due: row.due, anchor: row.anchor, addressees: row.addressees },
    marked: { force: asPara(row.force, index), pcc: asPara(row.pcc, index) },
    dueField: null,
    lastInSection: false,
    causeOfConcern: row.kind === 'recommendation' ? cause : null,
    at: index,
    end: index,
  };
}

// "1. For the attention of CoLP and College of Policing" over a concern: whom it is for, not its words.
const FOR_ATTENTION = /^(?:for\s+the\s+attention\s+of|addressed\s+to|to)\s*:?\s+(?:the\s+)?([A-Z].*)$/i;

/**
 * "1. Inadequate police training on mental health" over paragraphs, among a coroner's concerns or a list of
 * recommendations: a numbered theme whose title and paragraphs are one item.
 */
export function numberedTheme(
  block: Heading,
  next: Block | undefined,
  section: Section,
  classified: SectionKind,
): Occurrence | null {
  if (block.number === undefined || next?.type !== 'para' || next.list || next.bullet) return null;
  if (!ITEM_SECTIONS.has(section.kind) || classified !== 'other' || CLOSING_SECTION.test(block.text))
    return null;
  const forWhom = FOR_ATTENTION.exec(block.text)?.[1];
  const name = String(block.number);
  return {
    ...startedAt(
      sectionKindOf(section.kind) ?? 'recommendation',
      name,
      block.number,
      name,
      section,
      block.index,
    ),
    body: forWhom === undefined ? asPara(block.text, block.index) : [],
    ...(forWhom === undefined ? {} : { addressedTo: forWhom.split(/\s*,\s*/) }),
    whole: true,
  };
}

/** An item that starts at a title or label line, its words still to come below it. */
export function startedAt(
  kind: ItemKind,
  label: string | null,
  number: number | null,
  key: string | null,
  section: Section,
  index: number,
): Occurrence {
  return {
    kind,
    label,
    number,
    key,
    qualifier: null,
    section: section.kind,
    body: [],
    explicit: null,
    marked: { force: [], pcc: [] },
    dueField: null,
    lastInSection: true,
    causeOfConcern: null,
    at: index,
    end: index,
  };
}

export function sectionKindOf(kind: SectionKind): ItemKind | null {
  if (kind === 'areas_for_improvement') return 'area_for_improvement';
  if (kind === 'causes_of_concern') return 'cause_of_concern';
  return null;
}

// "### NR2" over a recommendation on a tracker page: the page's own reference, alone as a title.
const CODE_HEADING = /^([A-Z]{1,5})-?(\d{1,3})[a-z]?$/;

// "Action 12 (High) - Head of Crime", "Action 1 (priority 2, target date 31/07/2026)": a tracker entry's own
// number, its details in brackets (the target date among them), its owner after a dash. "Item 2 - ..." is an
// agenda's, not an entry's.
const ENTRY_TITLE =
  /^((?:Action|Finding|Issue)\s+(\d{1,3}))(?:\s*\(([^()]{1,80})\))?(?:\s+[-–:]\s+[^.]{1,60})?$/;
const TARGET_IN_TITLE = /\b(?:target|due)\s+date:?\s+([^,;]+)/i;

/** The label, number and target date a tracker entry's title gives the item under it. */
export function entryTitle(text: string): { label: string; number: number; due: string | null } | null {
  const entry = ENTRY_TITLE.exec(text);
  if (entry?.[1] === undefined) return null;
  return {
    label: entry[1],
    number: Number(entry[2]),
    due: TARGET_IN_TITLE.exec(entry[3] ?? '')?.[1]?.trim() ?? null,
  };
}

// "N1   Integrity matters (HMIC, January 2015), recommendation 1": the reference, then the source's title.
const CODE_THEN_TITLE = /^([A-Z]{1,5}-?(\d{1,3})[a-z]?)\s+[A-Z(]/;

/**
 * A recommendation titled by its register reference ("NR2", "RA-07"), alone or before the title of the report
 * it comes from, its text below. With a title beside the code, under any heading, the text below must direct
 * someone ("HMIC recommends that:" over its bullets does).
 */
export function codeTitled(block: Heading, next: Block | undefined, section: Section): Occurrence | null {
  if (next === undefined || next.type === 'row' || next.type === 'label') return null;
  const kind = sectionKindOf(section.kind) ?? 'recommendation';
  const plain = next.type === 'para' && !next.list && !next.bullet;
  const code = CODE_HEADING.exec(block.text);
  if (code?.[2] !== undefined && plain && (ITEM_SECTIONS.has(section.kind) || DIRECTIVE.test(next.text)))
    return startedAt(kind, block.text, Number(code[2]), block.text, section, block.index);
  // "Action 12 (High) - Head of Crime" over "The force should ...": a tracker's entry, the item below.
  const entry = entryTitle(block.text);
  if (entry !== null && plain && DIRECTIVE.test(next.text))
    return {
      ...startedAt(kind, entry.label, entry.number, String(entry.number), section, block.index),
      dueField: entry.due,
    };
  const titled = CODE_THEN_TITLE.exec(block.text);
  // "V2 Area for improvement - same report": the title may say which kind the item is.
  const named = /\barea for improvement\b/i.test(block.text)
    ? 'area_for_improvement'
    : /\bcause of concern\b/i.test(block.text)
      ? 'cause_of_concern'
      : null;
  const directs = plain
    ? DIRECTIVE.test(next.text)
    : next.type === 'heading' && RECOMMENDS_THAT.test(next.text);
  if (titled?.[1] === undefined || !directs) return null;
  return startedAt(named ?? kind, titled[1], Number(titled[2]), titled[1], section, block.index);
}

// "To address this cause of concern, HMIC recommends that:" printed as a heading: the stem of an item's words.
export const RECOMMENDS_THAT = /\brecommends?\s+that$/i;
