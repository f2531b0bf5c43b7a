import { blockGrid } from './block-grid.ts';
import type { Block, Heading, Para, RowBlock } from './blocks.ts';
import type { Line } from './clean-text.ts';
import { fieldRecords } from './field-records.ts';
import { keyedGrid } from './keyed-grid.ts';
import { keyedRecords } from './keyed-records.ts';
import { classifyHeading } from './sections.ts';
import { type Column, roleOf, splitAddressees, type TableRow } from './table.ts';
import { toRow } from './table-rows.ts';
import { wordCount } from './text-util.ts';

// A Word table read as plain text (mammoth's raw text) comes out one cell per paragraph: the column titles
// ("Recommendation", "Force response", "PCC response", "Timescale"), then each row's cells in order.
type Role = ReturnType<typeof roleOf>;

const MAX_TITLE_WORDS = 6;

function cellText(block: Block): string | null {
  if (block.type === 'para' || block.type === 'heading') return block.text;
  // A bare "Recommendation" title reads as an unnumbered label with nothing after it.
  if (block.type === 'label' && block.match.number === null && block.match.rest === '') {
    return block.match.kind === 'recommendation' ? 'Recommendation' : block.match.kind.replace(/_/g, ' ');
  }
  return null;
}

/** The column titles starting at block i, or null when the blocks there are not a table's header. */
function titlesAt(blocks: readonly Block[], i: number): Column[] | null {
  const columns: Column[] = [];
  for (let j = i; j < blocks.length && columns.length < 8; j++) {
    const block = blocks[j];
    const text = block === undefined ? null : cellText(block);
    if (text === null || wordCount(text) > MAX_TITLE_WORDS) break;
    const role = roleOf(text);
    if (role === 'other') break;
    columns.push({ start: columns.length, role, name: text });
  }
  const roles = columns.map((c) => c.role);
  const distinct = new Set(roles);
  const replies = distinct.has('force') || distinct.has('pcc') || distinct.has('due');
  // "No." over the row numbers may come first: one column then holds the items.
  const first = roles[0] === 'item' || (roles[0] === 'ref' && roles.filter((r) => r === 'item').length === 1);
  return first && roles.length >= 3 && replies ? columns : null;
}

function rowOf(block: Block & { type: 'label' }, cells: string[], roles: readonly Role[]): TableRow {
  const rest = roles.slice(1);
  const own = block.match.rest === '' ? [] : [block.match.rest];
  // The cells after the item's text fill the other columns from the right: the item may run over
  // several paragraphs, the replies and the date are one each.
  const all = [...own, ...cells];
  const split = Math.max(1, all.length - rest.length);
  const itemText = all.slice(0, split).join(' ');
  const row: TableRow = {
    kind: block.match.kind,
    label: block.match.label,
    number: block.match.number,
    text: itemText,
    force: null,
    pcc: null,
    due: null,
    anchor: null,
    addressees: [],
  };
  all.slice(split).forEach((cell, k) => {
    const role = rest[k];
    if (role === 'force') row.force = row.force === null ? cell : `${row.force} ${cell}`;
    else if (role === 'pcc') row.pcc = row.pcc === null ? cell : `${row.pcc} ${cell}`;
    else if (role === 'due') row.due = cell;
    else if (role === 'addressees') row.addressees = splitAddressees(cell);
  });
  return row;
}

/**
 * Rows one paragraph a cell, numbered in a column of their own or not at all: the paragraphs up to the next
 * heading fill the columns in turn, when they come out even and each date cell holds a date.
 */
function unlabelledGrid(
  blocks: readonly Block[],
  from: number,
  columns: readonly Column[],
): { rows: RowBlock[]; end: number } | null {
  // A date alone on its line reads as a heading, and so may a short cell ("Gwent Police"); in a table each is a
  // cell.
  const numbered = columns[0]?.role === 'ref';
  const isCell = (b: Block | undefined): b is Para | Heading =>
    b?.type === 'para' ||
    (b?.type === 'heading' && wordCount(b.text) <= 4 && (numbered || /\d/.test(b.text)));
  let end = from;
  while (isCell(blocks[end])) end++;
  const width = columns.length;
  // Numbered rows show where each starts, so a note after the table ("Key: Met = ...") is left to follow it.
  if (numbered) end -= (end - from) % width;
  const cells = blocks.slice(from, end) as (Para | Heading)[];
  if (cells.length < width || cells.length % width !== 0) return null;
  const rows: RowBlock[] = [];
  for (let r = 0; r < cells.length; r += width) {
    const own = cells.slice(r, r + width);
    if (numbered && !ROW_NUMBER.test(own[0]?.text ?? '')) return null;
    const dueAt = columns.findIndex((c) => c.role === 'due');
    if (dueAt >= 0 && wordCount(own[dueAt]?.text ?? '') > 4) return null;
    const row = toRow(new Map(own.map((c, k) => [k, [c.text]])), columns, null);
    if (row === null || wordCount(row.text) < 5) return null;
    // Without a number column the rows are the table's, whatever their item column's title names.
    rows.push({
      type: 'row',
      row: numbered ? row : { ...row, kind: 'recommendation' },
      index: own[0]?.index ?? 0,
    });
  }
  return { rows, end };
}

// "1", "12.", "A3": a row's number in its own column.
const ROW_NUMBER = /^\(?[A-Z]{0,4}[-.]?\d{1,3}[.)]?$/;

/** Turns a table flattened into paragraphs back into rows, one per numbered item. */
export function unflattenTables(blocks: readonly Block[], lines: readonly Line[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const keyed =
      keyedGrid(blocks, i, lines) ??
      fieldRecords(blocks, i, lines) ??
      keyedRecords(blocks, i, lines) ??
      blockGrid(blocks, i, lines);
    if (keyed !== null) {
      out.push(...keyed.rows);
      i = keyed.end - 1;
      continue;
    }
    const columns = titlesAt(blocks, i);
    const roles = columns?.map((c) => c.role) ?? null;
    const firstRow = roles === null ? undefined : blocks[i + roles.length];
    const grid = columns === null ? null : unlabelledGrid(blocks, i + columns.length, columns);
    if (roles !== null && grid !== null) {
      out.push(...grid.rows);
      i = grid.end - 1;
      continue;
    }
    if (roles === null || firstRow?.type !== 'label' || firstRow.match.number === null) {
      const block = blocks[i];
      if (block !== undefined) out.push(block);
      continue;
    }
    let j = i + roles.length;
    while (j < blocks.length) {
      const label = blocks[j];
      if (label?.type !== 'label' || label.match.number === null) break;
      const cells: string[] = [];
      j++;
      for (; j < blocks.length; j++) {
        const cell = blocks[j];
        if (cell === undefined || cell.type === 'label' || cell.type === 'row') break;
        // A section heading ("Police and Crime Commissioner's comments") ends the table.
        if (cell.type === 'heading' && classifyHeading(cell.text) !== 'other') break;
        cells.push(cell.text);
      }
      const row: RowBlock = { type: 'row', row: rowOf(label, cells, roles), index: label.index };
      out.push(row);
    }
    i = j - 1;
  }
  return out;
}
