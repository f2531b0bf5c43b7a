import { matchLabel } from './labels.ts';
import type { Raw } from './raw-lines.ts';
import { type Column, finish, type Table } from './table.ts';
import { joinFragments, toRow } from './table-rows.ts';
import { endsSentence, squash } from './text-util.ts';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
// "Done | AFI | Dorset area for improvement | Lead": a table typed or exported without its outer pipes and
// without a rule under its header (Markdown allows both). Its rows have as many cells as its header.
const BARE_ROW = /^[^|]*\S\s+\|\s+\S.*\|/;
const MIN_BARE_CELLS = 3;
const SEPARATOR = /^\s*\|?(?:\s*:?[-=]{3,}:?\s*\|)+\s*(?::?[-=]{3,}:?\s*)?\|?\s*$/;
// A grid table's border ("+-----+-----+", "+=====+=====+" under the header), as text exports of Word draw them.
const BORDER = /^\s*\+(?:[-=:]{2,}\+)+\s*$/;
// Between two pages of one table: the footer, a marking, the header again. Further away, it has ended.
const MAX_BREAK_LINES = 8;

type Cells = Map<number, string[]>;
type Header = { names: string[]; body: number; bare?: boolean };

function bareRow(text: string, cells: number): boolean {
  return !PIPE_ROW.test(text) && BARE_ROW.test(text) && cellsOf(text).length === cells;
}

function cellsOf(text: string): string[] {
  return text
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => squash(cell.replace(/<br\s*\/?>/gi, ' ').replace(/\*\*|__/g, '')));
}

/** Column titles at line i: a Markdown header over its "|---|" rule, or a grid's rows between borders. */
function headerAt(raws: readonly Raw[], i: number): Header | null {
  const text = (j: number) => raws[j]?.text ?? '';
  if (PIPE_ROW.test(text(i)) && SEPARATOR.test(text(i + 1))) return { names: cellsOf(text(i)), body: i + 2 };
  const names = cellsOf(text(i));
  if (names.length >= MIN_BARE_CELLS && bareRow(text(i), names.length) && bareRow(text(i + 1), names.length))
    return { names, body: i + 1, bare: true };
  if (!BORDER.test(text(i))) return null;
  let k = i + 1;
  while (k < raws.length && PIPE_ROW.test(text(k))) k++;
  if (k === i + 1 || !BORDER.test(text(k))) return null;
  const grid: string[] = [];
  for (let j = i + 1; j < k; j++) {
    cellsOf(text(j)).forEach((cell, c) => {
      grid[c] = squash(`${grid[c] ?? ''} ${cell}`);
    });
  }
  return { names: grid, body: k + 1 };
}

function headerKey(names: readonly string[]): string {
  return names.join(' | ').toLowerCase();
}

/** Where the same table carries on after a page's furniture, or -1 when it does not. */
function resumesAt(raws: readonly Raw[], from: number, header: string): number {
  for (let j = from; j < Math.min(raws.length, from + MAX_BREAK_LINES); j++) {
    const raw = raws[j];
    if (raw === undefined) break;
    if (PIPE_ROW.test(raw.text) || BORDER.test(raw.text)) {
      const again = headerAt(raws, j);
      return again !== null && headerKey(again.names) === header ? again.body : -1;
    }
  }
  return -1;
}

/**
 * A row starts where its ref cell is filled, or after a grid's border; without either, where the item
 * cell starts a new sentence after a finished one. Other lines are the cells of the row above, wrapped
 * (text exports of Word tables hard-wrap every cell).
 */
function startsRow(
  line: readonly string[],
  open: Cells | null,
  columns: { ref: number; item: number },
  afterBorder: boolean,
): boolean {
  if (open === null || afterBorder) return true;
  if (columns.ref >= 0) return (line[columns.ref] ?? '') !== '';
  // A wrapped line leaves the cells that did not wrap empty; one with every cell filled is a row of its own
  // ("| Report released | 19 July 2007 |").
  if (line.length > 1 && line.every((cell) => cell !== '')) return true;
  const text = line[columns.item] ?? '';
  if (text === '') return false;
  if (matchLabel(text)?.number != null) return true;
  const before = open.get(columns.item) ?? [];
  return endsSentence(before[before.length - 1] ?? '') && /^[A-Z0-9"'“‘(]/.test(text);
}

/** A Markdown or grid table of items, its wrapped rows re-joined across lines and pages. */
export function pipeTable(raws: readonly Raw[], i: number): Table | null {
  const head = headerAt(raws, i);
  if (head === null) return null;
  const found = finish(
    head.names.map((name, k): Column => ({ start: k, role: 'other', name })),
    i,
    head.body,
  );
  if (found === null) return null;
  const header = headerKey(head.names);
  const columns = {
    ref: found.columns.findIndex((c) => c.role === 'ref'),
    item: found.columns.findIndex((c) => c.role === 'item'),
  };
  const rows: Table['rows'] = [];
  let open: Cells | null = null;
  let at = head.body;
  let afterBorder = false;
  // A row without a ref that ends with a colon ("Within three months, the force should make sure that:")
  // is the stem of the rows below it.
  let stem: string | null = null;
  const flush = () => {
    // With a ref column, a row without a ref is a group title ("**Source: NAO - Lessons learned ...**").
    const grouping = open !== null && columns.ref >= 0 && (open.get(columns.ref) ?? []).length === 0;
    const cells = open === null ? null : joined(open);
    if (cells !== null && grouping) {
      const text = cells.get(columns.item)?.[0] ?? '';
      stem = /:$/.test(text) ? text : null;
    }
    const row = cells === null || grouping ? null : toRow(cells, found.columns, null);
    if (row && stem !== null) row.text = `${stem} ${row.text}`;
    if (row) rows.push({ at, row });
    open = null;
  };
  let j = head.body;
  while (j < raws.length) {
    const text = raws[j]?.text ?? '';
    if (BORDER.test(text) || SEPARATOR.test(text)) {
      afterBorder = true;
      j++;
      continue;
    }
    const inRow = head.bare ? bareRow(text, head.names.length) : PIPE_ROW.test(text);
    if (!inRow) {
      if (head.bare) break;
      const next = resumesAt(raws, j, header);
      if (next < 0) break;
      j = next;
      afterBorder = false;
      continue;
    }
    const line = cellsOf(text);
    if (startsRow(line, open, columns, afterBorder)) {
      flush();
      open = new Map();
      at = j;
    }
    afterBorder = false;
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
