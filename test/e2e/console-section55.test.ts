import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRectrack } from '../support/run-rectrack.ts';
import { needsShared, SEED_PATH } from '../support/shared-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'rectrack-e2e-s55-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The seed section 55 response imported, its responses completed and its stages recorded, in the real
 * `rectrack chat` on a real SQLite file. The real clock runs, so every stage carries its 2023 date.
 */
describe('the section 55 workflow in the console', needsShared, () => {
  it('imports the seed, asks before approving with responses missing, and stops the countdown once sent', async () => {
    const commands = [
      `report import ${SEED_PATH}`,
      'import confirm OSAEC23',
      'OSAEC23 approved',
      'OSAEC23 comments received on 10 May 2023',
      'OSAEC23 approved on 24 May 2023',
      'respond OSAEC23-5 pcc: I will hold the Chief Constable to account for the training plan.',
      'OSAEC23 approved on 24 May 2023 confirmed',
      'OSAEC23 published',
      'OSAEC23 sent on 26 May 2023',
      'OSAEC23 published on 2 June 2023 https://www.norfolk-pcc.gov.uk/osaec-response',
      'report OSAEC23',
      'OSAEC23 stage',
      'responses OSAEC23-5',
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

    expect(answerTo('OSAEC23 approved')).toBe(
      [
        `✗ OSAEC23's response is at "drafting", so the next step is "chief constable's comments received". Record that first.`,
        'For example: OSAEC23 comments received',
      ].join('\n'),
    );
    // The seed has the force's responses item by item, and the commissioner's only overall.
    const asked = answerTo('OSAEC23 approved on 24 May 2023');
    expect(asked).toContain('Before approving: 11 parts of');
    expect(asked).toContain('OSAEC23-5: no PCC response\n');
    expect(asked).toContain('[1] Approve anyway  [2] Show OSAEC23');
    expect(answerTo('OSAEC23 approved on 24 May 2023 confirmed')).toMatch(
      /^✓ OSAEC23: approved by the commissioner on 24 May 2023\./,
    );
    expect(answerTo('OSAEC23 published')).toContain('✗ Say where the response was published');
    expect(answerTo('OSAEC23 sent on 26 May 2023')).toContain(
      'on 26 May 2023, 5 days before the deadline. The countdown has stopped.',
    );
    const report = answerTo('report OSAEC23');
    expect(report).toMatch(
      /Section 55 response: +sent 5 days before the deadline \(sent 26 May 2023, due 31 May 2023\)/,
    );
    expect(report).toMatch(/Response online: +https:\/\/www\.norfolk-pcc\.gov\.uk\/osaec-response/);
    expect(report).not.toContain('days ago');
    expect(answerTo('OSAEC23 stage')).toMatch(
      /Published: +2 June 2023 at https:\/\/www\.norfolk-pcc\.gov\.uk\/osaec-response \(recorded by alice\)/,
    );
    expect(answerTo('responses OSAEC23-5')).toMatch(
      /PCC response: +I will hold the Chief Constable to account for the training plan\./,
    );
  });
});
