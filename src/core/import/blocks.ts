import { LIST_MARK, type Line } from './clean-text.ts';
import { type LabelMatch, matchLabel } from './labels.ts';
import type { TableRow } from './table.ts';
import { endsSentence, startsLower, wordCount } from './text-util.ts';

export type Heading = { type: 'heading'; text: string; marked: boolean; index: number };
export type LabelBlock = { type: 'label'; match: LabelMatch; index: number };
export type Para = {
  type: 'para';
  text: string;
  bullet: boolean;
  /** Starts with a list marker ("1.", "(a)"). */
  list: boolean;
  /** A page break or two blank lines came before it: where a closing paragraph usually starts. */
  afterBreak: boolean;
  index: number;
};
export type RowBlock = { type: 'row'; row: TableRow; index: number };
export type Block = Heading | LabelBlock | Para | RowBlock;

// Words that make a short line a clause ("This should:", "The force must:") rather than a heading.
const CLAUSE_WORD =
  /\b(?:should|must|will|would|could|can|shall|is|are|was|were|has|have|had|needs?|includ\w*|we|they|our|i)\b/i;
const MAX_HEADING_WORDS = 12;
const FUNCTION_END = /\b(?:to|of|and|or|the|a|an|for|in|on|by|with|from|at)$/;

/** Widths of most lines: the 80th percentile, so wrapped paragraphs can be told from short headings. */
function typicalWidth(lines: readonly Line[]): number {
  const widths = lines
    .filter((l) => !l.bullet)
    .map((l) => l.text.length)
    .sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.8)] ?? 80;
}

function isHeading(line: Line, next: Line | undefined, width: number): boolean {
  if (line.bullet || line.row) return false;
  const words = wordCount(line.text);
  if (line.marked) return words <= 25;
  // A numbered section heading ("4. THE FORCE'S RESPONSE", "2. Response to the recommendations").
  const text = line.listMark ? line.text.replace(LIST_MARK, '') : line.text;
  if (words > MAX_HEADING_WORDS || text.length > 100 || !/^[A-Z0-9]/.test(text)) return false;
  if (/[.!?;,]["'”’)]*$/.test(text)) return false;
  // "Response sent to HMICFRS: 08/08/2024" is a field; "Police and Crime Commissioner's response to" runs on.
  if (/:\s*[\d/.-]+$/.test(text) || FUNCTION_END.test(text)) return false;
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 4 && letters === letters.toUpperCase()) return true;
  if (CLAUSE_WORD.test(text)) return false;
  const isolated = next === undefined || next.gapBefore > 0 || next.pageBreakBefore || next.marked;
  if (line.listMark) return line.gapBefore > 0 && isolated && /^[A-Z]/.test(text);
  if (text.endsWith(':')) return true;
  if (line.gapBefore > 0 && isolated) return true;
  // A short line right above a paragraph, in a document whose lines are wrapped at a fixed width.
  return next !== undefined && !next.bullet && line.text.length < width * 0.5 && /^[A-Z]/.test(next.text);
}

function continues(prev: string, prevLine: Line | null, line: Line, width: number): boolean {
  if (line.bullet || line.listMark || line.marked || line.row) return false;
  const broken = line.gapBefore > 0 || line.pageBreakBefore;
  // A line filled to the margin was wrapped, even when it happens to end with a full stop.
  const full = prevLine !== null && prevLine.text.length >= width * 0.8 && width < 200;
  if (!broken) return !endsSentence(prev) || startsLower(line.text) || full;
  if (endsSentence(prev)) return false;
  // Across a blank line or page turn only a sentence cut in two continues: "... We" / "welcome this ...".
  return startsLower(line.text) || (line.pageBreakBefore && prev.length >= width * 0.5);
}

function append(prev: string, next: string): string {
  // A word hyphenated at the line end ("well-" / "embedded") keeps its hyphen and loses the line break.
  return /[A-Za-z]-$/.test(prev) && /^[a-z]/.test(next) ? prev + next : `${prev} ${next}`;
}

/** Groups cleaned lines into headings, item labels and paragraphs (wrapped lines and page breaks re-joined). */
export function toBlocks(lines: readonly Line[]): Block[] {
  const width = typicalWidth(lines);
  const blocks: Block[] = [];
  let para: Para | null = null;
  let lastLine: Line | null = null;
  const flush = () => {
    if (para) blocks.push(para);
    para = null;
  };
  lines.forEach((line, i) => {
    if (line.row) {
      flush();
      blocks.push({ type: 'row', row: line.row, index: i });
      lastLine = line;
      return;
    }
    const label = line.gapBefore > 0 || line.marked || endsParagraph(lastLine) ? matchLabel(line.text) : null;
    if (label) {
      flush();
      blocks.push({ type: 'label', match: label, index: i });
      if (label.rest !== '') para = newPara(label.rest, line, i);
    } else if (para !== null && continues((para as Para).text, lastLine, line, width)) {
      const open: Para = para;
      open.text = append(open.text, line.text);
    } else if (isHeading(line, lines[i + 1], width)) {
      flush();
      const text = line.text.replace(LIST_MARK, '').replace(/:$/, '').trim();
      blocks.push({ type: 'heading', text, marked: line.marked, index: i });
    } else {
      flush();
      para = newPara(line.text, line, i);
    }
    lastLine = line;
  });
  flush();
  return blocks;
}

// A label only starts a line that follows a finished sentence, a heading or a gap; otherwise it is a
// reference wrapped onto a new line ("as outlined above under" / "Recommendation 5. Low risk cases").
function endsParagraph(prev: Line | null): boolean {
  return prev === null || endsSentence(prev.text) || prev.marked || !/[a-z,]$/.test(prev.text);
}

function newPara(text: string, line: Line, index: number): Para {
  return { type: 'para', text, bullet: line.bullet, list: line.listMark, afterBreak: line.pageBreakBefore, index };
}
