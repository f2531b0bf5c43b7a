import type { Line } from './clean-text.ts';
import { wordCount } from './text-util.ts';

// A force or service by its name: "Lincolnshire Police", "Gloucestershire Constabulary", "Hampshire and Isle of Wight Fire and Rescue Service".
export const FORCE_NAME =
  /\b((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+and\s+|\s+of\s+|\s+)){0,4}(?:Police(?:\s+Service)?|Constabulary|Fire and Rescue Service|Fire & Rescue Service))\b/;

/** "DYFED-POWYS POLICE" as "Dyfed-Powys Police": a heading in capitals names a force all the same. */
function titleCased(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .replace(/\b[a-z]/g, (c) => c.toUpperCase())
    .replace(/\b(And|Of)\b/g, (w) => w.toLowerCase());
}

// A line over the items that is a heading or a record's field, not a sentence of narrative: short, or a title
// that does not end as a sentence does.
const SHORT_LINE_WORDS = 12;
const TITLE_WORDS = 25;

function headingLike(line: Line): boolean {
  const words = wordCount(line.text);
  return words <= SHORT_LINE_WORDS || (words <= TITLE_WORDS && !/[.;]$/.test(line.text));
}

const FORCE_FIELD = /^(?:force|service|made to|addressed to)\s*:\s*(.+)$/i;
// How far back a heading still governs the items under it.
const LOOK_BACK_LINES = 80;

/**
 * The force named by the nearest short line above an item ("Gloucestershire Constabulary - Strategic
 * planning", "Force: Kent Police"): in a paper quoting several forces' reports, whom "the constabulary" and a
 * bare "make sure it has ..." mean.
 */
export function forceAbove(lines: readonly Line[], [at, last]: readonly [number, number]): string | null {
  // "Force: Dorset Police" among the item's own fields, under its label, says it first.
  for (let i = at; i <= last; i++) {
    const field = FORCE_FIELD.exec(lines[i]?.text ?? '')?.[1];
    const name = field === undefined ? undefined : FORCE_NAME.exec(titleCased(field))?.[1];
    if (name !== undefined) return name;
  }
  for (let i = at - 1; i >= 0 && i >= at - LOOK_BACK_LINES; i--) {
    const line = lines[i];
    if (line === undefined || !headingLike(line)) continue;
    const name = FORCE_NAME.exec(titleCased(line.text))?.[1];
    if (name !== undefined && !/^(?:the\s+)?(?:police|constabulary)$/i.test(name)) return name;
  }
  return null;
}
