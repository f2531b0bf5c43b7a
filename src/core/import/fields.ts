import type { Line } from './clean-text.ts';
import { squash, wordCount } from './text-util.ts';

export type Field = { key: string; value: string };

// "Published On: 5 April 2023", "9  Date: 21/06/2024" (a form's row number first).
const FIELD = /^(?:\d{1,2}\s+)?([A-Z][A-Za-z'’ ]{1,40}?)\s*:\s*(.*)$/;
// "| Response due | 26 Jun 2025 |": a two-column table of a page's details, one field a row.
const KEY_VALUE_ROW = /^\|\s*([A-Z][A-Za-z'’ ]{1,40}?)\s*\|\s*([^|]*?)\s*\|$/;

function fieldMatch(line: Line): RegExpExecArray | null {
  const match = line.marked || line.row ? null : (FIELD.exec(line.text) ?? KEY_VALUE_ROW.exec(line.text));
  return match?.[1] !== undefined && wordCount(match[1]) <= 5 ? match : null;
}

/**
 * The indented lines right under line i that carry its value on ("Sent to:   Secretary of State for" /
 * "                  Education; ..."), up to a blank line, a bullet or the next field.
 */
export function continuationOf(lines: readonly Line[], i: number): Line[] {
  const out: Line[] = [];
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j];
    if (line === undefined || !line.indented || line.gapBefore > 0 || line.bullet || fieldMatch(line)) break;
    out.push(line);
  }
  return out;
}

/** "Key: value" lines, with indented continuation lines folded into the value. */
export function fields(lines: readonly Line[]): Field[] {
  const out: Field[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const match = line === undefined ? null : fieldMatch(line);
    if (match === null) continue;
    const rest = continuationOf(lines, i);
    out.push({
      key: (match[1] ?? '').trim(),
      value: squash([match[2] ?? '', ...rest.map((l) => l.text)].join(' ')),
    });
    i += rest.length;
  }
  return out;
}

export function field(all: readonly Field[], key: RegExp): string | null {
  return all.find((f) => key.test(f.key) && f.value !== '')?.value ?? null;
}
