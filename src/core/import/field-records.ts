import type { Block } from './blocks.ts';
import type { Line } from './clean-text.ts';
import { appendValue, countedOnce, type LineTable, recordList, recordNames } from './line-tables.ts';
import { roleOf } from './table.ts';
import { wordCount } from './text-util.ts';

/*
 * A list's records printed a field a line: the field's name on one line, its value on the next ("Ref" / "L02"
 * / "Type" / "Recommendation" / "HMICFRS text" / "By 31 August 2021, ..."), record after record, as a
 * SharePoint or Notion list view prints or a form is saved as text. A value may be empty, or run over
 * several lines. The names repeat in every record: that is how they are told from the values.
 */

const MIN_FIELDS = 3;
const MAX_NAME_WORDS = 5;
const MAX_REF_WORDS = 3;

function nameLike(text: string): boolean {
  return wordCount(text) <= MAX_NAME_WORDS && /^[A-Z]/.test(text) && !/[.:;,]$/.test(text);
}

// How often each line's text occurs.
const lineCounts = countedOnce((text) => text);

/**
 * The field names: short lines printed as often as the first of them, which opens each record. The first is
 * the record's ref ("Ref", "ID"): a page whose headings merely repeat ("Learning", "Recommendations") is
 * no list.
 */
function fieldNames(lines: readonly Line[], first: number): string[] | null {
  const opener = lines[first]?.text ?? '';
  // "Register ref" is the inspectorate's system number, which labels no item.
  if (!nameLike(opener) || roleOf(opener) !== 'ref' || /register/i.test(opener)) return null;
  const nameOf = (text: string) => (nameLike(text) ? text : null);
  return recordNames(lines, first, opener, nameOf, lineCounts(lines), MIN_FIELDS);
}

/** The records' rows from line `first`, and the index of the line after the last record. */
function readRecords(
  lines: readonly Line[],
  first: number,
  names: readonly string[],
): { values: Map<number, string>[]; end: number } {
  const values: Map<number, string>[] = [];
  let field = -1;
  let j = first;
  for (; j < lines.length; j++) {
    const line = lines[j];
    if (line === undefined || line.row !== null) break;
    const named = names.indexOf(line.text);
    if (named === 0) values.push(new Map());
    const record = values[values.length - 1];
    if (record === undefined) break;
    if (named >= 0) {
      // A name out of order ends the list: the page goes on with something else.
      if (named < field && named !== 0) break;
      field = named;
      continue;
    }
    // A value runs on only while its record's last field is open; after it, the page's own text resumes.
    if (field === names.length - 1 && record.has(field) && line.gapBefore > 0) break;
    appendValue(record, field, line.text);
  }
  return { values, end: j };
}

/** The rows of a field-a-line list whose first record starts at block i, and the block after it. */
export function fieldRecords(blocks: readonly Block[], i: number, lines: readonly Line[]): LineTable | null {
  return recordList(blocks, i, lines, {
    namesAt: fieldNames,
    records: readRecords,
    columns: (named) => named,
    // Each record's ref is a ref ("L02"), not a paragraph.
    accepts: (values) => values.every((v) => wordCount(v.get(0) ?? '') <= MAX_REF_WORDS),
  });
}
