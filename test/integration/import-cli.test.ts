import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksOf, makeDocx, makeFlowingPdf } from '../support/make-documents.ts';
import { runRectrack } from '../support/run-rectrack.ts';

const root = join(import.meta.dirname, '..', '..');
// CI lays shared/ beside the repository, as on a developer's machine.
const fixtures = join(root, '..', 'shared', 'fixtures');
const seed = join(fixtures, 'norfolk-pcc-response-osaec-2023.txt');
const expected = JSON.parse(
  readFileSync(join(fixtures, 'norfolk-pcc-response-osaec-2023.expected.json'), 'utf8'),
) as { recommendations: { label: string }[] };
const dir = mkdtempSync(join(tmpdir(), 'rectrack-import-'));

const rectrack = (args: string[]) => runRectrack(args, { cwd: dir });

const files: Record<string, string> = { txt: seed };

beforeAll(async () => {
  const text = readFileSync(seed, 'utf8');
  const blocks = blocksOf(text);
  files.md = join(dir, 'norfolk-response.md');
  files.docx = join(dir, 'norfolk-response.docx');
  files.pdf = join(dir, 'norfolk-response.pdf');
  writeFileSync(files.md, text);
  writeFileSync(files.docx, await makeDocx(blocks));
  writeFileSync(files.pdf, await makeFlowingPdf(blocks));
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
  it.each(['txt', 'md', 'docx', 'pdf'])('extracts the Norfolk response from a .%s', async (format) => {
    const run = await rectrack(['import', '--dry-run', '--json', files[format] ?? '']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown> & { recommendations: { label: string }[] };
    expect(Object.keys(json)).toEqual(expect.arrayContaining(TOP_LEVEL));
    expect(json.published_on).toBe('2023-04-05');
    expect(json.section55_due).toBe('2023-05-31');
    expect(json.recommendations.map((r) => r.label)).toEqual(expected.recommendations.map((r) => r.label));
  });

  it('prints a short summary without --json', async () => {
    const run = await rectrack(['import', '--dry-run', seed]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Published: 5 April 2023');
    expect(run.stdout).toContain('Section 55 response due: 31 May 2023');
    expect(run.stdout).toContain('11 recommendations, 0 areas for improvement, 0 causes of concern');
    expect(run.stdout).toMatch(/Recommendation 13 +due immediately/);
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
    const saved = await rectrack(['import', '--db', db, '--user', 'alice', '--key', 'OSAEC23', seed]);
    expect(saved.stderr).toBe('');
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain('Imported OSAEC23:');
    expect(saved.stdout).toContain('with 11 items');

    const again = await rectrack(['import', '--db', db, '--user', 'alice', seed]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already imported as OSAEC23');

    const shown = await rectrack(['chat', '--db', db, '--user', 'alice', '-e', 'OSAEC23-14']);
    expect(shown.stdout).toContain(
      'six months after the new prioritisation tool is implemented (waiting for the event)',
    );
  });

  it('saves a second copy only with --anyway, leaving no preview behind when it refuses', async () => {
    const db = join(dir, 'twice.sqlite');
    await rectrack(['import', '--db', db, '--user', 'alice', '--key', 'OSAEC23', seed]);
    const refused = await rectrack(['import', '--db', db, '--user', 'alice', '--key', 'OSAEC23', seed]);
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
      'OSAEC23B',
      '--anyway',
      seed,
    ]);
    expect(copy.code).toBe(0);
    expect(copy.stdout).toContain('Imported OSAEC23B:');
  });

  it('refuses to save for someone who is not an admin, or into a workspace that does not exist', async () => {
    const db = join(dir, 'refused.sqlite');
    await rectrack(['chat', '--db', db, '--user', 'alice', '-e', 'reports']);
    const member = await rectrack(['import', '--db', db, '--user', 'bob', seed]);
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
      seed,
    ]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('No slack workspace TNOPE has used rectrack yet.');
  });
});
