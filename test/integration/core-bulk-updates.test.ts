import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply/reply.ts';
import { type Harness, openHarness, visible } from '../support/core-harness.ts';

/*
 * One owner or one new deadline for several items: each item changes as if named alone, and one reply
 * names every item. After each message the test reads every item back, so an item refused is seen to be
 * untouched (owner, status, due date and history), not just said to be. Clock: Thursday 14 March 2024.
 */

type Seen = { owner: string | null; status: string; due: string | null; history: number };

async function everyItem(h: Harness, workspace = 'local'): Promise<Record<string, Seen>> {
  const ws = await h.store.workspaces.findByExternal(workspace === 'local' ? 'console' : 'slack', workspace);
  if (!ws) throw new Error('no workspace');
  const report = await h.store.reports.findByKey(ws.id, 'OSAEC23');
  if (!report) throw new Error('no report');
  const members = new Map((await h.store.members.list(ws.id)).map((m) => [m.id, m.displayName]));
  const seen: Record<string, Seen> = {};
  for (const item of await h.store.items.listByReport(ws.id, report.id)) {
    seen[item.ref] = {
      owner: item.ownerId ? (members.get(item.ownerId) ?? '?') : null,
      status: item.status,
      due: item.dueOn,
      history: (await h.store.updates.listByItem(ws.id, item.id)).length,
    };
  }
  return seen;
}

function lines(reply: Reply): string[] {
  return reply.blocks.flatMap((b) => (b.type === 'text' ? b.text.split('\n') : []));
}

