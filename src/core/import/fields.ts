import type { Line } from './clean-text.ts';
import { squash, wordCount } from './text-util.ts';

export type Field = { key: string; value: string };

// "Published On: 5 April 2023", "9  Date: 21/06/2024" (a form's row number first).
const FIELD = /^(?:\d{1,2}\s+)?([A-Z][A-Za-z'’ ]{1,40}?)\s*:\s*(.*)$/;
// "| Response due | 26 Jun 2025 |": a two-column table of a page's details, one field a row.
const KEY_VALUE_ROW = /^\|\s*([A-Z][A-Za-z'’ ]{1,40}?)\s*\|\s*([^|]*?)\s*\|$/;

/** "Key: value" lines, with indented continuation lines folded into the value. */
export function fields(lines: readonly Line[]): Field[] {
  const out: Field[] = [];
  let current: Field | null = null;
  for (const line of lines) {
    const match = line.marked || line.row ? null : (FIELD.exec(line.text) ?? KEY_VALUE_ROW.exec(line.text));
    if (match?.[1] !== undefined && wordCount(match[1]) <= 5) {
      current = { key: match[1].trim(), value: match[2] ?? '' };
      out.push(current);
    } else if (current !== null && line.indented && line.gapBefore === 0 && !line.bullet) {
      current.value = `${current.value} ${line.text}`;
    } else {
      current = null;
    }
  }
  return out.map((f) => ({ key: f.key, value: squash(f.value) }));
}

export function field(all: readonly Field[], key: RegExp): string | null {
  return all.find((f) => key.test(f.key) && f.value !== '')?.value ?? null;
}
