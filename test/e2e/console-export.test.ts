import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runRectrack } from '../support/run-rectrack.ts';

/* The console's delivery of an export: files written under exports/, their paths printed; restore from one. */

describe('exports in the console (a real process on a real SQLite file)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the files, prints where, and restores a backup into a fresh database', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rectrack-export-'));
    dirs.push(cwd);
    const commands = [
      'report new "Custody inspection" key CUST24 published 5 April 2024 s55',
      'add CUST24 "Chief Constables should review custody training." due 31 October 2024',
      'respond CUST24-1 force: Accepted.',
      'export CUST24 response md',
      'export json',
    ];
    const first = await runRectrack(
      ['chat', '--user', 'alice', '--db', 'one.sqlite', ...commands.flatMap((c) => ['-e', c])],
      {
        cwd,
      },
    );
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Wrote exports\/CUST24-response\.md \(\d+ (?:bytes|KB)\)/);
    const backup = /Wrote (exports\/rectrack-backup-\d{4}-\d{2}-\d{2}\.json)/.exec(first.stdout)?.[1];
    expect(backup).toBeDefined();
    expect(readFileSync(join(cwd, 'exports', 'CUST24-response.md'), 'utf8')).toContain('Accepted.');

    const second = await runRectrack(
      ['chat', '--user', 'alice', '--db', 'two.sqlite', '-e', `restore ./${backup}`, '-e', 'CUST24-1'],
      { cwd },
    );
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('Restored 1 report and 1 item');
    expect(second.stdout).toContain('Force response: Accepted.');
  });
});
