import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness, STORE_KINDS, visible } from '../support/core-harness.ts';
import { OPS, RECS } from '../support/digest-harness.ts';

/** Subscribing channels and managing digests through the core, as any adapter would drive it. */
describe.each(STORE_KINDS)('digest commands (%s store)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind);
    await h.say('alice', 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 s55');
  });
  afterEach(() => h.close());

  it('subscribes the channel it is typed in, and changes its schedule when typed again', async () => {
    const first = await h.say('alice', 'digest weekly Monday 9am', { channel: RECS });
    expect(first.text).toBe(
      '#recs will get the digest every Monday at 09:00 (Europe/London), next on Monday 18 March 2024, 09:00.',
    );
    expect(visible(first)).toContain('Time zone: Europe/London (the workspace’s)');
    expect(visible(first)).toContain('Covers: every report');
    const again = await h.say(
      'alice',
      'digest daily 8am for OSAEC23 owner @bob status blocked in America/New_York skip empty',
      {
        channel: RECS,
      },
    );
    expect(again.text).toBe(
      '#recs now gets the digest every day at 08:00 (America/New_York), next on Thursday 14 March 2024, 08:00.',
    );
    expect(visible(again)).toContain('Covers: report OSAEC23, owned by bob, blocked');
    expect(visible(again)).toContain('When there is nothing to report: no post');
    const workspace = await h.store.workspaces.findByExternal('console', 'local');
    const all = await h.store.digests.subscriptions.list(workspace?.id ?? '');
    expect(all.map((s) => [s.cron, s.timeZone, s.skipEmpty, s.address])).toEqual([
      ['0 8 * * *', 'America/New_York', true, RECS.address],
    ]);
  });

  it('lists every digest with its next post; digest off stops one, by channel or number', async () => {
    expect((await h.say('bob', 'digests')).text).toBe(
      'No channel gets a digest yet. In a channel, type: digest weekly Monday 9am',
    );
    await h.say('alice', 'digest weekly Monday 9am', { channel: RECS });
    await h.say('alice', 'digest cron "0 7 * * 1-5"', { channel: OPS });
    const listed = await h.say('bob', 'digests');
    expect(listed.text).toBe('2 digests in this workspace.');
    expect(visible(listed)).toContain(
      '1. #recs · every Monday at 09:00 (Europe/London)\n   Next: Monday 18 March 2024, 09:00\n   Last: nothing posted yet',
    );
    expect(visible(listed)).toContain(
      '2. #ops · cron 0 7 * * 1-5 (Europe/London)\n   Next: Friday 15 March 2024, 07:00',
    );
    expect((await h.say('alice', 'digest off 2')).text).toBe('#ops no longer gets the digest.');
    expect((await h.say('alice', 'digest off', { channel: RECS })).text).toBe(
      '#recs no longer gets the digest.',
    );
    expect((await h.say('alice', 'digest off', { channel: RECS })).code).toBe('digest.none_here');
    expect((await h.say('alice', 'digest off 5')).code).toBe('digest.no_such');
  });

  it('lets only admins manage digests, and says what went wrong in each case', async () => {
    await h.say('alice', 'digest weekly', { channel: RECS });
    expect((await h.say('bob', 'digest daily', { channel: RECS })).code).toBe('permission.admin_only');
    expect((await h.say('bob', 'digest off', { channel: RECS })).code).toBe('permission.admin_only');
    expect((await h.say('bob', 'digest now', { channel: RECS })).code).toBe('permission.admin_only');
    expect((await h.say('alice', 'digest weekly')).code).toBe('digest.no_channel');
    expect((await h.say('alice', 'digest weekly', { channel: { address: () => 1 } })).code).toBe(
      'digest.no_channel',
    );
    expect((await h.say('alice', 'digest cron "0 9 31 2 *"', { channel: OPS })).code).toBe('digest.bad_cron');
    expect((await h.say('alice', 'digest cron "99 9 * * *"', { channel: OPS })).text).toContain(
      'five fields',
    );
    expect((await h.say('alice', 'digest weekly in Mars/Olympus', { channel: OPS })).code).toBe(
      'digest.bad_time_zone',
    );
    expect((await h.say('alice', 'digest weekly for NOPE1', { channel: OPS })).code).toBe('report.not_found');
    expect((await h.say('alice', 'digest resume', { channel: RECS })).text).toBe(
      "#recs's digest is not paused.",
    );
    // A failed command changed nothing.
    const workspace = await h.store.workspaces.findByExternal('console', 'local');
    expect(await h.store.digests.subscriptions.list(workspace?.id ?? '')).toHaveLength(1);
  });

  it('keeps one channel per workspace: the same address elsewhere is another subscription', async () => {
    await h.say('alice', 'digest weekly', { channel: RECS });
    await h.say('zed', 'digest daily', { channel: RECS, workspace: 'other' });
    // Key order in the address doesn't matter: it is the same channel.
    const reordered = { address: { channel: 'recs', platform: 'console' }, name: 'recs' };
    expect((await h.say('alice', 'digest daily', { channel: reordered })).text).toContain('now gets');
    expect((await h.say('alice', 'digests')).text).toBe('1 digest in this workspace.');
    expect((await h.say('zed', 'digests', { workspace: 'other' })).text).toBe('1 digest in this workspace.');
  });

  it('says digests are unavailable when the deployment has no scheduler', async () => {
    delete h.deps.schedules;
    expect((await h.say('alice', 'digest weekly', { channel: RECS })).code).toBe('digest.unavailable');
  });

  it('explains digests and reminders in help', async () => {
    const reply = await h.say('bob', 'help digests');
    expect(reply.text).toContain('digest weekly Monday 9am');
    expect(reply.text).toContain('snooze OSAEC23-5 1 week');
    expect((await h.say('bob', 'help snooze')).text).toBe(reply.text);
  });
});
