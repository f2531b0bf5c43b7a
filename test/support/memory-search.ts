import type { Item } from '../../src/core/model/entities.ts';
import type { ItemSearch, ItemSearchResult } from '../../src/ports/store.ts';
import type { MemoryState } from './memory-checks.ts';

/*
 * ItemStore.search for the memory store, written apart from adapters/db/item-search.ts so the contract
 * suite compares two readings of the port's promise: SQLite's lower() folds ASCII letters only, and
 * LIKE's "_" is any one character, which here is a space in a term; a term's words must start words
 * of the item, as a full-text index finds them.
 */

const asciiLower = (text: string): string => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function holds(text: string | null, term: string): boolean {
  if (text === null) return false;
  const literal = (piece: string) => piece.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(term.split(' ').map(literal).join('.'), 'su').test(asciiLower(text));
}

/** The words of the texts, lower-case: runs of letters and digits. */
function wordsOf(texts: readonly (string | null)[]): string[] {
  return texts.flatMap((text) => text?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

export function searchMemory(state: MemoryState, workspaceId: string, query: ItemSearch): ItemSearchResult {
  const notes = new Map<string, string[]>();
  for (const update of state.updates.values()) {
    if (update.workspaceId !== workspaceId || update.kind === 'response' || update.note === null) continue;
    notes.set(update.itemId, [...(notes.get(update.itemId) ?? []), update.note]);
  }
  const keyOf = (item: Item) => state.reports.get(item.reportId)?.key ?? '';
  const inText = (item: Item) => query.terms.every((term) => holds(item.text, term));
  const found = [...state.items.values()].filter((item) => {
    const report = state.reports.get(item.reportId);
    if (item.workspaceId !== workspaceId || !report || report.deletedAt !== null) return false;
    if (query.reportId !== null && item.reportId !== query.reportId) return false;
    const texts = [item.text, item.forceResponse, item.pccResponse, ...(notes.get(item.id) ?? [])];
    const starts = wordsOf(texts);
    return query.terms.every(
      (term) =>
        texts.some((text) => holds(text, term)) &&
        wordsOf([term]).every((word) => starts.some((start) => start.startsWith(word))),
    );
  });
  found.sort(
    (a, b) =>
      Number(!inText(a)) - Number(!inText(b)) ||
      byCodeUnit(b.updatedAt, a.updatedAt) ||
      byCodeUnit(keyOf(a), keyOf(b)) ||
      a.ref.length - b.ref.length ||
      byCodeUnit(a.ref, b.ref),
  );
  return {
    items: structuredClone(found.slice(query.offset, query.offset + query.limit)).map((item) => ({
      item,
      reportKey: keyOf(item),
    })),
    total: found.length,
  };
}
