import { formatDate } from '../dates/index.ts';
import type { ExtractedDue, Extraction } from '../import/extraction.ts';
import type { PlannedItem } from '../import/plan.ts';
import type { ImportForm } from '../reply/reply.ts';
import { summarise } from './item-view.ts';

/** The preview's items as an edit form offers them; `shown` is the item a form starts on, whole. */
export function importForm(plan: readonly PlannedItem[], shown?: PlannedItem): ImportForm {
  return {
    kind: 'import',
    items: plan.map((p) => ({
      ref: p.ref,
      kind: p.kind,
      summary: summarise(p.source.text, 60),
      notForUs: p.notForUs !== null,
    })),
    ...(shown ? { item: { ref: shown.ref, text: shown.source.text, due: duePhrases(shown) } } : {}),
  };
}

/** The deadlines as words the grammar reads back ("By 31 March 2025; within 12 months"), or "". */
export function duePhrases(item: PlannedItem): string {
  return [item.source.due, ...item.source.additionalDues]
    .map(phraseOf)
    .filter((p) => p !== '')
    .join('; ');
}

function phraseOf(due: ExtractedDue): string {
  return due.phrase?.trim() || (due.date ? formatDate(due.date) : '');
}

/**
 * What the extractor and the planning were unsure of about one item. A doubt that the publication
 * date was missing goes once the date is set (import published ...).
 */
export function itemDoubts(item: PlannedItem, extraction: Extraction): string[] {
  const doubts = [...item.source.uncertain, ...item.notes];
  if (extraction.publishedOn === null) return doubts;
  return doubts.filter((d) => !/needs the publication date/i.test(d));
}

/** Two items that can be merged, recommendations first, for an example that works ("import merge 1 2"). */
export function mergePair(plan: readonly PlannedItem[]): [PlannedItem, PlannedItem] | undefined {
  const next = (p: PlannedItem) => plan[plan.indexOf(p) + 1];
  const first =
    plan.find((p) => p.kind === 'recommendation' && next(p)?.kind === p.kind) ??
    plan.find((p) => next(p)?.kind === p.kind);
  const second = first && next(first);
  return first && second ? [first, second] : undefined;
}
