/**
 * Prints how long the import extractor takes on the seed section 55 response (budget 50 ms) and on a 1 MB
 * document (budget 1 s), each next to a baseline measured in the same run: splitting the same text into
 * lines. Machines here are shared and noisy, so the figures are medians and the ratio matters most.
 * The seed is in ../shared; without it (a fresh clone) the seed timing is skipped, saying so, and the
 * 1 MB document is built from test/fixtures/import alone.
 * Run: npx tsx bench/import-speed.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractReport } from '../src/core/import/extract.ts';
import { hasShared, SEED_PATH, SHARED_ABSENT } from '../test/support/shared-fixtures.ts';

const root = join(import.meta.dirname, '..');
const seed = hasShared ? readFileSync(SEED_PATH, 'utf8') : undefined;
const fixtureDir = join(root, 'test', 'fixtures', 'import');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(fixtureDir, f), 'utf8'));

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(runs: number, fn: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const documents = seed === undefined ? fixtures : [seed, ...fixtures];

// A megabyte of the seed and the fixtures, each copy renumbered so that its items stay distinct items
// (identical copies would merge into a few, which is the easy case).
function megabyte(): string {
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < 1_000_000; copy++) {
    for (const [d, doc] of documents.entries()) {
      // Three-digit numbers, as labels are: copies beyond that wrap round and merge, as repeats do.
      const offset = ((copy * documents.length + d) * 20) % 960;
      const varied = doc.replace(
        /\b(Recommendation|Area for improvement|Cause of concern) (\d+)/g,
        (_, word, n) => {
          return `${word} ${Number(n) + offset}`;
        },
      );
      parts.push(varied);
      size += varied.length;
    }
  }
  return parts.join('\n\n\n\n');
}

const splitLines = (text: string) => text.split(/\r?\n/).length;

const verdict = (ms: number, budget: number) =>
  ms < budget ? `under the ${budget} ms budget` : `OVER the ${budget} ms budget`;

if (seed === undefined) {
  console.log(`seed: skipped, ${SHARED_ABSENT}`);
} else {
  for (let i = 0; i < 30; i++) extractReport(seed);
  const seedMs = time(200, () => extractReport(seed));
  const seedBase = time(200, () => splitLines(seed));
  console.log(
    `seed (${(seed.length / 1024).toFixed(1)} KB): extract ${seedMs.toFixed(2)} ms median of 200, ${verdict(seedMs, 50)}; ` +
      `baseline split into lines ${seedBase.toFixed(3)} ms`,
  );
}
const big = megabyte();
extractReport(big);
const bigMs = time(5, () => extractReport(big));
const bigBase = time(5, () => splitLines(big));
const items = (() => {
  const e = extractReport(big);
  return e.recommendations.length + e.areasForImprovement.length + e.causesOfConcern.length;
})();

console.log(
  `1 MB document (${(big.length / 1e6).toFixed(2)} MB, ${items} items): extract ${bigMs.toFixed(0)} ms median of 5, ` +
    `${verdict(bigMs, 1000)}; baseline split into lines ${bigBase.toFixed(2)} ms`,
);
