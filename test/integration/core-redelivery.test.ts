import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness, STORE_KINDS, visible } from '../support/core-harness.ts';

/** Slack retries unacknowledged requests and Teams redelivers activities: each must apply once. */
describe.each(STORE_KINDS)('a redelivered message (%s store)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind);
    await h.say('alice', 'report new "PEEL 2023" key PEEL23 published 1 March 2023');
    await h.say('alice', 'add PEEL23 "The force should improve call handling" due 31 October 2024');
  });
  afterEach(() => h.close());

  it('is answered again with the first reply and applied once', async () => {
    const first = await h.say('alice', 'PEEL23-1 note: spoke to the control room', { idempotencyKey: 'Ev1' });
    const again = await h.say('alice', 'PEEL23-1 note: spoke to the control room', { idempotencyKey: 'Ev1' });
    expect(again).toEqual(first);
    const history = visible(await h.say('alice', 'history PEEL23-1'));
    expect(history.match(/commented: spoke to the control room/g)).toHaveLength(1);
  });

  it('applies a different delivery of the same words', async () => {
    await h.say('alice', 'PEEL23-1 note: chased', { idempotencyKey: 'Ev1' });
    await h.say('alice', 'PEEL23-1 note: chased', { idempotencyKey: 'Ev2' });
    expect(visible(await h.say('alice', 'history PEEL23-1')).match(/commented: chased/g)).toHaveLength(2);
  });

  it('keeps keys per workspace', async () => {
    await h.say('alice', 'PEEL23-1 note: one', { idempotencyKey: 'Ev1' });
    const other = await h.say('bob', 'report new "Other" key OTH1', {
      workspace: 'elsewhere',
      idempotencyKey: 'Ev1',
    });
    expect(other.kind).toBe('success');
  });

  it('does not remember a rejected message, so nothing stops the same delivery succeeding later', async () => {
    const refused = await h.say('bob', 'PEEL23-1 done', { idempotencyKey: 'Ev9' });
    expect(refused.code).toBe('permission.not_owner');
    await h.say('alice', 'assign PEEL23-1 @bob');
    expect((await h.say('bob', 'PEEL23-1 done', { idempotencyKey: 'Ev9' })).text).toContain(
      'pending sign-off',
    );
  });
});
