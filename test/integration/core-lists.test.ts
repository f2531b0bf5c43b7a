import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ItemLine, Reply } from '../../src/core/reply/reply.ts';
import { type Harness, openHarness, STORE_KINDS } from '../support/core-harness.ts';

const SAFEGUARDING = 'Safeguarding and Investigations';
const OTHER = { workspace: 'other-force' };

/** The lines of a reply's item list. */
function lines(reply: Reply): ItemLine[] {
  return reply.blocks.flatMap((b) => (b.type === 'items' ? b.items : []));
}
const refs = (reply: Reply) => lines(reply).map((l) => l.ref);

/**
 * Lists with filters through the whole core, on the in-memory fake and on real SQLite. Today is
 * Thursday 14 March 2024; another workspace has the same people, teams and report key.
 */
describe.each(STORE_KINDS)('filtered lists (%s store)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind);
    for (const options of [{}, OTHER]) {
      const say = (text: string) => h.say('alice', text, options);
      await say(
        'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55',
      );
      await say('report new "PEEL 2024" key PEEL24 published 1 February 2024 publisher HMICFRS');
      await say('add OSAEC23 "Review training" due 31 October 2023');
      await say('add OSAEC23 "Publish the plan" due 20 March 2024');
      await say('add OSAEC23 "Fund the unit" due 30 June 2024');
      await say('add OSAEC23 "Audit the cases" due 1 March 2024');
      await say('add PEEL24 "Improve call handling" due 1 January 2024');
      await say('add PEEL24 "Recruit staff" due 25 March 2024');
      await say(`assign OSAEC23-1 @bob team ${SAFEGUARDING}`);
      await say(`assign OSAEC23-2 @bob team ${SAFEGUARDING}`);
      await say('assign OSAEC23-3 @carol team Finance');
      await say('assign OSAEC23-4 @bob team Finance');
      await say(`assign PEEL24-1 @carol team ${SAFEGUARDING}`);
      await say('assign PEEL24-2 @bob');
      await say('OSAEC23-1 blocked: waiting for the national product');
      await say('OSAEC23-2 in progress');
      await say('OSAEC23-4 done');
      await say('PEEL24-2 in progress');
    }
    // Only in this workspace, so a leak from the other would show.
    await h.say('alice', 'OSAEC23-3 blocked: funding', OTHER);
  });
  afterEach(() => h.close());

  it.each([
    ['overdue owner @bob', ['OSAEC23-1']],
    ['report OSAEC23 status blocked', ['OSAEC23-1']],
    ['team Safeguarding', ['OSAEC23-1', 'OSAEC23-2', 'PEEL24-1']],
    ['overdue team Safeguarding', ['OSAEC23-1', 'PEEL24-1']],
    ['owner @bob status in progress', ['OSAEC23-2', 'PEEL24-2']],
    ['status blocked', ['OSAEC23-1']],
    ['due soon report OSAEC23', ['OSAEC23-2']],
    ['report OSAEC23 due soon', ['OSAEC23-2']],
    ['due soon', ['OSAEC23-2', 'PEEL24-2']],
    ['status done team Finance', ['OSAEC23-4']],
    ['team finance', ['OSAEC23-3']],
    ['overdue', ['OSAEC23-1', 'PEEL24-1']],
    ['owner @bob', ['OSAEC23-1', 'OSAEC23-2', 'PEEL24-2']],
  ])('%j lists %j', async (text, expected) => {
    const reply = await h.say('alice', text);
    expect(reply.kind).toBe('info');
    expect(reply.readOnly).toBe(true);
    expect(refs(reply)).toEqual(expected);
  });

  it('lists the asker’s own items with mine, alone or with another filter', async () => {
    expect(refs(await h.say('bob', 'mine'))).toEqual(['OSAEC23-1', 'OSAEC23-2', 'PEEL24-2']);
    expect((await h.say('bob', 'mine')).text).toBe('You own 3 open items.');
    expect(refs(await h.say('bob', 'mine due soon'))).toEqual(['OSAEC23-2', 'PEEL24-2']);
    expect((await h.say('bob', 'mine due soon')).text).toBe(
      '2 open items: due in the next 14 days, owned by you.',
    );
  });

  it('says what a filter found nothing for, in its words', async () => {
    expect((await h.say('alice', 'overdue team Finance')).text).toBe('No open items: overdue, team Finance.');
    expect((await h.say('alice', 'overdue owner @bob')).text).toBe('1 open item: overdue, owned by bob.');
  });

  it('refuses a team, person or report it does not know, with an example that works', async () => {
    const team = await h.say('alice', 'overdue team Finanse');
    expect(team.code).toBe('team.unknown');
    expect(team.text).toBe(
      `No items have a team called "Finanse". Did you mean Finance? Teams with items: Finance, ${SAFEGUARDING}.`,
    );
    expect(team.blocks).toContainEqual({ type: 'text', text: 'For example: team Finance' });
    const person = await h.say('alice', 'owner @bobb status blocked');
    expect(person.code).toBe('person.unknown');
    expect(person.text).toContain('Nobody called @bobb has items here. Did you mean @bob?');
    expect((await h.say('alice', 'report NOPE24 status blocked')).code).toBe('report.not_found');
  });

  it('shows each item of a report with status, owner, team, due date, RAG and slippage', async () => {
    await h.say('alice', 'move OSAEC23-3 to 14 August 2024 because the funding bid was delayed');
    const report = lines(await h.say('alice', 'report OSAEC23'));
    const fund = report.find((l) => l.ref === 'OSAEC23-3');
    expect(fund).toMatchObject({
      status: 'not_started',
      owner: 'carol',
      team: 'Finance',
      rag: 'none',
      dueText: 'due 14 Aug 2024',
      slippage: 'slipped 45 days',
    });
    expect(report.find((l) => l.ref === 'OSAEC23-1')).toMatchObject({
      status: 'blocked',
      team: SAFEGUARDING,
      rag: 'red',
      dueText: '135 days overdue (31 Oct 2023)',
      slippage: 'on original date',
    });
  });
});
