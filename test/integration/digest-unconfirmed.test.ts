import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { permanentDeliveryError, uncertainDeliveryError } from '../../src/core/delivery-error.ts';
import { STORE_KINDS } from '../support/core-harness.ts';
import {
  type DigestHarness,
  openDigestHarness,
  RECS,
  seedRecommendations,
} from '../support/digest-harness.ts';

const noAnswer = () => uncertainDeliveryError('timeout', 'no answer in 20 s');

/**
 * A delivery whose outcome is unknown (the platform timed out, or answered 5xx) is never repeated
 * blindly: the scheduler records the attempt before posting, and the next attempt asks the messenger
 * to look for the earlier post first (or gives up, when it cannot look). Real core, both stores.
 */
describe.each(STORE_KINDS)('deliveries with an unknown outcome (%s store)', (kind) => {
  let h: DigestHarness;
  beforeEach(async () => {
    h = await openDigestHarness(kind);
  });
  afterEach(() => h.close());

  const runs = async () => {
    const workspace = await h.store.workspaces.findByExternal('console', 'local');
    const [subscription] = await h.store.digests.subscriptions.list(workspace?.id ?? '');
    return h.store.digests.runs.listBySubscription(workspace?.id ?? '', subscription?.id ?? '', 5);
  };

  it('tells the next attempt since when the post is unconfirmed, and forgets it once posted', async () => {
    expect((await h.say('alice', 'digest daily 9am', { channel: RECS })).kind).toBe('success');
    h.out.script('channel', noAnswer);
    expect((await h.at('2024-03-15T09:00:00Z'))?.retry).toBe(1);
    await h.at('2024-03-15T09:01:00Z');
    const [retried] = h.out.channel();
    expect(retried?.post).toEqual({
      runId: (await runs())[0]?.key,
      unconfirmedSince: '2024-03-15T09:00:00.000Z',
    });
    expect((await runs())[0]).toMatchObject({ status: 'sent', unconfirmedSince: null, postRefs: ['post-1'] });
  });

  it('gives up, and says so, when the messenger cannot look for the earlier post', async () => {
    expect((await h.say('alice', 'digest daily 9am', { channel: RECS })).kind).toBe('success');
    h.out.script('channel', noAnswer, () =>
      permanentDeliveryError('unconfirmed', 'the platform offers no way to check'),
    );
    await h.at('2024-03-15T09:00:00Z');
    expect((await h.at('2024-03-15T09:01:00Z'))?.failed).toBe(1);
    await h.at('2024-03-15T10:00:00Z');
    expect(h.out.channel()).toHaveLength(0);
    expect((await runs())[0]).toMatchObject({ status: 'failed', attempts: 2 });
    const listed = await h.say('alice', 'digests', { channel: RECS });
    expect(listed.text + JSON.stringify(listed.blocks)).toContain(
      'unconfirmed: the platform offers no way to check',
    );
  });

  it("does not send an owner's reminder again after a send with no answer", async () => {
    await seedRecommendations(h);
    h.out.script('direct', noAnswer);
    await h.at('2024-03-18T09:00:00Z');
    await h.at('2024-03-18T09:05:00Z');
    await h.at('2024-03-18T12:00:00Z');
    const bob = h.out.direct().filter((d) => d.to === 'bob');
    const carol = h.out.direct().filter((d) => d.to === 'carol');
    // Whoever got the unanswered send first hears nothing more today; the other gets one message.
    expect([bob.length, carol.length].sort()).toEqual([0, 1]);
  });
});
