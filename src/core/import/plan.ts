import {
  addDuration,
  type DateContext,
  formatDate,
  type IsoDate,
  parseDeadlinePhrase,
} from '../dates/index.ts';
import type { Deadline, ItemKind } from '../model/entities.ts';
import { otherBodiesOnly } from '../model/other-bodies.ts';
import type { ExtractedDue, ExtractedItem, Extraction } from './extraction.ts';

/** A deadline before it has ids: what saving writes and what the preview shows. */
export type DeadlineDraft = Omit<Deadline, 'id' | 'workspaceId' | 'itemId'>;

/** One item as it will be saved: its ref in the report, its parent and its deadlines. */
export type PlannedItem = {
  source: ExtractedItem;
  kind: ItemKind;
  ref: string;
  number: number;
  /** The ref of the cause of concern it sits under, or null. */
  parentRef: string | null;
  deadlines: DeadlineDraft[];
  /** What planning had to decide for itself, flagged in the preview. */
  notes: string[];
  /**
   * Why it is saved as "not for us" ("addressed to the College of Policing, not this force"): every
   * addressee is another body and the user has not kept it as ours. Null for an ordinary item.
   */
  notForUs: string | null;
};

export const REF_PREFIX: Record<ItemKind, string> = {
  recommendation: '',
  area_for_improvement: 'A',
  cause_of_concern: 'C',
};

/**
 * Refs, parents and deadlines for every item, the same for the preview and for saving. Causes of
 * concern come first so a recommendation's parent is saved before it. `ours` are the refs the user
 * kept as ordinary items although they are addressed only to other bodies.
 */
export function planImport(
  extraction: Extraction,
  dates: DateContext,
  ours: readonly string[] = [],
): PlannedItem[] {
  const concerns = numberItems(extraction.causesOfConcern, 'cause_of_concern');
  const planned = [
    ...concerns,
    ...numberItems(extraction.recommendations, 'recommendation'),
    ...numberItems(extraction.areasForImprovement, 'area_for_improvement'),
  ];
  for (const item of planned) {
    item.deadlines = deadlineDrafts(item.source, extraction.publishedOn, dates);
    item.notForUs = ours.includes(item.ref) ? null : otherBodiesOnly(item.source.addressees);
    const label = item.source.causeOfConcern;
    if (label === null || item.kind === 'cause_of_concern') continue;
    const parent = findConcern(concerns, label);
    if (parent) item.parentRef = parent.ref;
    else item.notes.push(`its cause of concern ("${label}") is not in the document`);
  }
  return planned;
}

/** Printed numbers are kept; a repeated or missing number takes the next free one of its kind. */
function numberItems(items: readonly ExtractedItem[], kind: ItemKind): PlannedItem[] {
  const used = new Set<number>();
  const planned = items.map((source): PlannedItem => {
    // Refs hold up to four digits (ITEM_REF_PATTERN); anything else is treated as unnumbered.
    const printed = source.number !== null && usable(source.number) && !used.has(source.number);
    if (printed && source.number !== null) used.add(source.number);
    return {
      source,
      kind,
      ref: '',
      number: printed ? (source.number ?? 0) : 0,
      parentRef: null,
      deadlines: [],
      notes: [],
      notForUs: null,
    };
  });
  let next = Math.max(0, ...used);
  for (const item of planned) {
    if (item.number === 0) {
      item.number = ++next;
      if (item.source.number !== null && usable(item.source.number)) {
        item.notes.push(`number ${item.source.number} appears twice; this one is saved as ${item.number}`);
      }
    }
    item.ref = `${REF_PREFIX[kind]}${item.number}`;
  }
  return planned;
}

function usable(n: number): boolean {
  return Number.isInteger(n) && n > 0 && n < 10_000;
}

function findConcern(concerns: readonly PlannedItem[], label: string): PlannedItem | undefined {
  const flat = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const byLabel = concerns.find((c) => c.source.label !== null && flat(c.source.label) === flat(label));
  if (byLabel) return byLabel;
  const number = /(\d+)\s*$/.exec(label)?.[1];
  return number === undefined ? undefined : concerns.find((c) => c.source.number === Number(number));
}

function deadlineDrafts(item: ExtractedItem, anchor: IsoDate | null, dates: DateContext): DeadlineDraft[] {
  const drafts: DeadlineDraft[] = [];
  for (const due of [item.due, ...item.additionalDues]) {
    const draft = deadlineDraft(due, anchor, dates);
    if (draft) drafts.push({ ...draft, position: drafts.length });
  }
  return drafts;
}

/**
 * A deadline from what the extractor found. Immediate and publication-relative deadlines follow the
 * report's publication date, so correcting that date in the preview moves them too. A conditional
 * one stays dormant; its duration and event come from the phrase so "event happened" can start it.
 */
export function deadlineDraft(
  due: ExtractedDue,
  anchor: IsoDate | null,
  dates: DateContext,
): DeadlineDraft | null {
  const phrase = (due.phrase ?? '').trim();
  if (due.kind === 'none' && phrase === '') return null;
  const parsed = phrase === '' ? null : parseDeadlinePhrase(phrase, { ...dates, anchor });
  const duration =
    parsed && (parsed.kind === 'relative' || parsed.kind === 'conditional') ? parsed.duration : null;
  let date: IsoDate | null = due.date;
  let condition: string | null = null;
  switch (due.kind) {
    case 'date':
      date = due.date ?? (parsed?.kind === 'date' ? parsed.date : null);
      break;
    case 'immediate':
      date = anchor ?? due.date;
      break;
    case 'relative':
      date =
        parsed?.kind === 'relative' && anchor !== null && duration ? addDuration(anchor, duration) : due.date;
      break;
    case 'conditional':
      date = null;
      condition = parsed?.kind === 'conditional' ? parsed.condition : phrase || null;
      break;
    case 'none':
      date = null;
      break;
  }
  return {
    position: 0,
    kind: due.kind,
    phrase: phrase || (date ? formatDate(date) : 'no deadline given'),
    originalOn: date,
    dueOn: date,
    duration: due.kind === 'relative' || due.kind === 'conditional' ? duration : null,
    condition,
    eventOn: null,
    revisions: 0,
  };
}

export function itemCount(extraction: Extraction): number {
  return (
    extraction.recommendations.length +
    extraction.areasForImprovement.length +
    extraction.causesOfConcern.length
  );
}
