import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';
import { toFixtureJson } from '../../src/core/import/fixture-json.ts';
import { failures, scoreExtraction } from '../support/import-score.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'import');
// Every NAME.txt with a NAME.expected.json beside it: new fixtures are picked up without editing this file.
const names = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, '.expected.json'))))
      .sort()
  : [];

describe('import: fixtures in test/fixtures/import', () => {
  it('has fixtures to check', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  it.each(names)('%s matches its expected JSON', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const expected: unknown = JSON.parse(
      readFileSync(join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8'),
    );
    expect(failures(scoreExtraction(toFixtureJson(extractReport(text)), expected))).toEqual([]);
  });
});
