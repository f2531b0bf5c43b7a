import type { Block } from './blocks.ts';
import type { Line } from './clean-text.ts';
import { appendValue, countedOnce, type LineTable, recordList, recordNames } from './line-tables.ts';
import { roleOf } from './table.ts';
import { wordCount } from './text-util.ts';

/*
 * A register's print view, a record a block of "Key: value" lines ("ID: 31" / "Type: Cause of concern" /
 * "Source: ..." / "Finding or recommendation:" over its words / "Owner: ..." / "Marchshire position:" over its
 * answer), record after record. The keys repeat in every record: that is how a record's fields are told from
 * a paragraph that happens to open with a colon.
 */

const MIN_FIELDS = 4;
// "Deadline set by the inspectorate:", "Evidence submitted by Wessex Police:": a closure paper's longer keys.
const MAX_KEY_WORDS = 6;
const MAX_BETWEEN_WORDS = 5;
const KEY = /^([A-Z][A-Za-z'’]*(?:\s+[A-Za-z'’]+){0,5})\s*:(?:\s+(.*))?$/;

type Field = { key: string; value: string | null };

function fieldOf(text: string): Field | null {
  const match = KEY.exec(text);
  if (match?.[1] === undefined || wordCount(match[1]) > MAX_KEY_WORDS) return null;
  return { key: match[1], value: match[2] ?? null };
}

// How often each key opens a line.
const keyOf = (text: string) => fieldOf(text)?.key ?? null;
const keyCounts = countedOnce(keyOf);

/** The record's keys from line `first`, which opens with its ref ("ID: 31"), when they repeat record by record. */
function keysAt(lines: readonly Line[], first: number): string[] | null {
  const opener = fieldOf(lines[first]?.text ?? '');
  if (opener === null || opener.value === null || roleOf(opener.key) !== 'ref') return null;
  return recordNames(lines, first, opener.key, keyOf, keyCounts(lines), MIN_FIELDS);
}

/** Each record's values by key index from line `first`, and the index of the line after the last record. */
function readRecords(
  lines: readonly Line[],
  first: number,
  keys: readonly string[],
): { values: Map<number, string>[]; end: number } {
  const values: Map<number, string>[] = [];
  let open = -1;
  let j = first;
  for (; j < lines.length; j++) {
    const line = lines[j];
    if (line === undefined || line.row !== null) break;
    const field = fieldOf(line.text);
    const k = field === null ? -1 : keys.indexOf(field.key);
    if (k === 0) values.push(new Map());
    const record = values[values.length - 1];
    if (record === undefined) break;
    if (k >= 0) {
      open = k;
      if (field?.value) record.set(k, field.value);
      continue;
    }
    // Between records ("Item 2 of 10") the page speaks in short lines; a value runs on only under its key, and a
    // paragraph after a blank line is the page's own again.
    if (line.gapBefore > 0) {
      if (wordCount(line.text) > MAX_BETWEEN_WORDS) break;
      open = -1;
      continue;
    }
    // "Linked to: ..." in some records only: a field of its own, which ends the value above it.
    if (field !== null) open = -1;
    if (open < 0) continue;
    appendValue(record, open, line.text);
  }
  return { values, end: j };
}

/** The rows of a "Key: value" register whose first record starts at block i, and the block after it. */
export function keyedRecords(blocks: readonly Block[], i: number, lines: readonly Line[]): LineTable | null {
  return recordList(blocks, i, lines, {
    namesAt: keysAt,
    records: readRecords,
    // "ID: 31" numbers the register's records, not the inspectorate's items.
    columns: (named) =>
      named.some((c) => c.role === 'item')
        ? named.map((c) => (/^id$/i.test(c.name) ? { ...c, role: 'other' as const } : c))
        : null,
    accepts: () => true,
  });
}
