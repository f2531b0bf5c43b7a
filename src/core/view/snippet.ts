/*
 * The words a search found, shown in the text around them. A term is lower-case and a space in it
 * stands for any one character, as the store matches it (src/ports/store.ts, ItemStore.search).
 */

const WIDTH = 110;
const BEFORE = 35;

/** A search word as the store matches it: lower-case, inner punctuation standing for any one character. */
export function searchTerm(word: string): string {
  return word
    .toLowerCase()
    .replace(/(?:(?![%_#&@])\p{P})+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function pattern(term: string): RegExp {
  const literal = (piece: string) => piece.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(term.split(' ').map(literal).join('.'), 'iu');
}

/** How many of the terms the text holds. */
export function termsIn(text: string, terms: readonly string[]): number {
  return terms.filter((term) => pattern(term).test(text)).length;
}

/** The text around the first term found, cut at word boundaries with a visible "…" where it was cut. */
export function snippet(text: string, terms: readonly string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const found = terms
    .map((term) => pattern(term).exec(flat)?.index)
    .filter((index): index is number => index !== undefined);
  const first = found.length > 0 ? Math.min(...found) : 0;
  if (flat.length <= WIDTH) return flat;
  let start = Math.max(0, Math.min(first - BEFORE, flat.length - WIDTH));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + WIDTH);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > first ? flat.lastIndexOf(' ', end) : end;
  const middle = flat.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${middle}${end < flat.length ? '…' : ''}`;
}
