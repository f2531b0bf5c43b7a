import type { Line } from './clean-text.ts';

// Prefixes that make compounds ("well-established", "self-assessment"): their hyphen is the word's own.
const COMPOUND_PREFIX =
  /(?:^|[^A-Za-z])(?:well|self|non|co|cross|multi|long|short|high|low|part|full|anti|ex|semi|inter|pre|post|under|over|risk|time|case|child|victim|force|agency|evidence|data|cyber|e)-$/i;

/**
 * Joins a paragraph's lines. A word broken at the line end ("pur-" / "suits") is mended, unless the document
 * itself writes the hyphenated form or the first half is a compound's prefix ("well-" / "established").
 */
export function joinParts(parts: readonly string[], words: ReadonlySet<string>): string {
  let text = '';
  let previous = '';
  for (const part of parts) {
    let glue = text === '' ? '' : ' ';
    if (text !== '' && /[A-Za-z]-$/.test(previous) && /^[a-z]/.test(part)) {
      const head = /([A-Za-z]+)-$/.exec(previous)?.[1] ?? '';
      const tail = /^[a-z]+/.exec(part)?.[0] ?? '';
      const hyphenated = words.has(`${head}-${tail}`.toLowerCase());
      const mended = words.has(`${head}${tail}`.toLowerCase());
      const keep = hyphenated || (!mended && COMPOUND_PREFIX.test(previous));
      if (!keep) text = text.slice(0, -1);
      glue = '';
    }
    text += glue + part;
    previous = part;
  }
  return text;
}

/** Every word of the document, hyphenated compounds whole, to tell a broken word from a compound. */
export function vocabulary(lines: readonly Line[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines)
    for (const w of line.text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) words.add(w);
  return words;
}
