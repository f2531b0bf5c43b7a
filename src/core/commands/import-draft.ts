import type { ExtractedItem, Extraction } from '../import/extraction.ts';
import { type PlannedItem, planImport } from '../import/plan.ts';
import { fail, type Reply } from '../reply/reply.ts';
import type { CommandContext } from './context.ts';
import { type ReadyImport, showPreview } from './import.ts';

/*
 * The pending import as the edits see it: its plan (the refs the preview shows), and the ways an edit
 * writes it back. Every edit stores the whole changed import and shows the preview again, so what the
 * user sees is exactly what confirming saves.
 */

export function planOf(ctx: CommandContext, pending: ReadyImport): PlannedItem[] {
  return planImport(pending.document.extraction, ctx.dates, pending.document.ours ?? []);
}

/** The planned item a ref names, or a problem listing the refs there are. */
export function requirePlanned(plan: readonly PlannedItem[], ref: string, example: string): PlannedItem {
  const found = plan.find((p) => p.ref === ref);
  if (found) return found;
  return fail('import.bad_ref', `The preview has no item ${ref}. ${refsOf(plan)}`, example);
}

export function refsOf(plan: readonly PlannedItem[]): string {
  if (plan.length === 0) return 'It has no items.';
  const shown = plan.slice(0, 30).map((p) => p.ref);
  return `Its items are ${shown.join(', ')}${plan.length > shown.length ? `, … (${plan.length} in all)` : ''}.`;
}

/**
 * Each item with the number its ref shows fixed, so an item added, merged away or left out does not
 * renumber the others under the user's feet (unnumbered bullets are numbered in order otherwise).
 */
export function pinned(plan: readonly PlannedItem[]): ExtractedItem[] {
  return plan.map((p) => ({ ...p.source, kind: p.kind, number: p.number }));
}

/** The next number free for a kind: a new item's ref ("A3" after A1 and A2). */
export function nextNumber(items: readonly ExtractedItem[], kind: ExtractedItem['kind']): number {
  return Math.max(0, ...items.filter((i) => i.kind === kind).map((i) => i.number ?? 0)) + 1;
}

/** The import with its items replaced (each kind in the order given), and its `ours` if given. */
export function withItems(
  pending: ReadyImport,
  items: readonly ExtractedItem[],
  ours?: string[],
): ReadyImport {
  const of = (kind: ExtractedItem['kind']) => items.filter((i) => i.kind === kind);
  const changed = edit(pending, {
    recommendations: of('recommendation'),
    areasForImprovement: of('area_for_improvement'),
    causesOfConcern: of('cause_of_concern'),
  });
  return withOurs(changed, ours ?? changed.document.ours ?? []);
}

export function withOurs(pending: ReadyImport, ours: readonly string[]): ReadyImport {
  const { ours: _old, ...document } = pending.document;
  const kept = [...new Set(ours)].sort();
  return { ...pending, document: kept.length > 0 ? { ...document, ours: kept } : document };
}

export function edit(pending: ReadyImport, patch: Partial<Extraction>): ReadyImport {
  return {
    ...pending,
    document: { ...pending.document, extraction: { ...pending.document.extraction, ...patch } },
  };
}

/** Stores the changed import and shows its preview, led by what the edit did. */
export async function saveDraft(ctx: CommandContext, pending: ReadyImport, lead: string): Promise<Reply> {
  await ctx.store.pendingImports.put(pending);
  return showPreview(ctx, pending, lead);
}
