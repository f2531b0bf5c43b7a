import type { IsoDate } from '../dates/index.ts';
import type { ItemKind } from '../model/entities.ts';
import { matchLabel } from './labels.ts';
import { readPrintedDate } from './printed-date.ts';
import type { Raw } from './raw-lines.ts';
import { type Column, finish, splitAddressees, type Table } from './table.ts';
import { joinFragments, toRow } from './table-rows.ts';
import { endsSentence, squash, wordCount } from './text-util.ts';

/*
 * A spreadsheet saved or pasted as text: one row a record, cells split by tabs or commas, a quoted cell
 * holding commas, doubled quotes ("") and line breaks (RFC 4180). Read from the lines as given, since a
 * quoted cell may run over several physical lines that no layout rule would join.
 */

type Group = { addressees: string[]; anchor: IsoDate | null; kind: ItemKind | null };
type Record = { cells: string[]; first: number; last: number; group?: Group };

// "Recommendations made to chief constables", "Recommendation made to police and crime commissioners".
const MADE_TO =
  /^(?:recommendations?|actions?|areas? for improvement)\s+(?:made\s+|addressed\s+)?(?:to|for)\s+(.+)$/i;

// "CAUSE OF CONCERN", "RECOMMENDATIONS": a group row naming the kind of the rows below it.
const KIND_GROUP: [RegExp, ItemKind][] = [
  [/^causes? of concern$/i, 'cause_of_concern'],
  [/^areas? for improvement$/i, 'area_for_improvement'],
  [/^recommendations?$/i, 'recommendation'],
];

function groupOf(text: string): Group {
  const to = MADE_TO.exec(text)?.[1];
  const kind = KIND_GROUP.find(([pattern]) => pattern.test(text.trim()))?.[1] ?? null;
  return { addressees: to === undefined ? [] : splitAddressees(to), anchor: readPrintedDate(text), kind };
}

/** A Word table's group row that came out as a line with no tab, when a row follows it. */
function groupLine(raws: readonly Raw[], j: number, delimiter: string, width: number): string | null {
  const text = raws[j]?.text ?? '';
  if (delimiter !== '\t' || text.includes('\t') || wordCount(text) > 6 || /[.!?;:,]$/.test(text)) return null;
  const next = readRecord(raws, j + 1, delimiter);
  return next !== null && next.cells.length >= Math.min(width, 3) && groupOf(text).kind !== null
    ? text
    : null;
}

const MAX_TITLE_WORDS = 10;

// A form's response sheet titles its columns with its questions and their hints ("Paste ONE matter of concern,
// exactly as the coroner wrote it", "Who was the report sent to? (copy the 'sent to' list)"): the words before
// the hint are the title.
function titleWords(cell: string): number {
  return wordCount(cell.replace(/\([^()]*\)/g, ' ').split(/[,?]/)[0] ?? '');
}

// Excel saves "CSV" with semicolons where the decimal separator is a comma.
function delimiterOf(line: string): '\t' | ',' | ';' | null {
  if ((line.match(/\t/g) ?? []).length >= 2) return '\t';
  const commas = (line.match(/,/g) ?? []).length;
  const semicolons = (line.match(/;/g) ?? []).length;
  if (semicolons >= 2 && semicolons > commas) return ';';
  if (commas >= 2) return ',';
  return null;
}

function squashLines(cell: string): string {
  return cell
    .split('\n')
    .map(squash)
    .filter((l) => l !== '')
    .join('\n');
}

/** One record starting at raws[i]; a quote left open carries the record onto the next lines. */
export function readRecord(
  raws: readonly Pick<Raw, 'original'>[],
  i: number,
  delimiter: string,
): Record | null {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let j = i; j < raws.length; j++) {
    const line = raws[j]?.original ?? '';
    for (let k = 0; k < line.length; k++) {
      const c = line[k];
      if (quoted) {
        if (c === '"' && line[k + 1] === '"') {
          cell += '"';
          k++;
        } else if (c === '"') {
          quoted = false;
        } else {
          cell += c;
        }
      } else if (c === '"' && atCellStart) {
        quoted = true;
        atCellStart = false;
      } else if (c === delimiter) {
        cells.push(cell);
        cell = '';
        atCellStart = true;
      } else {
        if (c !== ' ') atCellStart = false;
        cell += c;
      }
    }
    if (!quoted) {
      cells.push(cell);
      // A line break typed inside a cell is kept: in a "Sent to" cell it separates one recipient from the next.
      return { cells: cells.map(squashLines), first: i, last: j };
    }
    cell += '\n';
  }
  return null;
}

