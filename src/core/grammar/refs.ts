import type { ItemRef } from './commands.ts';

export type FoundRef = { item: ItemRef; before: string; after: string };

// OSAEC23-5, osaec23-A3. The key needs a letter first; the ref needs a digit, so "sign-off" is no reference.
const FULL_REF = /(?<![\p{L}\p{N}/.:-])([A-Za-z][A-Za-z0-9]{1,15})-([A-Za-z]{0,3}\d{1,4})(?![\p{L}\p{N}-])/u;
// "14 is blocked", "rec 14 done", "move item 14 to June": a bare number after an optional noun.
const BARE_REF =
  /^(?:(?:item|rec|recommendation|number|no\.?|#)\s*)?#?(\d{1,4})(?![\p{L}\p{N}/.:-])|(?<=^(?:move|push|mark|set|shift|slip|extend|assign|give|show|history(?: of)?)\s+(?:item\s+|rec\s+|recommendation\s+|#)?)(\d{1,4})(?![\p{L}\p{N}/.:-])/iu;

/** Finds the first item reference in text, outside any URL. */
export function findItemRef(text: string): FoundRef | null {
  const withoutUrls = text.replace(/https?:\/\/\S+/gi, (url) => ' '.repeat(url.length));
  const full = FULL_REF.exec(withoutUrls);
  if (full && full.index !== undefined) {
    const item = { key: (full[1] ?? '').toUpperCase(), ref: (full[2] ?? '').toUpperCase() };
    return split(text, full.index, full[0].length, item);
  }
  const bare = BARE_REF.exec(withoutUrls);
  if (bare && bare.index !== undefined) {
    const number = bare[1] ?? bare[2] ?? '';
    const start = bare[1] ? bare.index : bare.index + bare[0].length - number.length;
    const length = bare[1] ? bare[0].length : number.length;
    return split(text, start, length, { key: null, ref: String(Number(number)) });
  }
  return null;
}

function split(text: string, start: number, length: number, item: ItemRef): FoundRef {
  return { item, before: text.slice(0, start).trim(), after: text.slice(start + length).trim() };
}

export function formatRef(key: string, ref: string): string {
  return `${key}-${ref}`;
}
