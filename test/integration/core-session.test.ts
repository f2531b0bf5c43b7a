import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replay } from '../../src/core/model/history.ts';
import { type Harness, openHarness, STORE_KINDS, visible } from '../support/core-harness.ts';

const REPORT = 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55';

/** A whole conversation through the core, on the in-memory fake and on real SQLite. */
describe.each(STORE_KINDS)('a scripted session (%s store)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind);
  });
  afterEach(() => h.close());

  async function setUp() {
    expect((await h.say('alice', REPORT)).kind).toBe('success');
    await h.say(
      'alice',
      'add OSAEC23 "By 31 October 2023, Chief Constables should review training" due 31 October 2023',
    );
    await h.say(
      'alice',
      'add OSAEC23 "Chief Constables should act now" due with immediate effect; due six months after the new prioritisation tool is implemented',
    );
    await h.say('alice', 'add OSAEC23 "Review within a year" due within twelve months');
    await h.say('alice', 'assign OSAEC23-1 @bob');
    await h.say('alice', 'assign OSAEC23-3 @bob team Safeguarding and Investigations');
  }

  it('registers a report with its section 55 deadline', async () => {
    const reply = await h.say('alice', REPORT);
    expect(reply.kind).toBe('success');
    expect(visible(reply)).toContain('Section 55 response due: 31 May 2023');
  });

  it('tracks items from creation to done, by keyword and in conversation', async () => {
    await setUp();
    expect((await h.say('bob', 'OSAEC23-1 in progress: training plan approved')).text).toBe(
      'OSAEC23-1 is now in progress (was not started).',
    );
    const blocked = await h.say('bob', '1 is blocked on funding');
    expect(blocked.text).toBe('OSAEC23-1 is now blocked (was in progress).');
    const done = await h.say('bob', 'OSAEC23-3 is done, all staff trained, evidence https://example.org/e');
    expect(done.text).toContain('pending sign-off');
    expect((await h.say('alice', 'OSAEC23-3 done')).text).toBe(
      'OSAEC23-3 is now done (was pending sign-off).',
    );
    const moved = await h.say('bob', 'move OSAEC23-1 to end of June because the tool slipped');
    expect(moved.text).toBe(
      'OSAEC23-1 moved from 31 October 2023 to 30 June 2024 because the tool slipped. Originally due 31 October 2023; revised 1 time.',
    );

    const overdue = await h.say('alice', 'overdue');
    expect(overdue.text).toBe('1 item is overdue.');
    expect(visible(overdue)).toContain('red OSAEC23-2 - 344 days overdue');

    const mine = visible(await h.say('bob', 'mine'));
    expect(mine).toContain('You own 1 open item.');
    expect(mine).toContain('amber OSAEC23-1 bob due 30 Jun 2024');

    const history = await h.say('alice', 'history OSAEC23-1');
    expect(history.blocks.find((b) => b.type === 'history')).toMatchObject({
      entries: [
        { who: 'alice', text: 'created' },
        { who: 'alice', text: 'assigned to bob' },
        { who: 'bob', text: 'not started → in progress: training plan approved' },
        { who: 'bob', text: 'in progress → blocked: funding' },
        { who: 'bob', text: 'deadline 31 Oct 2023 → 30 Jun 2024: the tool slipped' },
      ],
    });
    const evidence = await h.say('alice', 'history OSAEC23-3');
    expect(visible(evidence)).toContain('evidence: https://example.org/e');
  });

  it("keeps every item's stored state equal to what its history replays to", async () => {
    await setUp();
    await h.say('bob', 'OSAEC23-1 started');
    await h.say('bob', 'OSAEC23-1 blocked: external: national product not yet published');
    await h.say('alice', 'assign OSAEC23-1 @carol');
    await h.say('alice', 'OSAEC23-2 not for us');
    const workspace = await h.store.workspaces.findByExternal('console', 'local');
    if (!workspace) throw new Error('workspace missing');
    const report = await h.store.reports.findByKey(workspace.id, 'OSAEC23');
    const items = await h.store.items.listByReport(workspace.id, report?.id ?? '');
    expect(items).toHaveLength(3);
    for (const item of items) {
      const history = await h.store.updates.listByItem(workspace.id, item.id);
      expect(replay(history)).toEqual({
        status: item.status,
        ownerId: item.ownerId,
        ownerTeam: item.ownerTeam,
        blockedReason: item.blockedReason,
      });
    }
    expect(items.map((i) => i.status)).toEqual(['blocked', 'not_for_us', 'not_started']);
  });

  it('starts a conditional deadline when its event happens', async () => {
    await setUp();
    const before = visible(await h.say('alice', 'OSAEC23-2'));
    expect(before).toContain(
      'six months after the new prioritisation tool is implemented (waiting for the event)',
    );
    const reply = await h.say('alice', 'OSAEC23-2 event happened 1 March 2024');
    expect(reply.text).toContain('That deadline is now 1 September 2024');
    expect(visible(await h.say('alice', 'OSAEC23-2'))).toContain('1 September 2024 (six months after');
    expect((await h.say('alice', 'OSAEC23-1 event happened 1 March 2024')).code).toBe(
      'deadline.no_condition',
    );
  });

  it('asks which deadline moves when an item has two, and needs a reason to move one', async () => {
    await setUp();
    await h.say('alice', 'OSAEC23-2 event happened 1 March 2024');
    const asked = await h.say('alice', 'OSAEC23-2 due 30 September 2024 because the tool slipped');
    expect(asked.kind).toBe('question');
    expect(visible(asked)).toContain(
      '-> OSAEC23-2 due 30 September 2024 deadline 2 because the tool slipped]',
    );
    expect((await h.say('alice', 'OSAEC23-1 due 30 June 2024')).code).toBe('deadline.reason_required');
    expect(
      (await h.say('alice', 'OSAEC23-2 due 30 September 2024 deadline 2 because the tool slipped')).kind,
    ).toBe('success');
  });

  it('applies the workspace policy on deadline revisions', async () => {
    await setUp();
    expect((await h.say('alice', 'set revisions 1')).kind).toBe('success');
    expect((await h.say('alice', 'OSAEC23-1 due 30 June 2024 because of the tool')).kind).toBe('success');
    const second = await h.say('alice', 'OSAEC23-1 due 31 July 2024 because of the tool again');
    expect(second.code).toBe('deadline.revision_limit');
    expect(visible(await h.say('alice', 'OSAEC23-1'))).toContain(
      '30 June 2024 (originally 31 October 2023, revised 1 time)',
    );
  });

  it('asks which report a bare number means when it cannot tell', async () => {
    await setUp();
    await h.say('alice', 'report new "PEEL 2023" key PEEL23');
    await h.say('alice', 'add PEEL23 "The force should improve call handling"');
    const reply = await h.say('dave', '1 is done');
    expect(reply.kind).toBe('problem');
    expect(reply.code).toBe('item.ambiguous');
    expect(visible(reply)).toContain('[OSAEC23-1 -> OSAEC23-1 done]');
    expect(visible(reply)).toContain('[PEEL23-1 -> PEEL23-1 done]');
  });

  it('works out "overdue" in the workspace time zone, not UTC', async () => {
    await setUp();
    await h.say('alice', 'OSAEC23-1 due 30 June 2024 because of the tool');
    h.clock.set(new Date('2024-06-30T22:30:00Z'));
    expect(visible(await h.say('alice', 'overdue'))).not.toContain('OSAEC23-1');
    h.clock.set(new Date('2024-06-30T23:30:00Z'));
    expect(visible(await h.say('alice', 'overdue'))).toContain('red OSAEC23-1 bob 1 day overdue');
  });
});

