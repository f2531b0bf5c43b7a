import type { Block, RowBlock } from './blocks.ts';
import type { Line } from './clean-text.ts';
import { matchLabel } from './labels.ts';
import { type LineTable, lineTable, REF_CELL, readWithin, rowBlock } from './line-tables.ts';
import { type Column, finish, roleOf } from './table.ts';
import { wordCount } from './text-util.ts';

// A Word table read as plain text, one cell per line, whose first column is each row's ref ("RA1", "R2",
// "3"): the ref lines mark where rows start, so a cell that runs over several lines (a stem and its bullets)
// cannot shift the columns after it the way counting cells would.

const MAX_COLUMNS = 8;
// A column title may carry a gloss: "Area for improvement (as published by HMICFRS)".
const MAX_TITLE_WORDS = 8;
/** The column titles on the lines from `first` when they start with a ref column and name an item column. */
function titlesAt(lines: readonly Line[], first: number): Column[] | null {
  const titled: Column[] = [];
  for (let j = first; j < lines.length && titled.length < MAX_COLUMNS; j++) {
    const line = lines[j];
    if (line === undefined || line.row !== null || (j > first && line.gapBefore > 0)) break;
    if (REF_CELL.test(line.text) || wordCount(line.text) > MAX_TITLE_WORDS) break;
    titled.push({ start: titled.length, role: 'other', name: line.text });
  }
  if (titled.length < 3 || !REF_CELL.test(lines[first + titled.length]?.text ?? '')) return null;
  // The first column holds the refs whatever its title says ("Concern" over "(1)", "(2)").
  const firstTitle = titled[0]?.name ?? '';
  if (roleOf(firstTitle) !== 'ref' && wordCount(firstTitle) > 2) return null;
  // "Action plan" over "No.": a heading above the titles, the ref column's own title the next line.
  if (roleOf(firstTitle) !== 'ref' && roleOf(titled[1]?.name ?? '') === 'ref') return null;
  // The ref column counts among the table's kinds of column, whatever its title: "Number", "Recommendation",
  // "Relevance to Thamesmere" is a table of items even with no answer or date column.
  const columns = finish(
    [{ start: 0, role: 'ref', name: 'Ref' }, ...titled.slice(1)],
    first,
    first,
  )?.columns.slice(1);
  if (columns === undefined || columns.filter((c) => c.role === 'item').length !== 1) return null;
  return [{ start: 0, role: 'ref', name: firstTitle }, ...columns];
}

/** The lines after a row's ref up to the next ref, blank line or laid-out row. */
function rowLines(lines: readonly Line[], from: number): Line[] {
  const out: Line[] = [];
  for (let j = from; j < lines.length; j++) {
    const line = lines[j];
    if (line === undefined || line.row !== null || line.gapBefore > 0 || REF_CELL.test(line.text)) break;
    out.push(line);
  }
  return out;
}

/** A bullet, or a line that carries on a sentence, belongs to the cell above it; "n/a" is a cell of its own. */
function carriesOn(line: Line, before: string): boolean {
  if (/^(?:n\/a|tbc|tbd|none|nil)$/i.test(line.text)) return false;
  return line.bullet || /^[a-z]/.test(line.text) || /[:;,]$/.test(before);
}

/**
 * The rows of a ref-keyed grid whose titles start block i, and the block after it; null when there is none.
 * It reads the lines, not the blocks: paragraphs may have joined a row's cells.
 */
export function keyedGrid(blocks: readonly Block[], i: number, lines: readonly Line[]): LineTable | null {
  const start = readWithin(blocks[i], (line) => titlesAt(lines, line));
  if (start === null) return null;
  const { at: first, found: columns } = start;
  const rows: RowBlock[] = [];
  let j = first + columns.length;
  while (j < lines.length) {
    const at = j;
    const ref = lines[at];
    if (ref === undefined || ref.row !== null || !REF_CELL.test(ref.text)) break;
    const units: string[] = [ref.text];
    // A row with exactly a line per cell keeps each line a cell, even one that opens in lower case ("the force
    // needs to improve ...", quoted from a news release).
    const exact = rowLines(lines, at + 1).length === columns.length - 1;
    // "R1" then "Recommendation 1" on a line of its own, then the words: the label titles the item's cell.
    let title: string | null = null;
    for (j++; j < lines.length; j++) {
      const line = lines[j];
      // A dash starts the next row only once this one is full; before that it is an empty cell ("Status: -").
      const dash = /^[-–—]$/.test(line?.text ?? '');
      if (line === undefined || line.row !== null || line.gapBefore > 0) break;
      if (REF_CELL.test(line.text) && (!dash || units.length >= columns.length)) break;
      if (units.length === 1 && title === null && matchLabel(line.text)?.rest === '') {
        title = line.text;
        continue;
      }
      if (units.length === 1 && title !== null) {
        units.push(`${title}: ${line.text}`);
        continue;
      }
      const last = units.length - 1;
      const before = units[last] ?? '';
      // The first cell after the ref may be a title ("HMICFRS, Lancashire - ... (2018)") that a sentence in
      // lower case does not carry on; its own stem and bullets do.
      const carried = !exact && carriesOn(line, before) && (last >= 2 || line.bullet || /:$/.test(before));
      if (last >= 1 && (units.length >= columns.length || carried)) units[last] = `${before} ${line.text}`;
      else units.push(line.text);
    }
    const row = rowBlock(units, columns, at);
    if (row === null) return null;
    rows.push(row);
  }
  return lineTable(blocks, i, rows, j);
}
