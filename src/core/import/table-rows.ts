import type { IsoDate } from '../dates/index.ts';
import type { ItemKind } from '../model/entities.ts';
import { delimitedTable } from './delimited-table.ts';
import { headerlessTable } from './headerless-table.ts';
import { matchLabel } from './labels.ts';
import { pipeTable } from './pipe-table.ts';
import { readPrintedDate } from './printed-date.ts';
import type { Raw } from './raw-lines.ts';
import { recordTable, tabRecords } from './record-table.ts';
import { namedKind } from './stem-words.ts';
import {
  aligned,
  type Column,
  cellsOf,
  chunksOf,
  header,
  RULE_ROW,
  splitAddressees,
  type Table,
  type TableRow,
} from './table.ts';
import { squash, wordCount } from './text-util.ts';

type Cells = Map<number, string[]>;

export function joinFragments(fragments: readonly string[]): string {
  let out = '';
  for (const f of fragments) {
    out = out === '' ? f : /[A-Za-z]-$/.test(out) && /^[a-z]/.test(f) ? out + f : `${out} ${f}`;
  }
  return squash(out);
}

function kindOf(name: string): ItemKind {
  // "HMICFRS wording (Hampshire / IoW cause of concern)": the brackets say where the words come from.
  const n = name.replace(/\s*\([^()]*\)/g, '').toLowerCase();
  // "Cause of concern recommendation": one of the recommendations a cause of concern carries.
  if (/\brecommendations?\s*$/.test(n)) return 'recommendation';
  if (/area|afi/.test(n)) return 'area_for_improvement';
  // A coroner's "matter of concern" is answered like a recommendation; only a "cause of concern" groups others.
  if (/cause/.test(n)) return 'cause_of_concern';
  return 'recommendation';
}

function textOf(cells: Cells, columns: readonly Column[], role: Column['role']): string | null {
  const parts = columns.flatMap((c, k) => (c.role === role ? [joinFragments(cells.get(k) ?? [])] : []));
  const text = squash(parts.join(' '));
  return text === '' ? null : text;
}

