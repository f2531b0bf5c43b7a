import { readRecord } from './delimited-table.ts';

/*
 * Microsoft Planner's "Export plan to Excel" or Jira's issue export, saved as CSV or pasted as tab-separated
 * text: one task a row, a score of columns the tool fills in itself (Task ID, Progress, Created By, Late, ...),
 * and the task's words in its name and its Description cell, often several paragraphs long ("HMICFRS wording: ...",
 * "Wessex position: ..."). No column says which tasks are the report's items and which the office's own
 * chores, so each task is unpacked into the paragraphs a person would have typed, and read as a document is.
 */

// The columns that make a task export: what a task is called, the words it holds, and the tool's own.
// Jira's issue export is the same shape: a Summary, a Description, and its Issue key, Status and Assignee.
const NAME = /^(?:task\s+name|task\s+title|summary)$/i;
// Planner's grid view, copied rather than exported, calls the Description "Notes" and the bucket "Bucket".
const DESCRIPTION = /^(?:description|notes)$/i;
const TOOL_COLUMNS =
  /^(?:task\s+id|bucket(?:\s+name)?|progress|priority|labels|checklist(?:\s+items)?|created\s+by|assigned\s+to|issue\s+key|issue\s+type|status|assignee|reporter)$/i;
const BUCKET = /^bucket(?:\s+name)?$/i;
const DUE = /^due\s+date$/i;
// "... legitimately influence. Local note: OPCC analyst to summarise ...": the office's note typed after the
// item in the same cell, a paragraph of its own once unpacked.
const NOTE_AFTER = /(?<=[.!?])\s+(?=(?:[A-Z][\w'’-]*\s+){0,2}notes?:\s)/g;

/** The text with a task export's rows written out one task a paragraph group; any other text as it was. */
export function unpackTaskExport(text: string): string {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const delimiter = line.includes('\t') ? '\t' : line.includes(',') ? ',' : null;
    if (delimiter === null) continue;
    const titles = line.split(delimiter).map((t) => t.trim());
    const column = (pattern: RegExp) => titles.findIndex((t) => pattern.test(t));
    const name = column(NAME);
    const description = column(DESCRIPTION);
    if (name < 0 || description < 0 || titles.filter((t) => TOOL_COLUMNS.test(t)).length < 2) continue;
    const { rows, next } = readRows(lines, i + 1, delimiter, titles.length);
    const tasks = rows.map((cells) => {
      const due = cells[column(DUE)]?.trim() ?? '';
      return [
        cells[column(BUCKET)] ?? '',
        cells[name] ?? '',
        (cells[description] ?? '').replace(NOTE_AFTER, '\n\n'),
        due === '' ? '' : `Due date: ${due}`,
      ]
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .join('\n\n');
    });
    return [lines.slice(0, i).join('\n'), ...tasks, lines.slice(next).join('\n')]
      .filter((part) => part !== '')
      .join('\n\n');
  }
  return text;
}

/** The table's records from line `from`, up to the first that is no row of it: fewer than half its cells. */
function readRows(
  lines: readonly string[],
  from: number,
  delimiter: string,
  width: number,
): { rows: string[][]; next: number } {
  const raws = lines.map((original) => ({ original }));
  const rows: string[][] = [];
  let j = from;
  for (
    let record = readRecord(raws, j, delimiter);
    record !== null;
    record = readRecord(raws, j, delimiter)
  ) {
    if (record.cells.length * 2 < width) break;
    rows.push(record.cells);
    j = record.last + 1;
  }
  return { rows, next: j };
}
