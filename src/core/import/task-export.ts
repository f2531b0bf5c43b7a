/*
 * Microsoft Planner's "Export plan to Excel", saved as CSV or pasted as tab-separated text: one task a row,
 * a score of columns the planner fills in itself (Task ID, Progress, Created By, Late, ...), and the task's
 * words in its name and its Description cell, often several paragraphs long ("HMICFRS wording: ...",
 * "Wessex position: ..."). No column says which tasks are the report's items and which the office's own
 * chores, so each task is unpacked into the paragraphs a person would have typed, and read as a document is.
 */

// The columns that make a task export: what a task is called, the words it holds, and the planner's own.
const NAME = /^(?:task\s+name|task\s+title)$/i;
const DESCRIPTION = /^description$/i;
const PLANNER = /^(?:task\s+id|bucket\s+name|progress|created\s+by|assigned\s+to)$/i;
const BUCKET = /^bucket\s+name$/i;
const DUE = /^due\s+date$/i;

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
    if (name < 0 || description < 0 || titles.filter((t) => PLANNER.test(t)).length < 2) continue;
    const rest = lines.slice(i + 1).join('\n');
    const { rows, used } = readRows(rest, delimiter, titles.length);
    const tasks = rows.map((cells) => {
      const due = cells[column(DUE)]?.trim() ?? '';
      return [
        cells[column(BUCKET)] ?? '',
        cells[name] ?? '',
        cells[description] ?? '',
        due === '' ? '' : `Due date: ${due}`,
      ]
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .join('\n\n');
    });
    return [...lines.slice(0, i), tasks.join('\n\n'), rest.slice(used)].join('\n\n');
  }
  return text;
}

/**
 * The rows of a delimited table (RFC 4180: a quoted cell may hold the delimiter, doubled quotes and line
 * breaks), up to the first line that is no row of it: one with fewer than half the header's cells.
 */
function readRows(text: string, delimiter: string, width: number): { rows: string[][]; used: number } {
  const rows: string[][] = [];
  let at = 0;
  while (at < text.length) {
    const { cells, end } = readRow(text, at, delimiter);
    if (cells.length * 2 < width) break;
    rows.push(cells);
    at = end;
  }
  return { rows, used: at };
}

function readRow(text: string, from: number, delimiter: string): { cells: string[]; end: number } {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let k = from;
  for (; k < text.length; k++) {
    const c = text[k];
    if (quoted) {
      if (c === '"' && text[k + 1] === '"') {
        cell += '"';
        k++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n') {
      k++;
      break;
    } else cell += c;
  }
  cells.push(cell);
  return { cells, end: k };
}
