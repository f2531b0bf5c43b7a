import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_DOCUMENT } from '../support/import-fixtures.ts';
import { blocksOf, makeDocx, makeFlowingPdf } from '../support/make-documents.ts';
import { runRectrack } from '../support/run-rectrack.ts';
import { needsShared, SEED_PATH, seedExpected } from '../support/shared-fixtures.ts';

// An inspection report from test/fixtures/import (causes of concern, recommendations, one of them waiting
// on an event, areas for improvement), so these run in any clone.
const source = IMPORT_DOCUMENT.path;
const expected = IMPORT_DOCUMENT.expected;
const dir = mkdtempSync(join(tmpdir(), 'rectrack-import-'));

const rectrack = (args: string[]) => runRectrack(args, { cwd: dir });

/** The document as .txt (itself), .md, .docx and .pdf, written to the temporary directory. */
async function inEveryFormat(path: string, base: string): Promise<Record<string, string>> {
  const text = readFileSync(path, 'utf8');
  const blocks = blocksOf(text);
  const files: Record<string, string> = { txt: path };
  files.md = join(dir, `${base}.md`);
  files.docx = join(dir, `${base}.docx`);
  files.pdf = join(dir, `${base}.pdf`);
  writeFileSync(files.md, text);
  writeFileSync(files.docx, await makeDocx(blocks));
  writeFileSync(files.pdf, await makeFlowingPdf(blocks));
  return files;
}

let files: Record<string, string> = {};

beforeAll(async () => {
  files = await inEveryFormat(source, 'calderbrook-rasso');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOP_LEVEL = [
  'title',
  'publisher',
  'published_on',
  'link',
  'section55_due',
  'force_response_overall',
  'pcc_response_overall',
  'recommendations',
  'areas_for_improvement',
  'causes_of_concern',
];

describe('rectrack import --dry-run --json (a real process)', () => {
  it.each(['txt', 'md', 'docx', 'pdf'])('extracts the inspection report from a .%s', async (format) => {
    const run = await rectrack(['import', '--dry-run', '--json', files[format] ?? '']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown> & { recommendations: { label: string }[] };
    expect(Object.keys(json)).toEqual(expect.arrayContaining(TOP_LEVEL));
    expect(json.published_on).toBe(expected.published_on);
    expect(json.section55_due).toBe(expected.section55_due);
    expect(json.recommendations.map((r) => r.label)).toEqual(expected.recommendations.map((r) => r.label));
  });

  it('prints a short summary without --json', async () => {
    const run = await rectrack(['import', '--dry-run', source]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Published: 29 August 2024');
    expect(run.stdout).toContain('Section 55 response due: 24 October 2024');
    expect(run.stdout).toContain('5 recommendations, 2 areas for improvement, 2 causes of concern');
    expect(run.stdout).toMatch(/Recommendation 5 +due immediately/);
    expect(run.stdout).toContain('Dry run: nothing was saved.');
  });

  it("exits 1 with the reader's message for a damaged file", async () => {
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, readFileSync(files.pdf ?? '').subarray(0, 200));
    const run = await rectrack(['import', '--dry-run', '--json', broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('broken.pdf looks damaged');
  });

  it('exits 2 for a file that is not there, saying so', async () => {
    const run = await rectrack(['import', '--dry-run', '--json', join(dir, 'missing.pdf')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No such file');
    expect(run.stderr).toContain('missing.pdf');
  });

  it('saves without --dry-run, as an admin, once', async () => {
    const db = join(dir, 'saved.sqlite');
    const saved = await rectrack(['import', '--db', db, '--user', 'alice', '--key', 'RASSO24', source]);
    expect(saved.stderr).toBe('');
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain('Imported RASSO24:');
    expect(saved.stdout).toContain('with 9 items');

    const again = await rectrack(['import', '--db', db, '--user', 'alice', source]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already imported as RASSO24');

    const shown = await rectrack(['chat', '--db', db, '--user', 'alice', '-e', 'RASSO24-4']);
    expect(shown.stdout).toContain(
      'Within three months of the new case management system going live (waiting for the event)',
    );
  });

  it('saves a second copy only with --anyway, leaving no preview behind when it refuses', async () => {
    const db = join(dir, 'twice.sqlite');
    await rectrack(['import', '--db', db, '--user', 'alice', '--key', 'RASSO24', source]);
    const refused = await rectrack(['import', '--db', db, '--user', 'alice', '--key', 'RASSO24', source]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('To save a second copy, run the same command with --anyway.');
    expect(refused.stderr).not.toContain('import confirm');
    const left = await rectrack(['chat', '--db', db, '--user', 'alice', '-e', 'import preview']);
    expect(left.stdout).toContain('You have no import waiting');
    const copy = await rectrack([
      'import',
      '--db',
      db,
      '--user',
      'alice',
      '--key',
      'RASSO24B',
      '--anyway',
      source,
    ]);
    expect(copy.code).toBe(0);
    expect(copy.stdout).toContain('Imported RASSO24B:');
  });

  it('refuses to save for someone who is not an admin, or into a workspace that does not exist', async () => {
    const db = join(dir, 'refused.sqlite');
    await rectrack(['chat', '--db', db, '--user', 'alice', '-e', 'reports']);
    const member = await rectrack(['import', '--db', db, '--user', 'bob', source]);
    expect(member.code).toBe(1);
    expect(member.stderr).toContain('Only an admin can save an import');
    const nowhere = await rectrack([
      'import',
      '--db',
      db,
      '--user',
      'alice',
      '--workspace',
      'slack:TNOPE',
      source,
    ]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('No slack workspace TNOPE has used rectrack yet.');
  });
});

describe('rectrack import --dry-run --json on the seed in ../shared (a real process)', needsShared, () => {
  let seedFiles: Record<string, string> = {};
  beforeAll(async () => {
    seedFiles = await inEveryFormat(SEED_PATH, 'norfolk-response');
  });

  it.each(['txt', 'md', 'docx', 'pdf'])('extracts the Norfolk response from a .%s', async (format) => {
    const seed = seedExpected() as { recommendations: { label: string }[] };
    const run = await rectrack(['import', '--dry-run', '--json', seedFiles[format] ?? '']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown> & { recommendations: { label: string }[] };
    expect(Object.keys(json)).toEqual(expect.arrayContaining(TOP_LEVEL));
    expect(json.published_on).toBe('2023-04-05');
    expect(json.section55_due).toBe('2023-05-31');
    expect(json.recommendations.map((r) => r.label)).toEqual(seed.recommendations.map((r) => r.label));
  });

  it('prints a short summary without --json', async () => {
    const run = await rectrack(['import', '--dry-run', SEED_PATH]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Published: 5 April 2023');
    expect(run.stdout).toContain('Section 55 response due: 31 May 2023');
    expect(run.stdout).toContain('11 recommendations, 0 areas for improvement, 0 causes of concern');
    expect(run.stdout).toMatch(/Recommendation 13 +due immediately/);
  });
});