// One reply cell holding both: "Chief Constable: Accepted ... PCC: I agree ...".
const PCC_MARK = /\s*\b(?:PCC|Commissioner|OPCC)(?:'s)?\s*(?:comments?|response)?\s*:\s*/;
const FORCE_MARK = /^\s*(?:Chief Constable|Force|Constabulary)(?:'s)?\s*(?:comments?|response)?\s*:\s*/i;

function bySpeaker(cell: string | null): { force: string | null; pcc: string | null } {
  if (cell === null) return { force: null, pcc: null };
  const at = PCC_MARK.exec(cell);
  const force = (at === null ? cell : cell.slice(0, at.index)).replace(FORCE_MARK, '').trim();
  const pcc = at === null ? '' : cell.slice(at.index + at[0].length).trim();
  return { force: force === '' ? null : force, pcc: pcc === '' ? null : pcc };
}

const NOTHING_ASKED = /\bno (?:further )?(?:remedy|action) (?:is |was )?(?:required|needed|necessary)\b/i;

// "Actions for the Board (not Committee conclusions):" says the same of the row's own words.
// "NOTE-1" as the ref or "Admin" as the source: a row the tracker keeps to explain itself.
const OWN_TASK =
  /^note[-\s]?\d{0,3}$|^admin$|\bnot from the (?:report|inspection|review|committee)\b|^internal action\b|\(internal\)$|\(not (?:the )?(?:committee|report|coroner|inspectorate)['’]?s? (?:conclusions|recommendations|concerns)\)/i;

export function toRow(
  cells: Cells,
  columns: readonly Column[],
  groupAnchor: IsoDate | null,
): TableRow | null {
  const itemColumn = columns.find((c) => c.role === 'item');
  let text = textOf(cells, columns, 'item') ?? '';
  // A number column's "1." is item 1; its full stop is layout.
  // A dash in the number column: the source did not number the row.
  const ref = textOf(cells, columns, 'ref')?.replace(/^(\d{1,4})[.)]$/, '$1') ?? null;
  let label = ref === null || /^[-–—]$/.test(ref) ? null : ref;
  let kind = kindOf(itemColumn?.name ?? '');
  // "12", "Recommendation 1010", or a short tracker ref ending in its number ("PFD25-3", "R4", "WX-AFI-21");
  // "17/18-PAY-01" names no number.
  const refLabel = label === null ? null : matchLabel(label);
  const digits =
    label === null
      ? undefined
      : /^\(?(?:\d{1,4}|(?:[A-Za-z]{1,6}(?:\d{1,4}[-\s])?[-\s]?){1,3}(\d{1,4}))[.)]?$/.exec(label);
  let number = refLabel?.number ?? (digits ? Number((digits[1] ?? digits[0]).replace(/\D/g, '')) : null);
  if (refLabel?.number != null) kind = refLabel.kind;
  const printed = matchLabel(text);
  if (printed && printed.number !== null) {
    ({ kind, label, number } = printed);
    text = printed.rest;
  } else if (printed && printed.rest !== '') {
    // "Cause of concern: The force needs to ..." under the ref "C1": the words name the kind.
    kind = printed.kind;
    text = printed.rest;
  }
  // "During the inspection we identified two accelerated causes of concern, which were that the force: was
  // failing ...": a cell that quotes the stem before the item names its kind; the item is what follows.
  const stem = /^([^:]{10,240}:)\s+(\S[^:]*)$/.exec(text);
  const stemKind = stem?.[1] === undefined ? null : namedKind(stem[1]);
  if (stem?.[2] !== undefined && stemKind !== null) {
    kind = stemKind;
    text = stem[2];
  }
  const typed = textOf(cells, columns, 'kind');
  // "Withdrawn" in the Type column, "(withdrawn 02/12/2022 - duplicates ...)" as the text: a struck-out row.
  // "Context only", "Background", "Note" in the Type column: a row the log keeps for reference, no finding.
  // "Action" or "Milestone" there beside a sub-reference ("F1.1" under "F1"): the plan's own step towards the
  // finding above it, not a finding. A tracker's "Action" with a reference of its own is an item.
  const step =
    /^(?:(?:sub-?)?actions?|milestones?|tasks?|activit(?:y|ies)|steps?|deliverables?)$/i.test(typed ?? '') &&
    /\d\.\d{1,2}$/.test(label ?? '');
  if (
    text === '' ||
    step ||
    /^\(.*\)$/.test(text) ||
    // "~~Circulate the auditor's summary to JAC members~~": a row struck through, closed or withdrawn.
    /^~~.*~~$/.test(text) ||
    /\b(?:withdrawn|deleted|duplicate|context|background|note|for information)\b/i.test(typed ?? '') ||
    // "Board action", "Risk", "Decision" in a workbook's Type column: the office's own entries beside the
    // inspectorate's.
    /^(?:(?:board|committee|meeting|local|own)\s+actions?|risks?|issues?\s+log|decisions?)$/i.test(
      typed ?? '',
    )
  )
    return null;
  // "... so no further remedy is required": a row that asks for nothing.
  if (NOTHING_ASKED.test(text)) return null;
  // "Wessex OPCC (internal)" as the source, "Internal action - not from the report." as the update: the
  // office's own task kept in the register of the report's items.
  if ([...cells.values()].some((lines) => OWN_TASK.test(lines.join(' ').trim()))) return null;
  if (typed !== null && /\b(?:area|afi|cause|recommendation)/i.test(typed)) kind = kindOf(typed);
  const own = textOf(cells, columns, 'anchor');
  const replies = bySpeaker(textOf(cells, columns, 'force'));
  return {
    kind,
    label,
    number,
    text,
    force: replies.force,
    pcc: textOf(cells, columns, 'pcc') ?? replies.pcc,
    due: textOf(cells, columns, 'due'),
    anchor: (own === null ? null : readPrintedDate(own)) ?? groupAnchor,
    // A cell's wrapped lines are one text; recipients inside it are split at semicolons.
    addressees: splitAddressees(textOf(cells, columns, 'addressees')),
  };
}

function rowLike(layout: string, columns: readonly Column[]): boolean {
  const chunks = chunksOf(layout);
  return chunks.length >= 2 && chunks.every((c) => aligned(c, columns));
}

/** The next line that is neither blank nor furniture. */
function nextContent(raws: readonly Raw[], furniture: readonly boolean[], from: number): Raw | undefined {
  for (let j = from; j < raws.length; j++) if (!raws[j]?.blank && !furniture[j]) return raws[j];
  return undefined;
}

function parseTable(
  raws: readonly Raw[],
  furniture: readonly boolean[],
  first: number,
  body: number,
  columns: Column[],
): Table {
  const headerKeys = new Set(
    raws
      .slice(first, body)
      .filter((r) => !RULE_ROW.test(r.layout))
      .map((r) => r.text.toLowerCase()),
  );
  const refColumn = columns.findIndex((c) => c.role === 'ref');
  const itemColumn = columns.findIndex((c) => c.role === 'item');
  const rows: Table['rows'] = [];
  let cells: Cells | null = null;
  let at = first;
  let anchor: IsoDate | null = null;
  let gap = false;
  let pageBreak = false;
  let afterSeparator = false;
  let repeatedHeader = false;
  let end = body;
  const flush = () => {
    const row = cells === null ? null : toRow(cells, columns, anchor);
    if (row) rows.push({ at, row });
    cells = null;
  };
  for (let i = body; i < raws.length; i++) {
    const raw = raws[i];
    if (raw === undefined) break;
    if (raw.formFeed) pageBreak = true;
    if (furniture[i]) {
      pageBreak = true;
      continue;
    }
    if (raw.blank) {
      gap = true;
      continue;
    }
    if (RULE_ROW.test(raw.layout)) {
      // The rule under a header repeated on a new page does not end the row that runs across the page.
      if (!repeatedHeader) flush();
      afterSeparator = !repeatedHeader;
      repeatedHeader = false;
      end = i + 1;
      continue;
    }
    if (headerKeys.has(raw.text.toLowerCase())) {
      repeatedHeader = true;
      end = i + 1;
      continue;
    }
    const line = cellsOf(raw.layout, columns);
    if (gap || pageBreak) {
      // One run of words from the left edge, however many columns it crosses: a group row or a page title.
      const runs = chunksOf(raw.layout);
      const single = runs.length === 1 && (runs[0]?.start ?? 99) <= 3 && !rowLike(raw.layout, columns);
      const next = single ? nextContent(raws, furniture, i + 1) : undefined;
      if (single && next !== undefined && headerKeys.has(next.text.toLowerCase())) {
        // "... TRACKER (continued)" above the header repeated on a new page: the page's title, not a group.
        end = i + 1;
        continue;
      }
      if (single && next !== undefined && (rowLike(next.layout, columns) || RULE_ROW.test(next.layout))) {
        // A group row ("Payroll 2017/18 – final report issued 14/06/2018") heads the rows below it.
        flush();
        anchor = readPrintedDate(raw.text) ?? anchor;
        gap = false;
        pageBreak = false;
        end = i + 1;
        continue;
      }
      // After a gap, a reply's next paragraph ("PCC:" under the response column) still belongs to the row.
      const inner = runs.length === 1 && (runs[0]?.start ?? 0) > 3 && runs.every((c) => aligned(c, columns));
      if (!rowLike(raw.layout, columns) && !inner) break;
    }
    const itemText = line.get(itemColumn) ?? '';
    const startsRow =
      refColumn >= 0
        ? line.has(refColumn)
        : (matchLabel(itemText)?.number ?? null) !== null ||
          ((afterSeparator || (gap && !pageBreak)) && itemText !== '');
    if (startsRow || cells === null) {
      flush();
      cells = new Map();
      at = i;
    }
    const open: Cells = cells;
    for (const [k, text] of line) open.set(k, [...(open.get(k) ?? []), text]);
    gap = false;
    pageBreak = false;
    afterSeparator = false;
    end = i + 1;
  }
  flush();
  // Named by its column titles: a title line above the first page's header must not hide the same table.
  return { start: first, end, header: columns.map((c) => c.name.toLowerCase()).join(' | '), rows };
}

function joined(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : `${a} ${b}`;
}

// The same table resumed after furniture the page detector did not catch: its first, unlabelled row is the
// rest of the row the previous part ended with.
function resume(previous: Table | undefined, table: Table): void {
  const last = previous?.rows[previous.rows.length - 1]?.row;
  const first = table.rows[0]?.row;
  if (previous?.header !== table.header || last === undefined || first === undefined || first.label !== null)
    return;
  last.text = joined(last.text, first.text) ?? '';
  last.force = joined(last.force, first.force);
  last.pcc = joined(last.pcc, first.pcc);
  last.due = joined(last.due, first.due);
  table.rows.shift();
}

// A spreadsheet merges the report and date cells of a report's rows: the rows below inherit the date, also
// on the next page of the same table.
function fillDownAnchors(tables: readonly Table[]): void {
  let anchor: IsoDate | null = null;
  let header: string | null = null;
  for (const table of tables) {
    if (table.header !== header) anchor = null;
    header = table.header;
    for (const { row } of table.rows) {
      if (row.anchor === null) row.anchor = anchor;
      else anchor = row.anchor;
    }
  }
}

// "| Item | Date |" over "| Report released | 19 July 2007 |": a table of dates, not of items; an item says
// what is to be done in more than a few words.
const MIN_ITEM_WORDS = 4;

function holdsItems(table: Table): boolean {
  return table.rows.some(({ row }) => wordCount(row.text) >= MIN_ITEM_WORDS);
}

/** Finds laid-out tables of items (a header naming the item column, usually a rule under it) and their rows. */
export function findTables(raws: readonly Raw[], furniture: readonly boolean[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < raws.length; i++) {
    const whole = furniture[i]
      ? null
      : (tabRecords(raws, i) ??
        pipeTable(raws, i) ??
        delimitedTable(raws, i) ??
        recordTable(raws, i) ??
        headerlessTable(raws, i));
    if (whole !== null && holdsItems(whole)) {
      resume(tables[tables.length - 1], whole);
      tables.push(whole);
      i = whole.end - 1;
      continue;
    }
    const found = header(raws, furniture, i);
    if (!found) continue;
    const table = parseTable(raws, furniture, found.first, found.body, found.columns);
    resume(tables[tables.length - 1], table);
    if (table.rows.length === 0 && table.header === tables[tables.length - 1]?.header) {
      // Only the carried-over half of a row: its lines are consumed, its text already joined above.
      tables.push(table);
      i = table.end - 1;
      continue;
    }
    if (table.rows.length === 0) continue;
    tables.push(table);
    i = table.end - 1;
  }
  fillDownAnchors(tables);
  return tables;
}
