import type { IsoDate } from '../dates/index.ts';
import { KEY_PATTERN } from '../grammar/commands.ts';

// Words that carry no subject: "An inspection of how well the police ... tackle X" is about X.
const FILLER = new Set(
  (
    'a an and are as at be by for from how in into is its of on or our the their this to well what with ' +
    'inspection inspections review report reports thematic joint response responses update'
  ).split(' '),
);

const MAX_LETTERS = 5;

/**
 * A short report key from a title: the initials of its last few significant words (titles end with
 * their subject) and the year, so "... the online sexual abuse and exploitation of children" published
 * in 2023 becomes OSAEC23. Always a valid key.
 */
export function suggestKey(title: string | null, publishedOn: IsoDate | null): string {
  const words = (title ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !FILLER.has(w.toLowerCase()) && !/^\d+$/.test(w));
  // An acronym in the title (PEEL, NCA) is kept whole when it is the whole subject.
  const letters = words
    .slice(-MAX_LETTERS)
    .map((w) => (/^[A-Z]{2,6}$/.test(w) && words.length === 1 ? w : (w[0] ?? '')))
    .join('')
    .toUpperCase();
  const year = publishedOn?.slice(2, 4) ?? /\b(?:19|20)(\d{2})\b/.exec(title ?? '')?.[1] ?? '';
  const key = `${letters || 'REPORT'}${year}`.slice(0, 16);
  return KEY_PATTERN.test(key) ? key : `R${key}`.slice(0, 16);
}

/** The suggestion, or the first of KEY B, KEY C, ... that is free. */
export async function firstFreeKey(base: string, taken: (key: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (const suffix of 'BCDEFGHJKLMNPQRSTUVWXYZ') {
    const key = `${base.slice(0, 15)}${suffix}`;
    if (!(await taken(key))) return key;
  }
  return base;
}
