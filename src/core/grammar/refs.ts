import { ITEM_REF_PATTERN, type ItemRef } from './commands.ts';

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
// A past tense reports an update ("started 5", "finished 14, all trained"), but "completed 5 courses" is a
// count: the number must end the message or its first clause.
const DONE_VERB = '(?:started|began|begun|reopened|completed|finished|closed|implemented|delivered)';
const BARE_REF = new RegExp(
  `^${NOUN}?#?(\\d{1,4})(?![\\p{L}\\p{N}/.:-])|(?<=^${VERB}\\s+)${NOUN}?(\\d{1,4})(?![\\p{L}\\p{N}/.:-])|` +
    `(?<=^${DONE_VERB}\\s+)${NOUN}?(\\d{1,4})(?=\\s*(?:$|[,:;]|\\s[-\u2013\u2014]\\s))`,
  'iu',
);

// The other ways people name item 5 of OSAEC23: "rec 5 on OSAEC23", "recommendation 5 of the OSAEC23
// report", "rec 5 (OSAEC23)", "OSAEC23 rec 5", "OSAEC23 #5", "OSAEC23/5", and a key with a digit then the
// number ("Osaec23 5").
const ITEM_NOUN = '(?:rec(?:ommendation)?|item|number|no\\.?|#)';
const KEY_WORD = '([A-Za-z][A-Za-z0-9]{1,15})';
const SPELLED_REFS: RegExp[] = [
  new RegExp(
    `\\b${ITEM_NOUN}\\s*(\\d{1,4})\\s+(?:on|of|in|from|for)\\s+(?:the\\s+)?${KEY_WORD}(?:\\s+report)?\\b`,
    'i',
  ),
  new RegExp(`\\b${ITEM_NOUN}\\s*(\\d{1,4})\\s*\\(\\s*${KEY_WORD}\\s*\\)`, 'i'),
];
// The key first: anywhere with a noun ("who owns OSAEC23 rec 5"); with the number alone only at the start
// or after one verb ("show Osaec23 5"), where it cannot be a count ("met FY23 5 times").
const KEY_FIRST = [
  new RegExp(`(?<![\\p{L}\\p{N}-])${KEY_WORD}\\s+${ITEM_NOUN}\\s*(\\d{1,4})(?![\\p{L}\\p{N}/.:-])`, 'iu'),
  /(?<=^(?:[A-Za-z]+\s+)?)([A-Za-z][A-Za-z0-9]*\d[A-Za-z0-9]*)(?:\s+|\/)(\d{1,4})(?![\p{L}\p{N}/.:-])/iu,
];
// Words that read like a key but are not one.
const NOT_A_KEY = /^(?:the|this|that|report|item|rec|recommendation|q\d|fy\d+|\d+)$/i;

/** Rewrites a spelled-out reference as KEY-N, so one reader finds every form. */
export function canonicalRefs(text: string): string {
  for (const pattern of SPELLED_REFS) {
    const m = pattern.exec(text);
    if (m?.[1] !== undefined && m[2] !== undefined && !NOT_A_KEY.test(m[2]) && /\d/.test(m[2])) {
      return `${text.slice(0, m.index)}${m[2]}-${m[1]}${text.slice(m.index + m[0].length)}`;
    }
  }
  for (const pattern of KEY_FIRST) {
    const m = pattern.exec(text);
    if (m?.[1] !== undefined && m[2] !== undefined && !NOT_A_KEY.test(m[1]) && /\d/.test(m[1])) {
      return `${text.slice(0, m.index)}${m[1]}-${m[2]}${text.slice(m.index + m[0].length)}`;
    }
  }
  return text;
}

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
      ref: String(Number(bare[1] ?? bare[2] ?? bare[3] ?? '')),
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

/** "5", "A2", "OSAEC23-15", "#16", "rec 016": a ref as the preview shows it, or null. */
export function readRef(word: string): string | null {
  const ref = word
    .replace(/^(?:[A-Za-z][A-Za-z0-9]*-|#|item|recommendation|rec)/i, '')
    .toUpperCase()
    .replace(/^([A-Z]*)0+(?=\d)/, '$1');
  return ITEM_REF_PATTERN.test(ref) ? ref : null;
}

export type Refs = { ok: true; refs: string[] } | { ok: false; bad: string | null };

/** "15", "15, 16 and A2", "OSAEC23-15 #16": distinct refs in the order typed. */
export function readRefs(text: string): Refs {
  const words = text
    .replace(/\b(?:item|recommendation|rec)\s+(?=\S)/gi, '')
    .split(/\s*(?:,|;|\band\b|\s)\s*/i)
    .filter((w) => w !== '');
  const refs: string[] = [];
  for (const word of words) {
    const ref = readRef(word);
    if (ref === null) return { ok: false, bad: word };
    if (!refs.includes(ref)) refs.push(ref);
  }
  return refs.length === 0 ? { ok: false, bad: null } : { ok: true, refs };
}
