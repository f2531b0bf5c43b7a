import type { Raw } from './raw-lines.ts';
import { wordCount } from './text-util.ts';

/*
 * Lines that repeat as running headers do, but are a list's own: the field names of records printed a field a
 * line or a "Key: value" line, and a dotted record number. The furniture marks must leave them to the tables.
 */

// "Source report .......... Buckinghamshire Fire and Rescue Service": a register's field, dotted to its value.
const DOTTED_FIELD = /^\S[^.]*\S\s*\.{3,}\s+[A-Za-z]/;

/** "Item ....... 101" over "Source report ....... ...": a record's number, not a contents entry's page. */
export function opensRecordFields(raws: readonly Raw[], i: number): boolean {
  return DOTTED_FIELD.test(raws[i + 1]?.text ?? '');
}

/**
 * A list printed a field a line repeats its field names ("Ref", "Type") with a different value under each
 * ("L01", "L02"): the names and the values under them are the list, not a page's running lines.
 */
export function recordFieldKeys(raws: readonly Raw[], furnitureKey: (text: string) => string): Set<string> {
  const under = new Map<string, Set<string>>();
  raws.forEach((raw, i) => {
    const next = raws[i + 1];
    if (raw.blank || next === undefined || next.blank || /\d/.test(raw.text) || wordCount(raw.text) > 3)
      return;
    const key = furnitureKey(raw.text);
    const values = under.get(key) ?? new Set<string>();
    values.add(next.text);
    under.set(key, values);
  });
  const names = new Set<string>();
  for (const [key, values] of under) if (values.size >= 3) names.add(key);
  raws.forEach((raw, i) => {
    const above = raws[i - 1];
    if (above !== undefined && !above.blank && names.has(furnitureKey(above.text)))
      names.add(furnitureKey(raw.text));
  });
  for (const key of keyedFields(raws, furnitureKey)) names.add(key);
  return names;
}

// "Type: Recommendation" in a register printed a record a block of "Key: value" lines.
const KEYED_LINE = /^([A-Z][A-Za-z'’]*(?:\s+[A-Za-z'’]+){0,3})\s*:\s+(\S.*)$/;

/**
 * "Type: Recommendation", "Type: Cause of concern": a key printed with several values, each among other
 * "Key: value" lines, is a record's field; a running header stands alone.
 */
function keyedFields(raws: readonly Raw[], furnitureKey: (text: string) => string): string[] {
  const values = new Map<string, Set<string>>();
  const amongFields = (i: number) => [-1, 1].some((d) => KEYED_LINE.test(raws[i + d]?.text ?? ''));
  for (const [i, raw] of raws.entries()) {
    const match = amongFields(i) ? KEYED_LINE.exec(raw.text) : null;
    if (match?.[1] === undefined || match[2] === undefined) continue;
    const seen = values.get(match[1]) ?? new Set<string>();
    seen.add(match[2]);
    values.set(match[1], seen);
  }
  return raws
    .filter((raw, i) => amongFields(i) && (values.get(KEYED_LINE.exec(raw.text)?.[1] ?? '')?.size ?? 0) >= 2)
    .map((raw) => furnitureKey(raw.text));
}
