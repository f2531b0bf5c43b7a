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

// A row's own reference, alone on its line: "WX-LA-01", a log's refs with its prefix and a series; "(1)";
// "CoC", a cause of concern's short ref, which carries no number when there is only one; "Rec 1", "AFI 2";
// "-" for a row the source did not number.
export const REF_CELL =
  /^\(?(?:[A-Z]{1,4}[-.]){0,2}[A-Z]{0,4}[-.]?\d{1,3}(?:\.\d{1,2})?\)?$|^(?:CoC|COC|CfC|AFI)\d{0,2}$|^(?:Rec\.?|AFI|CoC)\s\d{1,3}$|^[-–—]$/;

// Any one word with a digit in it, "R4", "12.", "20/21-CDI-01", reads as a ref under a column titled as refs.
const REF_WORD = /^(?=\S*\d)[A-Z0-9][\w/.-]{0,19}$/;

export function refUnderRefTitle(text: string): boolean {
  return REF_WORD.test(text) || REF_CELL.test(text);
}

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

/**
 * The first line of a heading or paragraph at which `read` finds what it looks for: a table's first title (or
 * a list's first field name) may have run into the paragraph above it ("Appendix A - ... position" ends no
 * sentence, so "No." joined it).
 */
export function readWithin<T>(
  block: Block | undefined,
  read: (line: number) => T | null,
): { at: number; found: T } | null {
  if (block?.type !== 'heading' && block?.type !== 'para') return null;
  const last = block.type === 'para' ? block.end : block.index;
  for (let at = block.index; at <= last; at++) {
    const found = read(at);
    if (found !== null) return { at, found };
  }
  return null;
}

/** Adds a line to a record's field, after what the field holds already. */
export function appendValue(record: Map<number, string>, field: number, text: string): void {
  const before = record.get(field);
  record.set(field, before === undefined ? text : `${before} ${text}`);
}

/** A list of records, a field a line or a "Key: value" line: where its names start, and how its records read. */
export type RecordReader = {
  namesAt: (lines: readonly Line[], line: number) => string[] | null;
  records: (
    lines: readonly Line[],
    first: number,
    names: readonly string[],
  ) => { values: Map<number, string>[]; end: number };
  /** The columns as the list means them, or null when they cannot hold its items. */
  columns: (named: Column[]) => Column[] | null;
  /** Whether the values read are the list's records, not a page that merely looked like one. */
  accepts: (values: readonly Map<number, string>[]) => boolean;
};

/** The rows of a list of records whose names start in block i, and the block after it. */
export function recordList(
  blocks: readonly Block[],
  i: number,
  lines: readonly Line[],
  reader: RecordReader,
): LineTable | null {
  const start = readWithin(blocks[i], (line) => reader.namesAt(lines, line));
  if (start === null) return null;
  const { at: first, found: names } = start;
  const named = namedColumns(names, first);
  const columns = named === null ? null : reader.columns(named);
  if (columns === null) return null;
  const { values, end } = reader.records(lines, first, names);
  if (!reader.accepts(values)) return null;
  const rows = values.flatMap((record) => rowBlock(record, columns, first) ?? []);
  return lineTable(blocks, i, rows, end);
}
