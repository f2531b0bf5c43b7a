import type { Block, RowBlock } from './blocks.ts';
import type { Line } from './clean-text.ts';
import { type Column, finish } from './table.ts';
import { toRow } from './table-rows.ts';

/*
 * What the readers of tables printed a cell or a field a line share (keyed-grid.ts, field-records.ts,
 * keyed-records.ts, block-grid.ts): columns named by their titles, a row from each record's cells, and the
 * block after the lines they took.
 */

/** A reader's rows and the index of the first block after them. */
export type LineTable = { rows: RowBlock[]; end: number };

/** Columns named by the titles (or field names), their roles read by the table rules; null when no table. */
export function namedColumns(names: readonly string[], first: number): Column[] | null {
  return (
    finish(
      names.map((name, k): Column => ({ start: k, role: 'other', name })),
      first,
      first,
    )?.columns ?? null
  );
}

/** A row from cells given by column index, or null when the cells hold no item. */
export function rowBlock(
  cells: readonly string[] | ReadonlyMap<number, string>,
  columns: readonly Column[],
  index: number,
): RowBlock | null {
  const entries: [number, string][] = Array.isArray(cells)
    ? cells.map((c, k) => [k, c])
    : [...(cells as ReadonlyMap<number, string>)];
  const row = toRow(new Map(entries.map(([k, v]): [number, string[]] => [k, [v]])), columns, null);
  return row === null ? null : { type: 'row', row, index };
}

// Fewer rows than two make no table: a single record is as likely a paragraph that happens to match.
const MIN_RECORDS = 2;

/** The reader's rows, and the first block at or after line `end` (the blocks from `i` on were read as lines). */
export function lineTable(
  blocks: readonly Block[],
  i: number,
  rows: RowBlock[],
  end: number,
): LineTable | null {
  if (rows.length < MIN_RECORDS) return null;
  let after = i;
  while (after < blocks.length && (blocks[after]?.index ?? Number.POSITIVE_INFINITY) < end) after++;
  return { rows, end: after };
}

/**
 * How often each line's key occurs in a document (null keys not counted), counted once per document: the
 * readers are tried at every block.
 */
export function countedOnce(
  keyOf: (text: string) => string | null,
): (lines: readonly Line[]) => Map<string, number> {
  const known = new WeakMap<readonly Line[], Map<string, number>>();
  return (lines) => {
    const cached = known.get(lines);
    if (cached !== undefined) return cached;
    const counts = new Map<string, number>();
    for (const line of lines) {
      const key = keyOf(line.text);
      if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    known.set(lines, counts);
    return counts;
  };
}

/**
 * A record's field names from line `first`, which opens each record with `opener`: the names printed as
 * often as it, up to its next record; null when fewer than two records or `minFields` names.
 */
export function recordNames(
  lines: readonly Line[],
  first: number,
  opener: string,
  nameOf: (text: string) => string | null,
  counts: ReadonlyMap<string, number>,
  minFields: number,
): string[] | null {
  const records = counts.get(opener) ?? 0;
  if (records < MIN_RECORDS) return null;
  const names = [opener];
  for (let j = first + 1; j < lines.length; j++) {
    const name = nameOf(lines[j]?.text ?? '');
    if (name === opener) break;
    if (name !== null && !names.includes(name) && counts.get(name) === records) names.push(name);
  }
  return names.length >= minFields ? names : null;
}
