import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SMALL_REPORT } from '../support/import-fixtures.ts';
import { runRectrack } from '../support/run-rectrack.ts';

const dir = mkdtempSync(join(tmpdir(), 'rectrack-import-e2e-'));
const db = join(dir, 'rectrack.sqlite');

/** The real `rectrack chat`, fed on stdin as a user pasting into the terminal would. */
const chat = (user: string, stdin: string) =>
  runRectrack(['chat', '--db', db, '--user', user], { cwd: dir, stdin });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report import in the console (a real process on a real SQLite file)', () => {
  it('takes a paste ended by a lone ".", previews it, and saves it on confirm', async () => {
    const run = await chat(
      'alice',
      ['report import', SMALL_REPORT, '.', 'import confirm CSN23', 'report CSN23'].join('\n'),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "> report import\nPaste the report's text (or upload a .txt, .md, .docx or .pdf).\n",
    );
    expect(run.stdout).toContain(
      '> (pasted 12 lines)\nFrom pasted text: "An inspection of custody services in Norfolk"',
    );
    expect(run.stdout).toMatch(/Key: +CSN23 \(suggested\)/);
    expect(run.stdout).toContain('[1] Save as CSN23  [2] Cancel');
    expect(run.stdout).toContain(
      '✓ Imported CSN23: An inspection of custody services in Norfolk, with 3 items',
    );
    expect(run.stdout).toMatch(
      /CSN23-A1 +- +no date +awaiting allocation +The force should record detention reasons more fully\./,
    );
  });

  it('uploads a file named after "report import", and a paste cut short by the end of input', async () => {
    writeFileSync(join(dir, 'custody report.md'), SMALL_REPORT.replace('Norfolk', 'Suffolk'));
    const run = await chat(
      'alice',
      'report import "custody report.md"\nimport cancel\nreport import\nThank you for your letter.',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('From custody report.md: "An inspection of custody services in Suffolk"');
    expect(run.stdout).toContain('✓ Import cancelled; nothing was saved.');
    expect(run.stdout).toContain('> (pasted 1 line)\n');
    expect(run.stdout).toContain('✗ I found no recommendations');
  });
});
