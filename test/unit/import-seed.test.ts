import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';
import { toFixtureJson } from '../../src/core/import/fixture-json.ts';
import { failures, scoreExtraction } from '../support/import-score.ts';
import { hasShared, needsShared, seedExpected, seedText } from '../support/shared-fixtures.ts';

// The seed is in ../shared: without it (a fresh clone) these are skipped, and the run says so.
const seed = hasShared ? seedText() : '';
const expected: unknown = hasShared ? seedExpected() : undefined;

function misses(text: string): string[] {
  return failures(scoreExtraction(toFixtureJson(extractReport(text)), expected));
}

// The same document as other converters and printers would hand it over.
function hardWrapped(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= width || line.startsWith('\t')) return [line];
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current !== '' && current.length + word.length + 1 > width) {
          out.push(current);
          current = `  ${word}`.trimStart();
        } else {
          current = current === '' ? word : `${current} ${word}`;
        }
      }
      return [...out, current];
    })
    .join('\n');
}

function paged(text: string): string {
  const pages = text.split('\n\n\n\n');
  return pages
    .map(
      (page, i) =>
        `Norfolk OPCC – Section 55 response\n\n${page}\n\n${' '.repeat(40)}Page ${i + 1} of ${pages.length}`,
    )
    .join('\f');
}

describe('import: the seed section 55 response', needsShared, () => {
  it('matches its expected JSON: labels, numbers, deadlines exactly; text and responses at F1 >= 0.95', () => {
    expect(misses(seed)).toEqual([]);
  });

  it('extracts the eleven listed recommendations once each, in order', () => {
    const e = extractReport(seed);
    expect(e.recommendations.map((r) => r.number)).toEqual([1, 2, 5, 8, 9, 11, 12, 13, 14, 15, 16]);
    expect(e.areasForImprovement).toEqual([]);
    expect(e.causesOfConcern).toEqual([]);
  });

  it('flags the stated count and the numbering gaps for the preview', () => {
    const { warnings } = extractReport(seed);
    expect(warnings).toContain('stated 17 recommendations, found 11');
    expect(warnings).toContain('recommendation numbering gap 2 -> 5');
  });

  it('keeps the closing paragraph out of recommendation 16 and in the overall force response', () => {
    const e = extractReport(seed);
    expect(e.recommendations.at(-1)?.forceResponse).not.toMatch(/Our ability to sustain/);
    expect(e.forceResponseOverall).toMatch(/Our ability to sustain our progress/);
    expect(e.pccResponseOverall).not.toMatch(/Office Use/);
  });

  it.each([
    ['Windows line endings', seed.replace(/\n/g, '\r\n')],
    ['no Markdown marks', seed.replace(/^#+\s*/gm, '').replace(/\*\*/g, '')],
    ['hard-wrapped at 88 columns', hardWrapped(seed.replace(/^#+\s*/gm, '').replace(/\*\*/g, ''), 88)],
    ['paged with form feeds, running header and page numbers', paged(hardWrapped(seed, 88))],
  ])('gives the same result with %s', (_name, text) => {
    expect(misses(text)).toEqual([]);
  });
});
