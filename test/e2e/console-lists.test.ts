import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRectrack } from '../support/run-rectrack.ts';

const dir = mkdtempSync(join(tmpdir(), 'rectrack-e2e-lists-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real clock runs here, so the dates are far in the past or the future. */
describe('rectrack chat lists and the report view (a real process on a real SQLite file)', () => {
  it('filters a list in any order, refuses an unknown value, and shows slippage in the report', async () => {
    const commands = [
      'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS',
      'add OSAEC23 "Review training" due 31 October 2098',
      'add OSAEC23 "Audit the cases" due 1 March 2024',
      'add OSAEC23 "Fund the unit" due 1 March 2024',
      'assign OSAEC23-1 @bob team Safeguarding and Investigations',
      'assign OSAEC23-2 @bob team Safeguarding and Investigations',
      'assign OSAEC23-3 @bob team Finance',
      'OSAEC23-1 blocked: waiting for funding',
      'move OSAEC23-1 to 15 December 2098 because the national tool slipped',
      'team Safeguarding overdue',
      'status blockd',
      'report OSAEC23',
    ];
    const run = await runRectrack(
      [
        'chat',
        '--db',
        join(dir, 'rectrack.sqlite'),
        '--user',
        'alice',
        ...commands.flatMap((c) => ['-e', c]),
      ],
      { cwd: dir, stdin: '', env: {} },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const answerTo = (command: string) => run.stdout.split(`> ${command}\n`)[1]?.split('\n> ')[0] ?? '';
    const overdue = answerTo('team Safeguarding overdue');
    expect(overdue).toContain('Overdue, team Safeguarding and Investigations');
    expect(overdue).toMatch(
      /RED +OSAEC23-2 +bob \(Safeguarding and Investigations\) +\d+ days overdue \(1 Mar 2024\) +not started +on original date +Audit the cases/,
    );
    expect(overdue).not.toContain('OSAEC23-1');
    expect(overdue).not.toContain('OSAEC23-3');
    expect(answerTo('status blockd')).toBe(
      '✗ "blockd" is not a status. Did you mean blocked?\nFor example: status blocked',
    );
    expect(answerTo('report OSAEC23')).toMatch(
      /AMBER {2}OSAEC23-1 +bob \(Safeguarding and Investigations\) +due 15 Dec 2098 +blocked +slipped 45 days +Review training/,
    );
  });
});
