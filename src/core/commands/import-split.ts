import { fail } from '../reply/reply.ts';

/**
 * An item's text cut after the words given: [before and including them, the rest]. The words are
 * found as typed, else ignoring case, spacing and the kind of quote or dash, as chat apps change them.
 * A problem, with an example made of the item's own words, when they are not there or leave nothing.
 */
export function splitText(ref: string, text: string, after: string): [string, string] {
  const end = endOf(text, after);
  const example = `import split ${ref} after "${suggestion(text)}"`;
  if (end === -1) {
    return fail(
      'import.split_not_found',
      `"${after}" is not in the text of ${ref}, so I can't split it there. Give words from its text, in quotes: see them with import show ${ref}`,
      example,
    );
  }
  const first = text.slice(0, end).trim();
  const second = text.slice(end).trim();
  if (first === '' || second === '') {
    return fail(
      'import.split_empty',
      `"${after}" ends the text of ${ref}, so nothing would be left to split off. Give words from the middle of its text.`,
      example,
    );
  }
  return [first, second];
}

function endOf(text: string, words: string): number {
  const exact = text.indexOf(words);
  if (exact !== -1) return exact + words.length;
  const pattern = words
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/['’‘]/g, "['’‘]")
        .replace(/["“”]/g, '["“”]')
        .replace(/[-–—]/g, '[-–—]'),
    )
    .join('\\s+');
  const match = pattern === '' ? null : new RegExp(pattern, 'i').exec(text);
  return match ? match.index + match[0].length : -1;
}

/** The last words of the first sentence (or the first words), for an example that fits the item. */
function suggestion(text: string): string {
  const sentence = /^(.+?[.;:])\s+\S/s.exec(text)?.[1];
  const words = (sentence ?? text).split(/\s+/);
  const picked = sentence ? words.slice(-4) : words.slice(0, Math.min(5, Math.max(1, words.length - 1)));
  return picked.join(' ').replace(/"/g, "'");
}
