// Lines that title the numbered list right below them, told apart from the list's own entries.

import type { Line } from './clean-text.ts';
import { classifyHeading } from './sections.ts';
import { endsSentence, startsLower, wordCount } from './text-util.ts';

/** More words than a title has: a sentence. */
export const MAX_HEADING_WORDS = 12;

/**
 * "Conclusions and Recommendations (paragraphs 1 to 3)" right above "1.": it names the list below it, even
 * run on from the line before.
 */
export function namesListBelow(line: Line, next: Line | undefined): boolean {
  // A report's numbered paragraphs ("1."), not a letter's asks ("2)", "(ii)").
  // A bracket at the end is a note on the title ("(paragraphs 1 to 3)"): its words do not make it a sentence.
  const core = line.text.replace(/\s*\([^()]*\)$/, '');
  if (!/^\d{1,3}\.\s/.test(next?.text ?? '') || line.listMark || wordCount(core) > MAX_HEADING_WORDS)
    return false;
  // "of George Dillon, and whether the coroner's concerns apply to us.": the end of a sentence, not a title.
  if (startsLower(line.text) || /[;,]$/.test(line.text) || /(?<!\bas follows)\.$/i.test(line.text))
    return false;
  return /^(?:areas_for_improvement|causes_of_concern|recommendations)$/.test(classifyHeading(core));
}

/**
 * "Conclusions and recommendations (paragraphs 1 to 3; the remaining" over "paragraphs are not reproduced)"
 * right above "1.": a title whose bracket closes on the next line names the list below it too.
 */
export function bracketRunsOn(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  const tail = lines[i + 1];
  if (line === undefined || tail === undefined || tail.gapBefore > 0) return false;
  if (!/\([^()]*$/.test(line.text) || !/^[^()]*\)$/.test(tail.text)) return false;
  return namesListBelow({ ...line, text: `${line.text} ${tail.text}` }, lines[i + 2]);
}

/**
 * "2. Conclusions of the Committee" right above "1. We welcome ...": a count never goes back to one mid-list,
 * so the short line is the paper's numbered section over a list of its own. Not the last line of a contents
 * list ("3. Actions" / "4. Recommendations" / "1. Introduction"), whose count ran on from the line above.
 */
export function sectionOverCount(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  const number = /^(\d{1,2})\.\s+[A-Z]/.exec(line?.text ?? '')?.[1];
  if (line === undefined || number === undefined || Number(number) < 2) return false;
  if (!/^1\.\s/.test(lines[i + 1]?.text ?? '') || wordCount(line.text) > 10 || endsSentence(line.text))
    return false;
  return !lines[i - 1]?.text.startsWith(`${Number(number) - 1}. `);
}