describe.each(STORE_KINDS)('permissions (%s store)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind);
    await h.say('alice', REPORT);
    await h.say('alice', 'add OSAEC23 "Chief Constables should review training" due 31 October 2024');
    await h.say('alice', 'add OSAEC23 "Chief Constables should publish data" due 31 October 2024');
    await h.say('alice', 'assign OSAEC23-1 @bob');
    await h.say('alice', 'assign OSAEC23-2 @carol');
  });
  afterEach(() => h.close());

  it('lets the first member administer the workspace and nobody else by default', async () => {
    expect((await h.say('bob', 'report new "Another" key AN1')).code).toBe('permission.admin_only');
    expect((await h.say('bob', 'add OSAEC23 "x should y"')).code).toBe('permission.admin_only');
    expect((await h.say('bob', 'set timezone Europe/Paris')).code).toBe('permission.admin_only');
    expect((await h.say('bob', 'admin @bob')).code).toBe('permission.admin_only');
  });

  it('does not let a member update an item someone else owns, but lets them comment on it', async () => {
    const reply = await h.say('bob', 'OSAEC23-2 done');
    expect(reply.code).toBe('permission.not_owner');
    expect(visible(await h.say('alice', 'OSAEC23-2'))).toContain('Status: not started');
    expect((await h.say('bob', 'move OSAEC23-2 to 1 December 2024 because reasons')).code).toBe(
      'permission.not_owner',
    );
    expect((await h.say('bob', 'assign OSAEC23-2 @bob')).code).toBe('permission.not_owner');
    expect((await h.say('bob', 'OSAEC23-2 note: I can help with this')).kind).toBe('success');
  });

  it('does not let a member delete a report', async () => {
    expect((await h.say('bob', 'report delete OSAEC23 confirm')).code).toBe('permission.admin_only');
    expect((await h.say('alice', 'report OSAEC23')).kind).toBe('info');
  });

  it('lets an admin delete a report after confirming', async () => {
    expect((await h.say('alice', 'report delete OSAEC23')).kind).toBe('question');
    expect((await h.say('alice', 'report OSAEC23')).kind).toBe('info');
    expect((await h.say('alice', 'report delete OSAEC23 confirm')).kind).toBe('success');
    expect((await h.say('alice', 'report OSAEC23')).code).toBe('report.not_found');
    expect((await h.say('alice', 'overdue')).text).toBe('Nothing is overdue.');
  });

  it('sends a member\'s "done" for sign-off and keeps closing decisions for admins', async () => {
    expect((await h.say('bob', 'OSAEC23-1 done')).text).toContain('now pending sign-off');
    expect((await h.say('bob', 'OSAEC23-1 not adopted')).code).toBe('permission.admin_only');
    expect((await h.say('alice', 'sign off OSAEC23-1')).text).toBe(
      'OSAEC23-1 is now done (was pending sign-off).',
    );
  });

  it("lists someone else's open items without adding anyone", async () => {
    const reply = await h.say('carol', 'owner @bob');
    expect(reply.text).toBe('bob owns 1 open item.');
    expect(visible(reply)).toContain('OSAEC23-1 bob');
    expect((await h.say('carol', 'owner @nobody')).code).toBe('person.unknown');
    const workspace = await h.store.workspaces.findByExternal('console', 'local');
    const names = (await h.store.members.list(workspace?.id ?? '')).map((m) => m.displayName);
    expect(names).not.toContain('nobody');
  });

  it('makes another member an admin when an admin says so', async () => {
    expect((await h.say('alice', 'admin @bob')).text).toBe('bob is now an admin.');
    expect((await h.say('bob', 'OSAEC23-2 done')).text).toBe('OSAEC23-2 is now done (was not started).');
  });

  it("treats the platform's own admins as admins", async () => {
    expect((await h.say('erin', 'set due-soon 7', { platformAdmin: true })).kind).toBe('success');
  });
});

