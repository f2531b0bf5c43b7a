import type { Line } from './clean-text.ts';
import { MONTH } from './deadlines.ts';
import { wordCount } from './text-util.ts';

// "1 Evidence was given at the inquest ...", a blank line, "2 This, according to the evidence ...": a PDF's
// numbered paragraphs that lost the full stop after each number. Alone, "2 The" may be a figure wrapped to a
// line's start; a count from 1 upwards, each at the start of a paragraph, is a list. "3 March 2020" is a date.
const BARE_NUMBER = /^(\d{1,2})\s+(?=[A-Z][a-z])/;
const DATE_AT_START = new RegExp(`^\\d{1,2}\\s+${MONTH}`, 'i');
const MIN_RUN = 2;
// A paragraph's sentence, not a slide's or a contents page's short title ("1   Welcome").
const MIN_WORDS = 8;

/** Marks each paragraph of a bare count ("1 ...", "2 ...") as a list entry, printed "1. ...", "2. ...". */
export function numberBareRuns(lines: Line[]): Line[] {
  const starts = lines.flatMap((line, at) => {
    const n =
      line.gapBefore > 0 &&
      !line.listMark &&
      !line.bullet &&
      line.row === null &&
      wordCount(line.text) >= MIN_WORDS &&
      !DATE_AT_START.test(line.text)
        ? BARE_NUMBER.exec(line.text)?.[1]
        : undefined;
    return n === undefined ? [] : [{ at, n: Number(n) }];
  });
  const marked = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= MIN_RUN) for (const at of run) marked.add(at);
    run = [];
  };
  for (const start of starts) {
    if (start.n === 1) close();
    if (start.n === 1 || (run.length > 0 && start.n === run.length + 1)) run.push(start.at);
    else close();
  }
  close();
  if (marked.size === 0) return lines;
  return lines.map((line, at) =>
    marked.has(at) ? { ...line, text: line.text.replace(/^(\d{1,2})\s+/, '$1. '), listMark: true } : line,
  );
}
