import type { ItemRef } from './commands.ts';

export type FoundRef = { item: ItemRef; before: string; after: string };

// OSAEC23-5, osaec23-A3. The key needs a letter first; the ref needs a digit, so "sign-off" is no reference.
const FULL_REF = /(?<![\p{L}\p{N}/.:-])([A-Za-z][A-Za-z0-9]{1,15})-([A-Za-z]{0,3}\d{1,4})(?![\p{L}\p{N}-])/u;
// "14 is blocked", "rec 14 done", "move item 14 to June": a bare number after an optional noun.
const NOUN = '(?:(?:item|rec|recommendation|number|no\\.?|#)\\s*)';
// The verbs item-intent.ts acts on, so "moving 14 to June" and "start 14" find the number it reads.
const VERB =
  '(?:move|moving|moved|push|pushing|pushed|slip|slipped|shift|shifted|extend|extending|extended|change|' +
  'reschedule|rescheduled|delay|delayed|postpone|postponed|mark|set|' +
  'assign|give|allocate|reassign|show|history(?:\\s+of)?|' +
  'start|begin|reopen|sign\\s+off|note|comment(?:\\s+on)?)';
const BARE_REF = new RegExp(
  `^${NOUN}?#?(\\d{1,4})(?![\\p{L}\\p{N}/.:-])|(?<=^${VERB}\\s+)${NOUN}?(\\d{1,4})(?![\\p{L}\\p{N}/.:-])`,
  'iu',
);

/** Finds the first item reference in text, outside any URL. */
export function findItemRef(text: string): FoundRef | null {
  const withoutUrls = text.replace(/https?:\/\/\S+/gi, (url) => ' '.repeat(url.length));
  const full = FULL_REF.exec(withoutUrls);
  if (full && full.index !== undefined) {
    // Items are numbered without leading zeros: "OSAEC23-05" and "OSAEC23-A03" mean 5 and A3.
    const ref = (full[2] ?? '').toUpperCase().replace(/^([A-Z]*)0+(?=\d)/, '$1');
    const item = { key: (full[1] ?? '').toUpperCase(), ref };
    return split(text, full.index, full[0].length, item);
  }
  const bare = BARE_REF.exec(withoutUrls);
  if (bare && bare.index !== undefined) {
    // The span includes the noun ("item 14"), so what is left before it is the verb alone.
    return split(text, bare.index, bare[0].length, {
      key: null,
      ref: String(Number(bare[1] ?? bare[2] ?? '')),
    });
  }
  return null;
}

function split(text: string, start: number, length: number, item: ItemRef): FoundRef {
  return { item, before: text.slice(0, start).trim(), after: text.slice(start + length).trim() };
}

export function formatRef(key: string, ref: string): string {
  return `${key}-${ref}`;
}
