import type { Raw } from './raw-lines.ts';
import { type Column, finish, type Table } from './table.ts';
import { toRow } from './table-rows.ts';
import { squash } from './text-util.ts';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?\|?\s*$/;

function cellsOf(text: string): string[] {
  return text
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => squash(cell.replace(/<br\s*\/?>/gi, ' ').replace(/\*\*|__/g, '')));
}

/** A Markdown table ("| Recommendation | Force response |" over "|---|---|"), one item per row. */
export function pipeTable(raws: readonly Raw[], i: number): Table | null {
  const head = raws[i];
  const rule = raws[i + 1];
  if (head === undefined || rule === undefined || !PIPE_ROW.test(head.text) || !SEPARATOR.test(rule.text))
    return null;
  const names = cellsOf(head.text);
  const found = finish(
    names.map((name, k): Column => ({ start: k, role: 'other', name })),
    i,
    i + 2,
  );
  if (found === null) return null;
  const rows: Table['rows'] = [];
  let j = i + 2;
  for (; j < raws.length && PIPE_ROW.test(raws[j]?.text ?? ''); j++) {
    const cells = new Map(cellsOf(raws[j]?.text ?? '').map((text, k) => [k, text === '' ? [] : [text]]));
    const row = toRow(cells, found.columns, null);
    if (row) rows.push({ at: j, row });
  }
  return { start: i, end: j, header: names.join(' | ').toLowerCase(), rows };
}
