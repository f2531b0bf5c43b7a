import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlainText } from '../../adapters/documents/plain-text.ts';
import { extractReport } from '../../src/core/import/extract.ts';
import { toFixtureJson } from '../../src/core/import/fixture-json.ts';
import { type DocScore, scoreDocument } from './corpus-score.ts';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'fixtures', 'import-corpus');

export type CorpusDocument = { name: string; path: string; text: string; expected: Record<string, unknown> };
export type Scored = CorpusDocument & { score: DocScore; ms: number };

/** Every NAME.txt or NAME.md in a folder that has a NAME.expected.json beside it. */
export function readCorpus(dir: string): CorpusDocument[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(?:txt|md)$/.test(f))
    .sort()
    .flatMap((file) => {
      const name = file.replace(/\.(?:txt|md)$/, '');
      const expectedPath = join(dir, `${name}.expected.json`);
      if (!existsSync(expectedPath)) return [];
      const path = join(dir, file);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>;
      // Decoded as \`rectrack import\` decodes the file (a byte-order mark, UTF-16, Windows-1252), not as UTF-8.
      const read = readPlainText(file, readFileSync(path));
      return [{ name, path, text: read.ok ? read.text : '', expected }];
    });
}

export function scoreCorpus(docs: readonly CorpusDocument[]): Scored[] {
  return docs.map((doc) => {
    const started = performance.now();
    const got = toFixtureJson(extractReport(doc.text)) as unknown as Record<string, unknown>;
    const ms = performance.now() - started;
    return { ...doc, score: scoreDocument(doc.expected, got), ms };
  });
}

export function totals(scored: readonly Scored[]): {
  passed: number;
  checks: number;
  falsePositives: number;
} {
  let passed = 0;
  let checks = 0;
  let falsePositives = 0;
  for (const { score } of scored) {
    passed += score.items.filter((c) => c.ok).length;
    checks += score.items.length;
    falsePositives += score.falsePositives;
  }
  return { passed, checks, falsePositives };
}
