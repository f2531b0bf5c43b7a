import { readRecord } from './delimited-table.ts';
import type { Raw } from './raw-lines.ts';
import { STRONG, weRecommend } from './stem-words.ts';
import { type Column, finish, type Table } from './table.ts';
import { toRow } from './table-rows.ts';
import { endsSentence, wordCount } from './text-util.ts';

/*
 * Rows copied out of a register or a task export without the row of column titles: "TFA-EDI-08|Recommendation|
 * give greater priority to ...|By 30 September 2021|EDI awareness is now ...|Head of Inclusion". What each
 * column holds is read from the cells themselves: the column of long sentences is the items' words, a column
 * of "Recommendation" / "Cause of concern" their kind, short codes ending in a number their references, "By
 * 30 September 2021" their deadlines, and sentences to the right of the words the office's answer.
 */

type Cells = string[];

const MIN_ROWS = 2;
const MIN_COLUMNS = 3;
const MIN_ITEM_WORDS = 10;
const MIN_ANSWER_WORDS = 5;
const MIN_ROW_WORDS = 4;

const KIND_CELL = /^(?:recommendations?|causes? of concern|areas? for improvement|afis?)$/i;
// "TFA-EDI-07", "R4", "12", "1. Pull factors" (a task named after the recommendation's number).
const REF_CELL = /^(?:[A-Za-z]{1,8}[-/ ]?){0,3}\d{1,4}[a-z]?$|^\d{1,3}[.)]\s+\S/;
const DUE_CELL = /^(?:by|before|within|no later than)\s+\S|^immediate(?:ly)?$/i;
const EMPTY = /^(?:|-|–|—|n\/a)$/i;

function cellDelimiter(line: string): string | null {
  if (line.split('\t').length >= MIN_COLUMNS + 1) return '\t';
  // "a|b|c": a register's export; a Markdown table's "| a | b |" is read as one elsewhere.
  if (!line.trim().startsWith('|') && line.split('|').length >= MIN_COLUMNS + 1) return '|';
  return null;
}

function averageWords(rows: readonly Cells[], k: number): number {
  return rows.reduce((sum, cells) => sum + wordCount(cells[k] ?? ''), 0) / rows.length;
}

function allCells(rows: readonly Cells[], k: number, test: RegExp): boolean {
  const filled = rows.map((cells) => cells[k] ?? '').filter((c) => !EMPTY.test(c.trim()));
  return filled.length > 0 && filled.every((c) => test.test(c.trim()));
}

/** Titles the rows' own cells imply, in words the table reader knows; null without a column of items. */
function impliedTitles(rows: readonly Cells[]): string[] | null {
  const width = rows[0]?.length ?? 0;
  const columns = [...Array(width).keys()];
  const item = columns.reduce((best, k) => (averageWords(rows, k) > averageWords(rows, best) ? k : best), 0);
  // A row of titles ("Ref | Recommendation | Owner") or of a sheet's column letters is a header: the table
  // is read by it, not by its cells.
  if (
    averageWords(rows, item) < MIN_ITEM_WORDS ||
    rows.some((cells) => wordCount(cells[item] ?? '') < MIN_ROW_WORDS)
  )
    return null;
  // The references are those of the rows that are items: a chore among a task export's rows has none.
  const items = rows.filter(
    (cells) => directs(cells[item] ?? '') || cells.some((c) => KIND_CELL.test(c.trim())),
  );
  const ref = columns.find((k) => k < item && allCells(items, k, REF_CELL));
  return columns.map((k) => {
    if (k === item) return 'Recommendation';
    if (k === ref) return 'Ref';
    if (allCells(rows, k, KIND_CELL)) return 'Type';
    if (allCells(rows, k, DUE_CELL)) return 'Deadline';
    const answers =
      k > item &&
      averageWords(rows, k) >= MIN_ANSWER_WORDS &&
      rows.every((cells) => EMPTY.test((cells[k] ?? '').trim()) || endsSentence(cells[k] ?? ''));
    return answers ? 'Response' : `Column ${k + 1}`;
  });
}

// A row is an item where its type says so or its words direct someone; a task export's own chores ("Ask
// Thamesmere Airport to confirm ...") sit among them.
function itemRow(cells: Cells, columns: readonly Column[]): boolean {
  const at = (role: Column['role']) => cells[columns.find((c) => c.role === role)?.start ?? -1] ?? '';
  const text = at('item');
  return KIND_CELL.test(at('kind').trim()) || directs(text);
}

function directs(text: string): boolean {
  return STRONG.test(text) || weRecommend(text);
}

export function headerlessTable(raws: readonly Raw[], i: number): Table | null {
  const delimiter = cellDelimiter(raws[i]?.original ?? '');
  if (delimiter === null) return null;
  const width = readRecord(raws, i, delimiter)?.cells.length ?? 0;
  const above = i > 0 ? readRecord(raws, i - 1, delimiter) : null;
  if (above !== null && above.cells.length === width) return null;
  const records: { cells: Cells; first: number }[] = [];
  let j = i;
  for (let read = readRecord(raws, j, delimiter); read?.cells.length === width; ) {
    records.push(read);
    j = read.last + 1;
    read = readRecord(raws, j, delimiter);
  }
  if (records.length < MIN_ROWS) return null;
  const titles = impliedTitles(records.map((r) => r.cells));
  if (titles === null) return null;
  const found = finish(
    titles.map((name, k): Column => ({ start: k, role: 'other', name })),
    i,
    i,
  );
  if (found === null) return null;
  const ref = found.columns.find((c) => c.role === 'ref')?.start;
  const rows: Table['rows'] = [];
  for (const { cells, first } of records) {
    if (!itemRow(cells, found.columns)) continue;
    // "1. Pull factors": a task named by its recommendation's number; the number is the reference.
    const numbered = cells.map((c, k) => (k === ref ? c.replace(/^(\d{1,3})[.)]\s.*$/, '$1') : c));
    const row = toRow(new Map(numbered.map((c, k) => [k, c === '' ? [] : [c]])), found.columns, null);
    if (row) rows.push({ at: first, row });
  }
  return rows.length === 0 ? null : { start: i, end: j, header: titles.join(' | ').toLowerCase(), rows };
}
