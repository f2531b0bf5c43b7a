/*
 * Import accuracy on the real-world corpus, with the outside checks' own rules (test/support/corpus-score.ts):
 * the development split, the held-out split, and the shared public corpus when ../shared is present.
 *
 *   npx tsx bench/import-corpus.ts            # one line per document and a total per split
 *   npx tsx bench/import-corpus.ts --verbose  # and every failed check
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, readCorpus, type Scored, scoreCorpus, totals } from '../test/support/corpus.ts';
import { SHARED_FIXTURES } from '../test/support/shared-fixtures.ts';

const verbose = process.argv.includes('--verbose');
const splits: [string, string][] = [
  ['development', join(CORPUS_DIR, 'dev')],
  ['held out', join(CORPUS_DIR, 'heldout')],
  ['shared', join(SHARED_FIXTURES, 'import-corpus')],
];

function pct(passed: number, checks: number): string {
  return checks === 0 ? '-' : `${((100 * passed) / checks).toFixed(1)}%`;
}

function row(doc: Scored): string {
  const passed = doc.score.items.filter((c) => c.ok).length;
  const other = doc.score.other.filter((c) => c.ok).length;
  return `| ${doc.name.padEnd(44)} | ${`${passed}/${doc.score.items.length}`.padStart(7)} | ${pct(passed, doc.score.items.length).padStart(6)} | ${String(doc.score.falsePositives).padStart(2)} | ${`${other}/${doc.score.other.length}`.padStart(6)} |`;
}

for (const [split, dir] of splits) {
  if (split === 'shared' && !existsSync(dir)) {
    console.log(`\n${split}: skipped, ${dir} is not present (a clone has no ../shared; CI has it)`);
    continue;
  }
  const scored = scoreCorpus(readCorpus(dir));
  console.log(`\n${split} (${scored.length} documents)\n`);
  console.log(`| ${'document'.padEnd(44)} | items   | score  | FP | report |`);
  console.log(`|${'-'.repeat(46)}|---------|--------|----|--------|`);
  for (const doc of scored) {
    console.log(row(doc));
    if (verbose) for (const c of doc.score.checks.filter((x) => !x.ok)) console.log(`|   ${c.name}`);
  }
  const t = totals(scored);
  console.log(
    `| ${'TOTAL'.padEnd(44)} | ${`${t.passed}/${t.checks}`.padStart(7)} | ${pct(t.passed, t.checks).padStart(6)} | ${String(t.falsePositives).padStart(2)} |        |`,
  );
}
