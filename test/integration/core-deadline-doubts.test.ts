import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness, visible } from '../support/core-harness.ts';

/*
 * A deadline typed by mistake is the costliest slip: it changes what the committee sees as slippage.
 * A date that looks wrong is asked about, a closed item's deadline does not move, and a reason typed after
 * a comma or a dash is kept as the reason. The harness clock is Thursday 14 March 2024.
 */
describe.each(['memory', 'sqlite'] as const)('deadlines that look wrong (%s store)', (store) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(store);
    await h.say('alice', 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 s55');
    await h.say('alice', 'add OSAEC23 "Chief Constables should review training" due 30 June 2024');
  });
  afterEach(() => h.close());

  it('asks before moving a deadline into the past, and moves it only when confirmed', async () => {
    const asked = await h.say('alice', 'OSAEC23-1 due 1 March 2024 because the board met early');
    expect(asked.kind).toBe('question');
    expect(visible(asked)).toContain('1 March 2024 is in the past.');
    expect(visible(await h.say('alice', 'OSAEC23-1'))).toContain('30 June 2024');
    const done = await h.say('alice', 'OSAEC23-1 due 1 March 2024 because the board met early confirmed');
    expect(done.kind).toBe('success');
    expect(visible(await h.say('alice', 'OSAEC23-1'))).toContain('1 March 2024');
  });

  it('asks before bringing a deadline forward or before the report was published', async () => {
    const earlier = await h.say('alice', 'OSAEC23-1 due 1 May 2024, board asked for it sooner');
    expect(visible(earlier)).toContain('That brings the deadline forward from 30 June 2024.');
    const before = await h.say('alice', 'OSAEC23-1 due 1 January 2023 because of a typo');
    expect(before.kind).toBe('question');
    expect(visible(before)).toContain('1 January 2023 is in the past.');
    const forward = await h.say('alice', 'OSAEC23-1 due 1 May 2024, board asked for it sooner confirmed');
    expect(forward.kind).toBe('success');
    expect(visible(await h.say('alice', 'OSAEC23-1'))).toContain('1 May 2024');
  });

  it("refuses to move a closed item's deadline, and says how to reopen it", async () => {
    await h.say('alice', 'OSAEC23-1 done');
    const refused = await h.say('alice', 'OSAEC23-1 due 30 September 2024 because of the audit');
    expect(refused.code).toBe('deadline.closed');
    expect(visible(refused)).toContain('OSAEC23-1 in progress');
    expect(visible(await h.say('alice', 'OSAEC23-1'))).toContain('30 June 2024');
  });

  it('keeps the reason typed after a comma or a dash, and no courtesy as a note', async () => {
    const moved = await h.say('alice', 'push OSAEC23-1 back to 30/09/2024, supplier delay');
    expect(moved.text).toContain('because supplier delay');
    await h.say('alice', 'OSAEC23-1 is complete thanks');
    expect(visible(await h.say('alice', 'history OSAEC23-1'))).not.toContain('thanks');
  });
});