function titlesOf(cells: readonly string[], i: number, words = titleWords): ReturnType<typeof finish> {
  if (cells.some((t) => words(t) > MAX_TITLE_WORDS)) return null;
  return finish(
    cells.map((name, k): Column => ({ start: k, role: 'other', name })),
    i,
    i + 1,
  );
}

// A cell's paragraphs rarely run past this many lines; further on, the record is not one row.
const MAX_CELL_LINES = 30;

/**
 * Word saves a table as text one row a line, cells split by tabs, but a paragraph break inside a cell
 * breaks the line too: "(1)<tab>When he inspected ..." / "This prevented ..." / "Also ...<tab>Our code
 * ..." / "Sample audits ...<tab>Manager<tab>31/12/2017". The lines up to the one that completes the
 * row's cells are one record, each line break a break between paragraphs of the cell it falls in.
 */
function cellParagraphs(raws: readonly Raw[], record: Record, columns: number): Record {
  if (record.cells.length >= columns) return record;
  let text = raws[record.first]?.original ?? '';
  let tabs = (text.match(/\t/g) ?? []).length;
  for (let j = record.first + 1; j < raws.length && j <= record.first + MAX_CELL_LINES; j++) {
    const raw = raws[j];
    if (raw === undefined || raw.blank) return record;
    tabs += (raw.original.match(/\t/g) ?? []).length;
    if (tabs > columns - 1) return record;
    text = `${text}\n${raw.original}`;
    if (tabs === columns - 1) {
      return { cells: text.split('\t').map(squashLines), first: record.first, last: j, group: record.group };
    }
  }
  return record;
}

/** The nearest line above `i` with words on it. */
function lineAbove(raws: readonly Raw[], i: number): string {
  for (let k = i - 1; k >= 0; k--) if (raws[k]?.blank === false) return raws[k]?.text ?? '';
  return '';
}

