import { squash } from './text-util.ts';

/** A physical line of the input, before any interpretation. */
export type Raw = {
  /** Whitespace squashed, invisible characters removed. */
  text: string;
  /** The line with its spacing kept (tabs as two spaces): columns of a laid-out table live here. */
  layout: string;
  blank: boolean;
  indented: boolean;
  /** A form feed came right before this line: a new page starts here. */
  formFeed: boolean;
};

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Superscript digits are footnote markers ("understood,¹ so that"); they are not part of the words.
const SUPERSCRIPT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;

export function splitRaw(text: string): Raw[] {
  const out: Raw[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split('\n')) {
    chunk.split('\f').forEach((piece, index) => {
      const layout = piece
        .replace(INVISIBLE, '')
        .replace(/\u00a0/g, ' ')
        .replace(/\t/g, '  ')
        .replace(SUPERSCRIPT, '')
        .trimEnd();
      const trimmed = squash(layout);
      out.push({
        text: trimmed,
        layout,
        blank: trimmed === '',
        indented: /^\s/.test(layout),
        formFeed: index > 0,
      });
    });
  }
  return out;
}
