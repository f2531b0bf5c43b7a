/**
 * Scores the import extractor against every fixture with an expected JSON: the seed section 55 response
 * and each test/fixtures/import/NAME.txt + NAME.expected.json. Prints one line per document, a total,
 * the per-category totals and, with --verbose, every failing check.
 * The seed is in ../shared; without it (a fresh clone) it is left out, saying so.
 * Run: npx tsx bench/import-accuracy.ts [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractReport } from '../src/core/import/extract.ts';
import { toFixtureJson } from '../src/core/import/fixture-json.ts';
import { type Category, type DocumentScore, scoreExtraction } from '../test/support/import-score.ts';
import { hasShared, SEED_PATH, SHARED_ABSENT } from '../test/support/shared-fixtures.ts';

const root = join(import.meta.dirname, '..');
const FIXTURES = join(root, 'test', 'fixtures', 'import');

export function fixtureFiles(): string[] {
  const own = existsSync(FIXTURES)
    ? readdirSync(FIXTURES)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => join(FIXTURES, name))
    : [];
  return [...(hasShared ? [SEED_PATH] : []), ...own].filter((file) =>
    existsSync(file.replace(/\.txt$/, '.expected.json')),
  );
}

export function scoreFile(file: string): DocumentScore {
  const expected: unknown = JSON.parse(readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8'));
  return scoreExtraction(toFixtureJson(extractReport(readFileSync(file, 'utf8'))), expected);
}

const verbose = process.argv.includes('--verbose');
if (!hasShared) console.log(`seed: left out, ${SHARED_ABSENT}\n`);
const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const rows: string[] = [];
const byCategory = new Map<Category, { passed: number; total: number; sum: number }>();
let passed = 0;
let total = 0;
for (const file of fixtureFiles()) {
  const score = scoreFile(file);
  passed += score.passed;
  total += score.total;
  for (const f of score.fields) {
    const c = byCategory.get(f.category) ?? { passed: 0, total: 0, sum: 0 };
    c.total++;
    c.sum += f.score;
    if (f.ok) c.passed++;
    byCategory.set(f.category, c);
  }
  const failing = score.fields.filter((f) => !f.ok);
  rows.push(
    `| ${basename(file, '.txt').padEnd(50)} | ${`${score.passed}/${score.total}`.padStart(9)} | ${pct(score.passed, score.total)} |`,
  );
  if (verbose) for (const f of failing) rows.push(`|   ${f.field}: ${f.detail ?? ''}`);
}
console.log(`| ${'document'.padEnd(50)} | ${'checks'.padStart(9)} | score  |`);
console.log(`|${'-'.repeat(52)}|${'-'.repeat(11)}|--------|`);
for (const row of rows) console.log(row);
console.log(`| ${'TOTAL'.padEnd(50)} | ${`${passed}/${total}`.padStart(9)} | ${pct(passed, total)} |`);
console.log('');
// The mean matters for the token-F1 categories: a pass at 0.95 and one at 1.0 differ there.
console.log('| category         | checks    | passed | mean score |');
console.log('|------------------|-----------|--------|------------|');
for (const [category, c] of [...byCategory].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(
    `| ${category.padEnd(16)} | ${`${c.passed}/${c.total}`.padStart(9)} | ${pct(c.passed, c.total)} | ${(c.sum / c.total).toFixed(3).padStart(10)} |`,
  );
}
