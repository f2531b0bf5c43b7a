import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRectrack } from '../support/run-rectrack.ts';

const dir = mkdtempSync(join(tmpdir(), 'rectrack-e2e-'));
const db = join(dir, 'rectrack.sqlite');

const rectrack = (args: string[], stdin = '', env: Record<string, string> = {}) =>
  runRectrack(args, { cwd: dir, stdin, env });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rectrack chat (a real process on a real SQLite file)', () => {
  it('runs a scripted session from -e commands', async () => {
    const run = await rectrack([
      'chat',
      '--db',
      db,
      '--user',
      'alice',
      '-e',
      'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55',
      '-e',
      'add OSAEC23 "By 31 October 2023, Chief Constables should review training" due 31 October 2023',
      '-e',
      'add OSAEC23 "Chief Constables should act" due immediately; due 6 months after the new tool is implemented',
      '-e',
      'add OSAEC23 "Nobody should wait" due none',
      '-e',
      'assign OSAEC23-1 @bob',
      '-e',
      'OSAEC23-2 in progress: plan approved',
      '-e',
      'OSAEC23-2 is done, all staff trained',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ Registered OSAEC23: Online CSAE inspection.');
    expect(run.stdout).toContain('✓ Added OSAEC23-3: Nobody should wait, no deadline.');
    expect(run.stdout).toContain('✓ OSAEC23-1 is now owned by bob.');
    expect(run.stdout).toContain('✓ OSAEC23-2 is now done (was in progress).');
  });

  it("reads a bare number after an item card as that item of the report, never as the card's button", async () => {
    const run = await rectrack(['chat', '--db', db, '--user', 'carol'], ['OSAEC23-1', '2'].join('\n'));
    expect(run.code).toBe(0);
    // The card's buttons are shown as the commands they send, not numbered.
    expect(run.stdout).not.toMatch(/\[\d\] /);
    expect(run.stdout).toContain('[Done: OSAEC23-1 done]');
    // "2" shows item 2; it changes nothing.
    expect(run.stdout).not.toContain('is now done');
    expect(run.stdout).toContain('OSAEC23-2');
  });

  it('keeps everything after a restart, and takes commands piped on stdin', async () => {
    const run = await rectrack(
      ['chat', '--db', db, '--user', 'bob'],
      [
        'mine',
        '1 blocked on funding',
        'move OSAEC23-1 to 31 March 2099 because the tool slipped',
        'history OSAEC23-1',
        'overdue',
      ].join('\n'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Your open items');
    expect(run.stdout).toMatch(/RED +OSAEC23-1 +bob +\d+ days overdue/);
    expect(run.stdout).toContain('✓ OSAEC23-1 is now blocked (was not started).');
    expect(run.stdout).toContain(
      '✓ OSAEC23-1 moved from 31 October 2023 to 31 March 2099 because the tool slipped.',
    );
    expect(run.stdout).toMatch(
      /alice: assigned to bob\n.*bob: not started → blocked: funding\n.*bob: deadline 31 Oct 2023 → 31 Mar 2099: the tool slipped/,
    );
    expect(run.stdout.trimEnd().endsWith('> overdue\nOverdue\n  Nothing is overdue.')).toBe(true);
  });

  it('loses no update when several processes write to the same file at once', async () => {
    const notes = (who: string) =>
      Array.from({ length: 25 }, (_, i) => `OSAEC23-3 note: ${who} ${i}`).join('\n');
    const runs = await Promise.all(
      ['p1', 'p2', 'p3'].map((who) => rectrack(['chat', '--db', db, '--user', who], notes(who))),
    );
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.stdout.match(/✓ Noted on OSAEC23-3\./g)).toHaveLength(25);
    }
    // History shows 25 updates a page: the 75 notes and the updates before them run over four.
    let history = '';
    for (const page of [1, 2, 3, 4]) {
      const shown = await rectrack([
        'chat',
        '--db',
        db,
        '--user',
        'alice',
        '-e',
        `history OSAEC23-3 page ${page}`,
      ]);
      history += shown.stdout;
    }
    for (const who of ['p1', 'p2', 'p3']) {
      expect(history.match(new RegExp(`${who}: commented: ${who} \\d+`, 'g'))).toHaveLength(25);
    }
  });

  it('answers nonsense with what it expected instead of failing', async () => {
    const run = await rectrack([
      'chat',
      '--db',
      db,
      '--user',
      'carol',
      '-e',
      'frobnicate the widgets',
      '-e',
      'OSAEC23-99 done',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✗ I don\'t know what "frobnicate the widgets" means.');
    expect(run.stdout).toContain('OSAEC23 has no item 99.');
  });

  it('refuses bad settings at start, naming each one', async () => {
    const run = await rectrack(['chat', '-e', 'help'], '', {
      SLACK_BOT_TOKEN: 'xoxb-1',
      DEFAULT_TIME_ZONE: 'Nowhere/Else',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('DEFAULT_TIME_ZONE: must be an IANA time zone');
    expect(run.stderr).toContain('Slack is partly configured: set SLACK_SIGNING_SECRET');
  });
});

describe('rectrack chat with digests (a real process)', () => {
  it('posts "digest now" in the terminal once the scripted commands are done', async () => {
    const args = [
      'chat',
      '--db',
      join(dir, 'digest.sqlite'),
      '--user',
      'alice',
      '-e',
      'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023',
      '-e',
      'add OSAEC23 "Chief Constables should review training" due 31 October 2023',
      '-e',
      'digest weekly Monday 9am',
      '-e',
      'digest now',
    ];
    const run = await rectrack(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ #console will get the digest every Monday at 09:00 (Europe/London)');
    expect(run.stdout).toContain('✓ Posting the digest in #console now (it takes a moment).');
    const posted = run.stdout.split('── digest in #console ──\n')[1] ?? '';
    expect(posted).toMatch(/^Digest · \w+day \d{1,2} \w+ \d{4}\n1 overdue · 0 due in the next 14 days/);
    expect(posted).toContain('OSAEC23-1');
    expect(run.stdout.match(/── digest in #console ──/g)).toHaveLength(1);
  });
});
