/**
 * Prints how the import extractor's time grows with a document's length, shape by shape: each document is
 * read at n and at 4n units (paragraphs, rows, items), and the ratio of the two times is printed. A reading
 * that keeps pace with its text shows about 4; one that grows with the square of its text shows about 16,
 * and a long paste then takes minutes where a short one took a second (numbered paragraphs once did: 8,000
 * of them took 7 s, 60,000 took 9 minutes). Medians of three, as machines here are shared and noisy.
 * Run: npx tsx bench/import-growth.ts
 */
import { performance } from 'node:perf_hooks';
import { extractReport } from '../src/core/import/extract.ts';

const should = (i: number) =>
  `The force should review its process number ${i} and publish the results to the board by March 2026.`;

/** Each shape builds a document of n units, the way that kind of document grows. */
const SHAPES: Record<string, (n: number) => string> = {
  'numbered paragraphs of narrative': (n) =>
    Array.from(
      { length: n },
      (_, i) => `${i + 1}. The panel met on ${(i % 28) + 1} May and noted item ${i}.`,
    ).join('\n\n'),
  "a coroner's concerns, then paragraphs": (n) =>
    `REGULATION 28 REPORT TO PREVENT FUTURE DEATHS\n\nCORONER'S CONCERNS\n\nThe MATTERS OF CONCERN are as follows:\n\n${Array.from(
      { length: n },
      (_, i) => (i < 20 ? `(${i + 1}) ${should(i)}` : `I heard evidence on point ${i}.`),
    ).join('\n\n')}`,
  'labelled items with responses': (n) =>
    Array.from(
      { length: n },
      (_, i) => `Recommendation ${(i % 900) + 1}\n${should(i)}\nForce response: Agreed, work is under way.\n`,
    ).join('\n'),
  'tracker exported as CSV': (n) =>
    `Ref,Recommendation,Owner,Due\n${Array.from({ length: n }, (_, i) => `R${i + 1},"${should(i)}",Head of Crime,31/03/2026`).join('\n')}`,
  'bullets under one heading': (n) =>
    `Recommendations\n\n${Array.from({ length: n }, (_, i) => `• ${should(i)}`).join('\n')}`,
  'sections, each with its areas for improvement': (n) =>
    Array.from(
      { length: n },
      (_, i) =>
        `Section ${i}\n\nWe found problems in area ${i}.\n\nAreas for improvement\n\n• The force should improve item ${i}.`,
    ).join('\n\n'),
};

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(text: string): number {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    extractReport(text);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const SMALL = 1500;
const LARGE = SMALL * 4;
// Four times the text in four times the time is keeping pace; beyond six, the reading outgrows its text.
const PACE_LIMIT = 6;

extractReport(SHAPES['labelled items with responses']?.(200) ?? '');
for (const [shape, build] of Object.entries(SHAPES)) {
  const small = build(SMALL);
  const large = build(LARGE);
  const smallMs = time(small);
  const largeMs = time(large);
  const ratio = largeMs / smallMs;
  console.log(
    `${shape}: ${SMALL} units (${(small.length / 1e6).toFixed(2)} MB) ${smallMs.toFixed(0)} ms, ` +
      `${LARGE} units (${(large.length / 1e6).toFixed(2)} MB) ${largeMs.toFixed(0)} ms, ratio ${ratio.toFixed(1)} ` +
      `(${ratio <= PACE_LIMIT ? 'keeps pace with its length' : 'OUTGROWS its length'})`,
  );
}
