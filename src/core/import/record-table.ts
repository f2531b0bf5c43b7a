import type { Raw } from './raw-lines.ts';
import { type Column, finish, roleOf, type Table } from './table.ts';
import { toRow } from './table-rows.ts';
import { squash, wordCount } from './text-util.ts';

/*
 * A register printed in its "details" view: one record after another, each a run of "Key ....... value"
 * lines, a value wrapping onto lines indented to its column, records parted by rules or "Item 3 of 15"
 * lines. Read as a table whose column titles are the keys.
 */

// "Concern ............ I heard evidence ..." (dot leaders), or a key too long for leaders, then the value.
const DOTTED = /^(\S(?:[^.]*[^.\s])?)\s*\.{3,}\s+(\S.*)$/;
// "Item 1 of 15      ID: PFD-01": a record's own header; the ID is its ref. So is "Entry ID: 1183" at the
// margin over the record's fields.
const RECORD_HEADER =
  /^(?:(?:item|record|entry|row)\s+\d+\s+of\s+\d+\b(?:.*?\b(?:id|ref)\s*:\s*(\S+))?|(?:entry|item|record)\s+(?:id|ref|no\.?)\s*:\s*(\S+)$)/i;
// "  Concern text:" or "  Recipient(s): Nathan Elvery, ...": a field of the record, indented under its header.
const COLON_PAIR = /^(\s+)([A-Z][\w()/ .'’-]{0,40}?):(?:\s+(\S.*))?$/;
const SEPARATOR = /^\s*[=\-_*~]{10,}\s*$/;
const MIN_RECORDS = 2;

type Entry = { key: string; value: string[] };
type RecordLines = { ref: string | null; entries: Entry[]; first: number };

function keyValue(layout: string, valueColumn: number): { key: string; value: string } | null {
  const dotted = DOTTED.exec(layout);
  if (dotted?.[1] !== undefined && dotted[2] !== undefined) return { key: dotted[1], value: dotted[2] };
  // "Recipient reply due  19/05/2014": the key ran up to the value's column.
  if (/^\S/.test(layout) && layout.length > valueColumn && layout[valueColumn - 1] === ' ') {
    const key = layout.slice(0, valueColumn).trim();
    const value = layout.slice(valueColumn).trim();
    if (key !== '' && value !== '' && /\s{2,}$|\.{3,}\s*$/.test(layout.slice(0, valueColumn)))
      return { key: key.replace(/\s*\.+$/, ''), value };
  }
  return null;
}

// "Log ID          RS-PFD-01": a key, then its value after a run of spaces, with no leader dots.
const SPACED = /^(\S(?:[^\s]|\s(?!\s))*?)\s{2,}(\S.*)$/;

/** "Item ........ 101", "Log ID     RS-PFD-01": a record's number, the field that opens it. */
function opensRecord(layout: string): boolean {
  const line = layout.trimEnd();
  const pair = DOTTED.exec(line) ?? SPACED.exec(line);
  // The value first: a short ref rules out most lines before the key's role is asked for.
  if (pair === null || !/^\S{1,12}$/.test(pair[2] ?? '')) return false;
  const key = pair[1] ?? '';
  return roleOf(key) === 'ref' || /^item$/i.test(key);
}

// "Concern" alone on its line, its words on the lines below at the margin.
const BARE_KEY = /^[A-Z][\w'’-]*(?:\s[\w'’-]+){0,2}$/;

/** Records of "Key ...... value" lines starting at raws[i], or null when the lines there are something else. */
export function recordTable(raws: readonly Raw[], i: number): Table | null {
  const start = raws[i];
  if (
    start === undefined ||
    !(SEPARATOR.test(start.layout) || RECORD_HEADER.test(start.text) || opensRecord(start.layout))
  )
    return null;
  const records: RecordLines[] = [];
  let open: RecordLines | null = null;
  let valueColumn = 0;
  let fieldIndent = 0;
  let opener: string | null = null;
  // The last key stood alone: lines at the margin are its value until the next key.
  let bare = false;
  let end = i;
  for (let j = i; j < raws.length; j++) {
    const raw = raws[j];
    if (raw === undefined) break;
    const layout = raw.layout.replace(/\s+$/, '');
    if (raw.blank) continue;
    const header = RECORD_HEADER.exec(raw.text);
    if (SEPARATOR.test(layout) || header) {
      if (header) {
        open = { ref: header[1] ?? header[2] ?? null, entries: [], first: j };
        records.push(open);
      }
      end = j + 1;
      continue;
    }
    if (valueColumn === 0) {
      const read = colonField(layout, open, fieldIndent);
      if (read === 'group') continue;
      if (read !== null) {
        fieldIndent = read;
        end = j + 1;
        continue;
      }
    }
    const dotted = DOTTED.exec(layout) ?? (open === null ? SPACED.exec(layout) : null);
    if (dotted?.[2] !== undefined && valueColumn === 0) valueColumn = layout.length - dotted[2].length;
    const pair = valueColumn > 0 ? keyValue(layout, valueColumn) : null;
    // "Item ........ 101" first under the rule, with no "Item 1 of 12" header: that key opens each record.
    if (pair && (open === null || pair.key === opener) && (opener !== null || opensRecord(layout))) {
      opener = pair.key;
      open = { ref: pair.value, entries: [], first: j };
      records.push(open);
      end = j + 1;
      continue;
    }
    if (pair) bare = false;
    if (pair && open) {
      open.entries.push({ key: pair.key, value: [pair.value] });
      end = j + 1;
      continue;
    }
    // A wrapped value: indented to the value's column.
    const indent = layout.length - layout.trimStart().length;
    const last = open?.entries[open.entries.length - 1];
    if (last && valueColumn > 0 && Math.abs(indent - valueColumn) <= 1) {
      last.value.push(layout.trim());
      end = j + 1;
      continue;
    }
    if (open && valueColumn > 0 && indent === 0 && BARE_KEY.test(layout)) {
      open.entries.push({ key: layout.trim(), value: [] });
      bare = true;
      end = j + 1;
      continue;
    }
    if (bare && last && indent === 0) {
      last.value.push(layout.trim());
      end = j + 1;
      continue;
    }
    break;
  }
  const filled = records.filter((r) => r.entries.length > 0);
  if (filled.length < MIN_RECORDS) return null;
  return toTable(filled, i, end);
}

// "Ref<TAB>SC-01", "Recommendation<TAB>By 22 November 2024, ...": one Word table per item, a row per field.
const TAB_PAIR = /^([A-Z][^\t]{0,40}?)\t+(\S.*)$/;
// "Table 2" over each item's own small table.
const CAPTION_LINE = /^(?:table|item|record)\s+\d{1,3}$/i;
const MAX_KEY_WORDS = 5;

/**
 * Items each printed as a small table of its own, exported with tabs: "Ref<TAB>SC-01", then "Made to<TAB>...",
 * "Recommendation<TAB>...", a row per field, the tables parted by blank lines. A value may run over lines.
 */
export function tabRecords(raws: readonly Raw[], i: number): Table | null {
  const first = TAB_PAIR.exec(raws[i]?.original ?? '');
  const refKey = first?.[1]?.trim();
  if (refKey === undefined) return null;
  // "Committee<TAB>Home Affairs Committee" may open each table instead of its ref: then it is a field.
  const isRef = roleOf(refKey) === 'ref';
  if (
    !isRef &&
    raws[i - 1] !== undefined &&
    !raws[i - 1]?.blank &&
    !CAPTION_LINE.test(raws[i - 1]?.text ?? '')
  )
    return null;
  const records: RecordLines[] = [];
  let end = i;
  for (let j = i; j < raws.length; j++) {
    const raw = raws[j];
    if (raw === undefined) break;
    if (raw.blank || (records.length > 0 && CAPTION_LINE.test(raw.text))) {
      const next = raws.slice(j + 1).find((r) => !r.blank && !CAPTION_LINE.test(r.text));
      if (TAB_PAIR.exec(next?.original ?? '')?.[1]?.trim() !== refKey) break;
      continue;
    }
    const pair = TAB_PAIR.exec(raw.original);
    const key = pair?.[1]?.trim();
    const open = records[records.length - 1];
    if (pair?.[2] !== undefined && key !== undefined && wordCount(key) <= MAX_KEY_WORDS) {
      const value = pair[2].trim();
      if (key === refKey)
        records.push({
          ref: isRef ? value : null,
          entries: isRef ? [] : [{ key, value: [value] }],
          first: j,
        });
      else open?.entries.push({ key, value: [value] });
    } else {
      // A value that runs over lines (a cell with paragraphs, quoted by the export).
      const last = open?.entries[open.entries.length - 1];
      if (last === undefined) break;
      last.value.push(raw.text.trim());
    }
    end = j + 1;
  }
  for (const r of records) for (const e of r.entries) e.value = [e.value.join(' ').replace(/^"|"$/g, '')];
  const filled = records.filter((r) => r.entries.length > 0);
  if (filled.length < MIN_RECORDS) return null;
  return toTable(filled, i, end);
}

/**
 * Reads a line of a record whose fields are "Key: value", indented under its header: a field, or a line of
 * the field above indented deeper ("  Concern text:" then the text below it). Returns the fields' indent, or
 * 'group' for a "Source: ..." line at the margin that titles the records after it, or null for anything else.
 */
function colonField(layout: string, open: RecordLines | null, fieldIndent: number): number | 'group' | null {
  const indent = layout.length - layout.trimStart().length;
  if (indent === 0) return /^[A-Z][\w ]{0,30}:\s+\S/.test(layout) && fieldIndent > 0 ? 'group' : null;
  if (open === null) return null;
  const pair = COLON_PAIR.exec(layout);
  const last = open.entries[open.entries.length - 1];
  if (last !== undefined && fieldIndent > 0 && indent > fieldIndent) {
    last.value.push(layout.trim());
    return fieldIndent;
  }
  if (pair?.[1] === undefined || pair[2] === undefined || (fieldIndent > 0 && pair[1].length !== fieldIndent))
    return null;
  open.entries.push({ key: pair[2].trim(), value: pair[3] === undefined ? [] : [pair[3]] });
  return pair[1].length;
}

function toTable(records: readonly RecordLines[], start: number, end: number): Table | null {
  const keys: string[] = [];
  for (const r of records) for (const e of r.entries) if (!keys.includes(e.key)) keys.push(e.key);
  const hasRef = records.some((r) => r.ref !== null);
  const names = hasRef ? ['Ref', ...keys] : keys;
  const found = finish(
    names.map((name, k): Column => ({ start: k, role: 'other', name })),
    start,
    start,
  );
  if (found === null) return null;
  const rows: Table['rows'] = [];
  for (const record of records) {
    const cells = new Map<number, string[]>();
    if (hasRef && record.ref !== null) cells.set(0, [record.ref]);
    for (const e of record.entries) {
      const k = names.indexOf(e.key);
      cells.set(k, [squash(e.value.join(' '))]);
    }
    const row = toRow(cells, found.columns, null);
    if (row) rows.push({ at: record.first, row });
  }
  return { start, end, header: names.join(' | ').toLowerCase(), rows };
}
