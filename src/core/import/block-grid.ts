import type { Block, RowBlock } from './blocks.ts';
import type { Line } from './clean-text.ts';
import {
  type LineTable,
  lineTable,
  namedColumns,
  readWithin,
  refUnderRefTitle,
  rowBlock,
} from './line-tables.ts';
import { type Column, roleOf } from './table.ts';
import { wordCount } from './text-util.ts';

// A Word table pasted a cell a line with a blank line between its rows, whose first column is not a ref
// ("Report", "PAC rec.", "Recommendation", "Government reply", "Target date", ...): a row's cells are
// counted from both of its ends, so a reply printed over several paragraphs cannot shift the columns.

const MIN_COLUMNS = 4;
const MAX_COLUMNS = 10;
const MAX_TITLE_WORDS = 6;
// "Table 1: Recommendations and replies": the table's caption, above its titles.
const CAPTION = /^(?:table|figure|appendix|annex)\s+[\w.]+\s*[:.-]/i;

/** The column titles on the lines from `first`: one short line each, then a blank line. */
function titlesAt(lines: readonly Line[], first: number): Column[] | null {
  const names: string[] = [];
  for (let j = first; j < lines.length && names.length <= MAX_COLUMNS; j++) {
    const line = lines[j];
    if (line === undefined || line.row !== null || line.bullet || line.listMark) return null;
    if (j > first && line.gapBefore > 0) break;
    // "Ref ... Approved at" then "20/21-CDI-01" with no blank line between: the first row's ref.
    if (names.length >= MIN_COLUMNS && refUnderRefTitle(line.text) && roleOf(names[0] ?? '') === 'ref') break;
    const words = wordCount(line.text);
    // "PAC rec." is a title; "The sub-group should note the ratings." is a sentence.
    const sentence = /[:;]$/.test(line.text) || (words > 3 && /\.$/.test(line.text));
    if (words > MAX_TITLE_WORDS || CAPTION.test(line.text) || sentence) return null;
    names.push(line.text);
  }
  if (names.length < MIN_COLUMNS || names.length > MAX_COLUMNS) return null;
  const columns = namedColumns(names, first);
  if (columns === null || columns.filter((c) => c.role === 'item').length !== 1) return null;
  const answered = columns.some((c) => c.role === 'force' || c.role === 'pcc');
  return answered ? columns : null;
}

/** The lines of the row starting at `from`, up to the next blank line. */
function rowLines(lines: readonly Line[], from: number): Line[] {
  const out: Line[] = [];
  for (let j = from; j < lines.length; j++) {
    const line = lines[j];
    if (line === undefined || line.row !== null || (j > from && line.gapBefore > 0)) break;
    out.push(line);
  }
  return out;
}

/** A line that carries on the cell above it: a bullet, a lower-case start, or after a colon. */
function carriesOn(line: Line, before: Line): boolean {
  return line.bullet || /^[a-z]/.test(line.text) || /:$/.test(before.text);
}

/**
 * A row's cells: a line each before the item and after the first answer, the item taking the lines that carry
 * it on, the first answer the rest.
 */
function cellsOf(row: readonly Line[], columns: readonly Column[]): string[] {
  const item = columns.findIndex((c) => c.role === 'item');
  const after = columns.length - item - 2;
  const cells = row.slice(0, item).map((l) => l.text);
  let k = item + 1;
  while (k < row.length - after - 1 && carriesOn(row[k] as Line, row[k - 1] as Line)) k++;
  cells.push(
    row
      .slice(item, k)
      .map((l) => l.text)
      .join(' '),
  );
  cells.push(
    row
      .slice(k, row.length - after)
      .map((l) => l.text)
      .join(' '),
  );
  cells.push(...row.slice(row.length - after).map((l) => l.text));
  return cells;
}

/** The rows of a blank-line-separated cell-a-line table whose titles start block i, and the block after it. */
export function blockGrid(blocks: readonly Block[], i: number, lines: readonly Line[]): LineTable | null {
  const start = readWithin(blocks[i], (line) => titlesAt(lines, line));
  if (start === null) return null;
  const { at: first, found: columns } = start;
  const rows: RowBlock[] = [];
  let j = first + columns.length;
  while (j < lines.length) {
    const row = rowLines(lines, j);
    if (row.length < columns.length) break;
    const read = rowBlock(cellsOf(row, columns), columns, j);
    if (read === null) break;
    rows.push(read);
    j += row.length;
  }
  return lineTable(blocks, i, rows, j);
}