describe.each(STORE_KINDS)('workspaces (%s store)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind);
    await h.say('alice', REPORT, { workspace: 'A', platform: 'slack' });
    await h.say('alice', 'add OSAEC23 "Chief Constables should act" due 31 October 2023', {
      workspace: 'A',
      platform: 'slack',
    });
  });
  afterEach(() => h.close());

  it("never shows or changes one workspace's data from another", async () => {
    const b = { workspace: 'B', platform: 'slack' as const };
    expect((await h.say('mallory', 'report OSAEC23', b)).code).toBe('report.not_found');
    expect((await h.say('mallory', 'OSAEC23-1 done', b)).code).toBe('report.not_found');
    expect((await h.say('mallory', '1 done', b)).code).toBe('item.not_found');
    expect((await h.say('mallory', 'reports', b)).text).toMatch(/^No reports yet/);
    expect((await h.say('mallory', 'overdue', b)).text).toBe('Nothing is overdue.');
    expect((await h.say('mallory', REPORT, b)).kind).toBe('success');
    expect(visible(await h.say('alice', 'OSAEC23-1', { workspace: 'A', platform: 'slack' }))).toContain(
      'Status: awaiting allocation',
    );
  });

  it('resolves people by mention on chat platforms and refuses an unknown @name', async () => {
    const a = { workspace: 'A', platform: 'slack' as const };
    expect((await h.say('alice', 'assign OSAEC23-1 @zed', a)).code).toBe('person.unknown');
    const reply = await h.say('alice', 'assign OSAEC23-1 <@U0BOB>', {
      ...a,
      mentions: [{ externalId: 'U0BOB', displayName: 'Bob Jones' }],
    });
    expect(reply.text).toBe('OSAEC23-1 is now owned by Bob Jones.');
    expect((await h.say('U0BOB', 'mine', a)).text).toBe('You own 1 open item.');
  });
});

