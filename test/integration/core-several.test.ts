import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness, visible } from '../support/core-harness.ts';

/* "5 and 6 are done", "mark 1-4 not for us": each item changes as if named alone, one reply for all. */
describe.each(['memory', 'sqlite'] as const)('several items in one message (%s store)', (store) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(store);
    await h.say('alice', 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 s55');
    for (const n of [1, 2, 3])
      await h.say('alice', `add OSAEC23 "Chief Constables should act ${n}" due 30 June 2024`);
  });
  afterEach(() => h.close());

  it('applies one status to each item listed, and says what happened to each', async () => {
    const reply = await h.say('alice', 'OSAEC23-1 and 2 are done');
    expect(reply.kind).toBe('success');
    expect(reply.text).toBe('Done for 2 of 2 items.');
    expect(visible(reply)).toContain('✓ OSAEC23-1 is now done (was awaiting allocation).');
    expect(visible(reply)).toContain('✓ OSAEC23-2 is now done (was awaiting allocation).');
    expect(visible(await h.say('alice', 'OSAEC23-3'))).toContain('Status: awaiting allocation');
  });

  it('reads a range, and goes ahead with the items it may change while saying which it may not', async () => {
    await h.say('alice', 'assign OSAEC23-2 @bob');
    const reply = await h.say('bob', 'OSAEC23 1-3 in progress');
    expect(reply.text).toBe('In progress for 1 of 3 items.');
    expect(visible(reply)).toContain('✓ OSAEC23-2 is now in progress');
    expect(visible(reply)).toContain(
      "✗ OSAEC23-1: Only OSAEC23-1's owner or an admin can change its status.",
    );
    expect(visible(await h.say('alice', 'OSAEC23-1'))).toContain('Status: awaiting allocation');
  });
});