/** A table of items saved as tab- or comma-separated text, whose first record at line i names the columns. */
export function delimitedTable(raws: readonly Raw[], i: number): Table | null {
  const head = raws[i]?.original ?? '';
  // A Word table of two columns ("HMICFRS recommendation | Where Marchshire stands") pastes one tab a row: a
  // table when the row below it has its tab too and a sentence above introduces it ("... the service should:");
  // a PDF's two runs of text on a line, or "Raised at:<TAB>26 March 2025" in a record, are no such table.
  const pair = (line: string) => /^[^\t]+\t[^\t]+$/.test(line) && !/:\s*\t/.test(line);
  const twoColumns = pair(head) && pair(raws[i + 1]?.original ?? '') && /:\s*$/.test(lineAbove(raws, i));
  const delimiter = twoColumns ? '\t' : delimiterOf(head);
  if (delimiter === null) return null;
  const titles = readRecord(raws, i, delimiter);
  if (titles === null || titles.last !== i || titles.cells.some((t) => titleWords(t) > MAX_TITLE_WORDS))
    return null;
  const found = titlesOf(titles.cells, i);
  if (found === null) return null;
  answeredByGroup(found.columns, i > 0 ? readRecord(raws, i - 1, delimiter) : null);
  // A legend row ("RED HIGH PRIORITY  BLUE MEDIUM  ...  GREEN UPDATES") above the column titles reads like
  // titles too: the last such row before the records is the header.
  const next = readRecord(raws, i + 1, delimiter);
  // Counted whole there: a record's cell ("By 22 November 2024 (56 days from publication), publish ...") is
  // no question with a hint.
  // A row with a date in it ("BA-112,16/09/2021,Board action,...") is a record, however short its cells.
  const legend =
    next !== null &&
    next.last === i + 1 &&
    !next.cells.some((c) => readPrintedDate(c) !== null) &&
    titlesOf(next.cells, i + 1, wordCount) !== null;
  if (legend) return null;
  const records: Record[] = [];
  let j = i + 1;
  let group: Group = { addressees: [], anchor: null, kind: null };
  while (j < raws.length) {
    const read = readRecord(raws, j, delimiter);
    // Checked before the line is taken for a wrapped cell of the row below it.
    const title =
      read !== null && read.cells.length < 2 ? groupLine(raws, j, delimiter, titles.cells.length) : null;
    if (title !== null) {
      group = groupOf(title);
      j++;
      continue;
    }
    const record = read && delimiter === '\t' ? cellParagraphs(raws, read, titles.cells.length) : read;
    if (record === null || record.cells.length < 2) break;
    const filled = record.cells.filter((c) => c !== '');
    // An empty row ends the table, as a blank line would; a totals row is no item.
    if (filled.length === 0) break;
    if (/^totals?\b/i.test(record.cells[0] ?? '')) {
      j = record.last + 1;
      continue;
    }
    // In a spreadsheet export every line is a whole row, so a lone cell that ends no sentence heads a group
    // wherever it sits (";;HOME AFFAIRS COMMITTEE - Policing (HC 511);;;"); a Word table's lone cell may be a
    // wrapped line of the row above.
    const lone = filled.length === 1 ? (filled[0] ?? '') : null;
    const heads =
      lone !== null && (record.cells[0] === lone || (delimiter !== '\t' && !/[.!?;:,]["'”’]?$/.test(lone)));
    if (heads) {
      // A group row ("Recommendations made to chief constables", "Payroll - final report issued 14/06/2018")
      // says who the rows below are for, or when their report was issued.
      group = groupOf(filled[0] ?? '');
    } else {
      records.push({ ...record, group });
    }
    j = record.last + 1;
  }
  keepOneItemColumn(found.columns, records);
  const rows: Table['rows'] = [];
  const joined = fillDown(numberedRows(joinWrapped(records, found.columns), found.columns), found.columns);
  for (const { cells, first, group: above } of joined) {
    const row = toRow(cells, found.columns, above?.anchor ?? null);
    if (row && row.addressees.length === 0 && above) row.addressees = above.addressees;
    if (row && above?.kind) row.kind = above.kind;
    if (row) rows.push({ at: first, row });
  }
  return { start: i, end: j, header: titles.cells.join(' | ').toLowerCase(), rows };
}

/**
 * "Concern" holding "(1)" beside "Matter of concern" holding the words: both titles name the items, the
 * one with the longer cells is the item's text, the other its number.
 */
function keepOneItemColumn(columns: Column[], records: readonly Record[]): void {
  const items = columns.map((c, k) => ({ c, k })).filter(({ c }) => c.role === 'item');
  if (items.length < 2) return;
  const length = (k: number) => records.reduce((sum, r) => sum + (r.cells[k]?.length ?? 0), 0);
  const longest = items.reduce((best, x) => (length(x.k) > length(best.k) ? x : best));
  // With no ref column, the short one ("(1)") is how the table numbers its items.
  let ref = columns.some((c) => c.role === 'ref');
  for (const { c } of items) {
    if (c === longest.c) continue;
    c.role = ref ? 'other' : 'ref';
    ref = true;
  }
}

// A spreadsheet's two-row header: ",Source report,,,Finding,,,,Chief Constable,,,Commissioner,,": a group
// title over the columns up to the next one.
const MAX_GROUP_WORDS = 3;

/**
 * "Response" under "Chief Constable" and "Comment" under "Commissioner": the group over an answer column says
 * whose answer it is.
 */
function answeredByGroup(columns: Column[], above: { cells: string[] } | null): void {
  if (above === null || above.cells.length !== columns.length) return;
  const named = above.cells.filter((c) => c.trim() !== '');
  if (
    named.length < 2 ||
    named.length * 2 > above.cells.length ||
    named.some((c) => wordCount(c) > MAX_GROUP_WORDS)
  )
    return;
  let group = '';
  columns.forEach((column, k) => {
    group = above.cells[k]?.trim() || group;
    if (column.role !== 'force' && column.role !== 'pcc') return;
    if (/\b(?:pcc|opcc|commissioner|mayor)\b/i.test(group)) column.role = 'pcc';
    else if (/\b(?:chief constable|force|constabulary|police|service)\b/i.test(group)) column.role = 'force';
  });
}

/**
 * Where the items are numbered, a row whose number cell holds a word ("Background", "Context") sets the
 * scene for the items; it is none of them.
 */
function numberedRows(rows: Joined[], columns: readonly Column[]): Joined[] {
  const ref = columns.findIndex((c) => c.role === 'ref');
  if (ref < 0) return rows;
  const refOf = (row: Joined) => row.cells.get(ref)?.[0] ?? '';
  const numbered = rows.filter((row) => /\d/.test(refOf(row))).length;
  if (numbered < 2) return rows;
  // "1", "2", "4", then "L1": where every other number is bare, a lettered one counts another series (the
  // office's local actions beside the report's).
  // "Recommendation 1" over "1.1a", "1.1b": the report's items named as such, the office's milestones for
  // each numbered under them.
  const named = rows.some((row) => namesKind(refOf(row)));
  const milestone = (row: Joined) => named && /^\d{1,2}\.\d{1,2}[a-z]?$/.test(refOf(row));
  const bare = rows.filter((row) => /^\d/.test(refOf(row)) && !milestone(row)).length;
  const lettered = (row: Joined) => /^[A-Za-z]+[-\s]?\d/.test(refOf(row)) && !namesKind(refOf(row));
  const letteredRows = rows.filter(lettered).length;
  const other = bare >= 2 && letteredRows < bare && bare + letteredRows === numbered;
  return rows.filter(
    (row) => (refOf(row) === '' || /\d/.test(refOf(row))) && !(other && lettered(row)) && !milestone(row),
  );
}

/** "Recommendation 1", "AFI 2", "R1": a ref that is an item's own label, not an office's code ("L1"). */
function namesKind(ref: string): boolean {
  const label = matchLabel(ref);
  return label !== null && label.label !== null && label.register !== true && /^[A-Za-z]/.test(ref);
}

/**
 * A spreadsheet merges a report's cells over its rows; saved as text, only the first row keeps them. Rows
 * below inherit whom the report addresses and when it came out.
 */
function fillDown(rows: Joined[], columns: readonly Column[]): Joined[] {
  const merged = columns.flatMap((c, k) => (c.role === 'addressees' || c.role === 'anchor' ? [k] : []));
  let previous: Joined | undefined;
  for (const row of rows) {
    for (const k of merged) {
      const above = previous?.cells.get(k);
      if ((row.cells.get(k)?.[0] ?? '') === '' && above !== undefined) row.cells.set(k, above);
    }
    previous = row;
  }
  return rows;
}

type Joined = { cells: Map<number, string[]>; first: number; group: Group | undefined };

/**
 * A Word table saved as tab-separated text wraps every cell onto lines of their own: a line with an empty
 * first cell (or, where the items come first, an item cell that carries on a sentence) belongs to the row
 * above.
 */
function joinWrapped(records: readonly Record[], columns: readonly Column[]): Joined[] {
  const item = columns.findIndex((c) => c.role === 'item');
  // The item's own ref keys the row; without one, the first column ("No.", "PFD ref"), unless the items
  // themselves come first. A report's cells merged over its rows leave the first column empty.
  const ref = columns.findIndex((c) => c.role === 'ref');
  const key = ref >= 0 ? ref : item === 0 ? -1 : 0;
  const out: Joined[] = [];
  for (const record of records) {
    const open = out[out.length - 1];
    const text = record.cells[item] ?? '';
    const before = open?.cells.get(item) ?? [];
    const carriesOn =
      open !== undefined &&
      (key >= 0
        ? // An unnumbered row of a new report ("2016-0043" in the first column) is a row of its own.
          (record.cells[key] ?? '') === '' && (key === 0 || (record.cells[0] ?? '') === '')
        : text === '' ||
          !endsSentence(before[before.length - 1] ?? '.') ||
          // "make sure that it regularly updates ...<TAB>Marchshire: ..." under "the service should:": a row
          // that finishes the stem, its own cells filled, after one that ended its sentence.
          (/^[a-z]/.test(text) && record.cells.filter((c) => c !== '').length < 2));
    if (!carriesOn) {
      out.push({
        cells: new Map(record.cells.map((c, k) => [k, c === '' ? [] : [c]])),
        first: record.first,
        group: record.group,
      });
      continue;
    }
    record.cells.forEach((c, k) => {
      if (c !== '') open.cells.set(k, [...(open.cells.get(k) ?? []), c]);
    });
  }
  const listed = (k: number) => columns[k]?.role === 'addressees';
  return out.map(({ cells, first, group }) => ({
    cells: new Map(
      [...cells].map(([k, parts]) => [
        k,
        [listed(k) ? parts.flatMap((p) => p.split('\n')).join('; ') : joinFragments(parts)],
      ]),
    ),
    first,
    group,
  }));
}