describe.each(STORE_KINDS)('causes of concern and dispositions (%s store)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind);
    await h.say('alice', REPORT);
  });
  afterEach(() => h.close());

  it('holds recommendations under a cause of concern and counts them', async () => {
    expect(
      (await h.say('alice', 'add OSAEC23 "Forces are not protecting children well enough" as concern')).text,
    ).toMatch(/^Added OSAEC23-C1:/);
    await h.say('alice', 'add OSAEC23 "Chief Constables should train staff" under C1 due 31 October 2024');
    await h.say('alice', 'add OSAEC23 "Chief Constables should review allocation" under OSAEC23-C1');
    await h.say('alice', 'OSAEC23-2 done');
    const concern = visible(await h.say('alice', 'OSAEC23-C1'));
    expect(concern).toContain('Recommendations under this concern (1/2 done)');
    expect(concern).toContain('green OSAEC23-2');
    expect(visible(await h.say('alice', 'OSAEC23-1'))).toContain(
      'Under OSAEC23-C1: Forces are not protecting',
    );
    expect((await h.say('alice', 'add OSAEC23 "x should y" under 1')).code).toBe('item.bad_parent');
  });

  it("records the force's decision, closing an item it does not accept", async () => {
    await h.say('alice', 'add OSAEC23 "Chief Constables should act"');
    await h.say('alice', 'add OSAEC23 "The NCA should act"');
    expect((await h.say('alice', 'OSAEC23-1 accepted')).text).toBe('OSAEC23-1 is recorded as accepted.');
    expect((await h.say('alice', 'OSAEC23-2 not accepted')).text).toBe(
      'OSAEC23-2 is recorded as not accepted and closed as not adopted.',
    );
    const card = visible(await h.say('alice', 'OSAEC23-2'));
    expect(card).toContain('Status: not adopted');
    expect(card).toContain('Disposition: not accepted');
    expect((await h.say('bob', 'OSAEC23-1 not accepted')).code).toBe('permission.admin_only');
  });
});
