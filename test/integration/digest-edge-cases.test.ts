import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS, visible } from '../support/core-harness.ts';
import {
  type DigestHarness,
  OPS,
  openDigestHarness,
  RECS,
  seedRecommendations,
} from '../support/digest-harness.ts';

/** Digest cases the other digest suites don't cover, through the real core and scheduler. */
describe.each(STORE_KINDS)('digest edge cases (%s store)', (kind) => {
  let h: DigestHarness;
  beforeEach(async () => {
    h = await openDigestHarness(kind);
  });
  afterEach(() => h.close());

  const subscriptions = async () => {
    const workspace = await h.store.workspaces.findByExternal('console', 'local');
    return h.store.digests.subscriptions.list(workspace?.id ?? '');
  };

  it('subscribing the same channel twice keeps one subscription and posts each slot once', async () => {
    await seedRecommendations(h);
    expect((await h.say('alice', 'digest weekly Monday 9am', { channel: RECS })).text).toContain('will get');
    expect((await h.say('alice', 'digest weekly Monday 9am', { channel: RECS })).text).toContain('now gets');
    expect(await subscriptions()).toHaveLength(1);
    await h.at('2024-03-18T09:00:00Z');
    await h.at('2024-03-18T09:01:00Z');
    expect(h.out.channel()).toHaveLength(1);
  });

  it('with several digests, "digest off" outside a channel asks which, and "digest off 2" stops only that', async () => {
    await h.say('alice', 'settings');
    await h.say('alice', 'digest daily 9am', { channel: RECS });
    await h.say('alice', 'digest daily 9am', { channel: OPS });
    expect((await h.say('alice', 'digest off')).code).toBe('digest.no_channel');
    expect(await subscriptions()).toHaveLength(2);
    expect((await h.say('alice', 'digest off 2')).text).toBe('#ops no longer gets the digest.');
    expect((await subscriptions()).map((s) => s.channelName)).toEqual(['recs']);
    await h.at('2024-03-15T09:00:00Z');
    expect(h.out.channel().map((s) => s.to)).toEqual([JSON.stringify(RECS.address)]);
  });

  it('deleting the only report a digest covers pauses that digest and says so', async () => {
    await seedRecommendations(h);
    await h.say('alice', 'digest daily 9am for CUST24', { channel: RECS });
    expect((await h.say('alice', 'report delete CUST24 confirm')).text).toContain('Its digest is paused');
    await h.at('2024-03-15T09:00:00Z');
    expect(h.out.channel()).toHaveLength(0);
    expect(visible(await h.say('alice', 'digests'))).toContain('Paused: its report CUST24 was deleted');
  });

  it('a member can list digests but cannot subscribe, stop, resume or post one, by channel or number', async () => {
    await h.say('alice', 'digest weekly', { channel: RECS });
    for (const [text, channel] of [
      ['digest daily 8am', OPS],
      ['digest off 1', undefined],
      ['digest resume 1', undefined],
      ['digest now', RECS],
    ] as const) {
      const reply = await h.say('bob', text, channel ? { channel } : {});
      expect(reply.code, text).toBe('permission.admin_only');
    }
    expect((await h.say('bob', 'digests')).text).toBe('1 digest in this workspace.');
    expect(await subscriptions()).toHaveLength(1);
  });

  it('refuses unknown time zone names for the workspace and leaves the setting as it was', async () => {
    await h.say('alice', 'settings');
    expect((await h.say('alice', 'set timezone Mars/Base')).code).toBe('settings.bad_time_zone');
    expect((await h.say('alice', 'digest daily in Europe/Londres', { channel: RECS })).code).toBe(
      'digest.bad_time_zone',
    );
    const workspace = await h.store.workspaces.findByExternal('console', 'local');
    expect(workspace?.timeZone).toBe('Europe/London');
    expect(await subscriptions()).toHaveLength(0);
  });

  it('in a workspace with no items says so in one line, or posts nothing when told to skip', async () => {
    await h.say('alice', 'digest daily 9am', { channel: RECS });
    await h.at('2024-03-15T09:00:00Z');
    expect(h.out.channel().map((s) => s.text)).toEqual([
      'Digest · Friday 15 March 2024: nothing overdue, nothing due in the next 14 days.',
    ]);
    await h.say('alice', 'digest daily 9am skip empty', { channel: RECS });
    await h.at('2024-03-16T09:00:00Z');
    expect(h.out.channel()).toHaveLength(1);
  });
});
