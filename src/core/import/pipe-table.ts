import { matchLabel } from './labels.ts';
import type { Raw } from './raw-lines.ts';
import { type Column, finish, type Table } from './table.ts';
import { joinFragments, toRow } from './table-rows.ts';
import { endsSentence, squash } from './text-util.ts';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?\|?\s*$/;
// Between two pages of one table: the footer, a marking, the header again. Further away, it has ended.
const MAX_BREAK_LINES = 8;

type Cells = Map<number, string[]>;

function cellsOf(text: string): string[] {
  return text
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => squash(cell.replace(/<br\s*\/?>/gi, ' ').replace(/\*\*|__/g, '')));
}

function isHeader(raws: readonly Raw[], i: number): boolean {
  const head = raws[i];
  const rule = raws[i + 1];
  return head !== undefined && rule !== undefined && PIPE_ROW.test(head.text) && SEPARATOR.test(rule.text);
}

/** Where the same table carries on after a page's furniture, or -1 when it does not. */
function resumesAt(raws: readonly Raw[], from: number, header: string): number {
  for (let j = from; j < Math.min(raws.length, from + MAX_BREAK_LINES); j++) {
    const raw = raws[j];
    if (raw === undefined) break;
    if (PIPE_ROW.test(raw.text)) {
      return isHeader(raws, j) && cellsOf(raw.text).join(' | ').toLowerCase() === header ? j + 2 : -1;
    }
  }
  return -1;
}

/**
 * A row starts where its ref cell is filled; without a ref column, where the item cell starts a new
 * sentence after a finished one. Other lines are the cells of the row above, wrapped (monospace exports
 * of Word tables hard-wrap every cell).
 */
function startsRow(line: readonly string[], open: Cells | null, ref: number, item: number): boolean {
  if (open === null) return true;
  if (ref >= 0) return (line[ref] ?? '') !== '';
  const text = line[item] ?? '';
  if (text === '') return false;
  if (matchLabel(text)?.number != null) return true;
  const before = open.get(item) ?? [];
  return endsSentence(before[before.length - 1] ?? '') && /^[A-Z0-9"'“‘(]/.test(text);
}

/** A Markdown table ("| Recommendation | Force response |" over "|---|---|"), its wrapped rows re-joined. */
export function pipeTable(raws: readonly Raw[], i: number): Table | null {
  if (!isHeader(raws, i)) return null;
  const names = cellsOf(raws[i]?.text ?? '');
  const found = finish(
    names.map((name, k): Column => ({ start: k, role: 'other', name })),
    i,
    i + 2,
  );
  if (found === null) return null;
  const header = names.join(' | ').toLowerCase();
  const ref = found.columns.findIndex((c) => c.role === 'ref');
  const item = found.columns.findIndex((c) => c.role === 'item');
  const rows: Table['rows'] = [];
  let open: Cells | null = null;
  let at = i + 2;
  const flush = () => {
    const row = open === null ? null : toRow(joined(open), found.columns, null);
    if (row) rows.push({ at, row });
    open = null;
  };
  let j = i + 2;
  while (j < raws.length) {
    const text = raws[j]?.text ?? '';
    if (!PIPE_ROW.test(text)) {
      const next = resumesAt(raws, j, header);
      if (next < 0) break;
      j = next;
      continue;
    }
    const line = cellsOf(text);
    if (startsRow(line, open, ref, item)) {
      flush();
      open = new Map();
      at = j;
    }
    const cells: Cells = open ?? new Map();
    line.forEach((cell, k) => {
      if (cell !== '') cells.set(k, [...(cells.get(k) ?? []), cell]);
    });
    open = cells;
    j++;
  }
  flush();
  return { start: i, end: j, header, rows };
}

function joined(cells: Cells): Cells {
  return new Map([...cells].map(([k, parts]) => [k, [joinFragments(parts)]]));
}