describe.each(['memory', 'sqlite'] as const)('one change for several items (%s store)', (store) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(store);
    await h.say('alice', 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 s55');
    for (let n = 1; n <= 12; n++) {
      await h.say('alice', `add OSAEC23 "Chief Constables should act ${n}" due 31 December 2026`);
    }
    await h.say('alice', 'admin @carl');
  });
  afterEach(() => h.close());

  it('assigns a list item by item, saying which could not be and why, and leaves those as they were', async () => {
    await h.say('alice', 'assign OSAEC23-1 and 2 to @bob');
    await h.say('alice', 'assign OSAEC23-3 @carl');
    const before = await everyItem(h);

    const reply = await h.say('bob', 'OSAEC23-1, 3, 99 and 2 to @ann team Safeguarding');
    expect(reply.kind).toBe('success');
    expect(reply.text).toBe('Assigned 2 of 4 items to ann (Safeguarding).');
    expect(lines(reply)).toEqual([
      '✓ OSAEC23-1 is now owned by ann (Safeguarding).',
      "✗ OSAEC23-3: Only OSAEC23-3's owner or an admin can reassign it. You can still comment: OSAEC23-3 note: your comment",
      '✗ OSAEC23-99: OSAEC23 has no item 99. See its items with: report OSAEC23',
      '✓ OSAEC23-2 is now owned by ann (Safeguarding).',
    ]);
    const after = await everyItem(h);
    expect(after['1']).toEqual({ ...before['1'], owner: 'ann', history: (before['1']?.history ?? 0) + 1 });
    expect(after['2']).toEqual({ ...before['2'], owner: 'ann', history: (before['2']?.history ?? 0) + 1 });
    expect({ ...after, '1': null, '2': null }).toEqual({ ...before, '1': null, '2': null });
  });

  it('moves deadlines item by item: a closed item stays, a date that looks wrong is asked about', async () => {
    await h.say('alice', 'OSAEC23-2 done');
    await h.say('alice', 'OSAEC23-4 due 31 March 2026 because the first plan was too slow confirmed');
    const before = await everyItem(h);

    const reply = await h.say('alice', 'push 1-5 back to 30/09/2026 - supplier delay');
    expect(reply.text).toBe('Moved 1 of 5 items to 30 September 2026.');
    expect(lines(reply)).toEqual([
      expect.stringMatching(
        /^\? That brings the deadline forward from 31 December 2026\. Is 30 September 2026 right for OSAEC23-1\? Not changed yet\.$/,
      ),
      '✗ OSAEC23-2: OSAEC23-2 is done, so its deadline no longer moves. To work on it again, reopen it first.',
      expect.stringMatching(/^\? .*OSAEC23-3\? Not changed yet\.$/),
      expect.stringMatching(
        /^✓ OSAEC23-4 moved from 31 March 2026 to 30 September 2026 because supplier delay\./,
      ),
      expect.stringMatching(/^\? .*OSAEC23-5\? Not changed yet\.$/),
    ]);
    const after = await everyItem(h);
    expect(after['4']).toEqual({
      ...before['4'],
      due: '2026-09-30',
      history: (before['4']?.history ?? 0) + 1,
    });
    expect({ ...after, '4': null }).toEqual({ ...before, '4': null });

    // Each doubtful item has its own answer, which moves that item alone.
    const choices = reply.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : []));
    expect(choices.map((c) => c.label)).toEqual([
      'OSAEC23-1: Yes, 30 September 2026',
      'OSAEC23-3: Yes, 30 September 2026',
      'OSAEC23-5: Yes, 30 September 2026',
    ]);
    const yes = await h.say('alice', choices[1]?.command ?? '');
    expect(yes.kind).toBe('success');
    const answered = await everyItem(h);
    expect(answered['3']?.due).toBe('2026-09-30');
    expect({ ...answered, '3': null }).toEqual({ ...after, '3': null });
  });

  it('moves the deadlines of a list named without a report, by the report last talked about', async () => {
    await h.say('alice', 'report OSAEC23');
    const reply = await h.say('alice', 'move 6 and 7 to 31 March 2027 because of recruitment');
    expect(reply.text).toBe('Moved 2 of 2 items to 31 March 2027.');
    const after = await everyItem(h);
    expect([after['6']?.due, after['7']?.due, after['8']?.due]).toEqual([
      '2027-03-31',
      '2027-03-31',
      '2026-12-31',
    ]);
  });

  it('asks once before changing more than ten items, changes nothing until yes, then all', async () => {
    const before = await everyItem(h);
    const asked = await h.say('alice', 'assign OSAEC23 1-12 to @bob');
    expect(asked.kind).toBe('question');
    expect(asked.text).toContain('This will give 12 items to @bob: OSAEC23-1 … OSAEC23-12.');
    expect(await everyItem(h)).toEqual(before);

    const yes = asked.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : []))[0];
    expect(yes?.command).toBe('yes, assign OSAEC23 1-12 to @bob');
    const done = await h.say('alice', yes?.command ?? '');
    expect(done.text).toBe('Assigned 12 of 12 items to bob.');
    const after = await everyItem(h);
    expect(Object.values(after).map((seen) => [seen.owner, seen.status])).toEqual(
      Array.from({ length: 12 }, () => ['bob', 'not_started']),
    );
  });

  it('goes ahead at once with ten, and says which items were already so', async () => {
    await h.say('alice', 'assign OSAEC23-2 @bob');
    const reply = await h.say('alice', 'assign OSAEC23 1-10 to @bob');
    expect(reply.text).toBe('Assigned 9 of 10 items to bob.');
    expect(lines(reply)[1]).toBe('· OSAEC23-2 is already owned by bob.');
    const after = await everyItem(h);
    expect(
      Object.entries(after)
        .filter(([, seen]) => seen.owner === 'bob')
        .map(([ref]) => ref),
    ).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('help shows how to change several items at once', async () => {
    expect(visible(await h.say('alice', 'help items'))).toContain('assign OSAEC23 1-4 to @bob');
    expect(visible(await h.say('alice', 'help deadlines'))).toContain('push OSAEC23 3-5 back to 30/09/2026');
  });
});

describe.each(['memory', 'sqlite'] as const)('several items for someone unknown (%s store)', (store) => {
  it('changes no item when the new owner cannot be found', async () => {
    const h = await openHarness(store);
    try {
      const slack = { platform: 'slack', workspace: 'T1' } as const;
      await h.say('U1', 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 s55', slack);
      await h.say('U1', 'add OSAEC23 "Chief Constables should act" due 31 December 2026', slack);
      await h.say('U1', 'add OSAEC23 "Chief Constables should act again" due 31 December 2026', slack);
      const before = await everyItem(h, 'T1');
      const reply = await h.say('U1', 'assign OSAEC23-1 and 2 to @nobody', slack);
      expect(reply.code).toBe('person.unknown');
      expect(await everyItem(h, 'T1')).toEqual(before);
    } finally {
      await h.close();
    }
  });
});
