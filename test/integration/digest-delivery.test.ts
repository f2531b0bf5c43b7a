import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { permanentDeliveryError, transientDeliveryError } from '../../src/core/delivery-error.ts';
import { STORE_KINDS } from '../support/core-harness.ts';
import {
  type DigestHarness,
  OPS,
  openDigestHarness,
  RECS,
  seedRecommendations,
} from '../support/digest-harness.ts';

/** The scheduler, the run ledger and the digest's content, through the real core on both stores. */
describe.each(STORE_KINDS)('digests delivered by the scheduler (%s store)', (kind) => {
  let h: DigestHarness;
  beforeEach(async () => {
    h = await openDigestHarness(kind);
  });
  afterEach(() => h.close());

  const subscribe = async (text = 'digest weekly Monday 9am', channel = RECS) => {
    const reply = await h.say('alice', text, { channel });
    expect(reply.kind, reply.text).toBe('success');
  };
  const posts = () => h.out.channel();

  it('posts each slot once, at its time, covering what changed since the last digest', async () => {
    await seedRecommendations(h);
    await subscribe();
    await h.at('2024-03-18T08:59:00Z');
    expect(posts()).toHaveLength(0);
    await h.at('2024-03-18T09:00:00Z');
    await h.at('2024-03-18T09:00:30Z');
    await h.at('2024-03-18T17:00:00Z');
    expect(posts()).toHaveLength(1);
    const first = posts()[0];
    expect(first?.at).toBe('2024-03-18T09:00:00.000Z');
    expect(first?.to).toBe(JSON.stringify(RECS.address));
    expect(first?.text).toBe(
      [
        'Digest · Monday 18 March 2024',
        '3 overdue · 1 due in the next 14 days · 1 blocked · 1 section 55 response due',
        'CUST24 ░░░░░░░░░░ 0/1 done · 1 overdue\nOSAEC23 ░░░░░░░░░░ 0/4 done · 2 overdue',
        'Overdue · CUST24 · bob (1)',
        '  RED    CUST24-1  bob  13 days overdue  not started  Improve custody records',
        'Overdue · OSAEC23 · bob (1)',
        '  RED    OSAEC23-1  bob  17 days overdue  not started  Chief Constables should review training',
        'Overdue · OSAEC23 · carol (1)',
        '  RED    OSAEC23-2  carol  8 days overdue  not started  Forces should publish their plans',
        'Due in the next 14 days (1)',
        '  AMBER  OSAEC23-3  bob  due in 7 days  not started  Forces should share data',
        'Blocked (1)',
        '  AMBER  OSAEC23-4  carol  due 30 Jun 2024  blocked  the national tool is not yet published · Forces should adopt the national tool',
        "Section 55 responses, open steps:\nOSAEC23 · Online CSAE inspection: due in 10 days (28 March 2024) · drafting · next: chief constable's comments received (due 7 March 2024)",
      ].join('\n'),
    );

    h.clock.set(new Date('2024-03-20T10:00:00Z'));
    expect((await h.say('alice', 'OSAEC23-2 done: plans published')).kind).toBe('success');
    expect(
      (await h.say('alice', 'move OSAEC23-3 to 30 April 2024 because the data owner changed')).kind,
    ).toBe('success');
    await h.at('2024-03-25T09:00:00Z');
    expect(posts()).toHaveLength(2);
    const second = posts()[1]?.text ?? '';
    expect(second).toContain(
      '2 overdue · 0 due in the next 14 days · 1 blocked · 1 completed since 18 Mar 2024 · 1 deadline revised since 18 Mar 2024',
    );
    expect(second).toContain('OSAEC23 ▓▓▓░░░░░░░ 1/4 done · 1 overdue');
    expect(second).toContain('Completed since 18 Mar 2024 (1)\n  GREEN  OSAEC23-2  carol  done 20 Mar 2024');
    expect(second).toContain(
      'Deadlines revised since 18 Mar 2024 (1)\n  OPEN   OSAEC23-3  bob  25 Mar 2024 → 30 Apr 2024  not started  because the data owner changed · Forces should share data',
    );
    expect(second).toContain('OSAEC23-1  bob  24 days overdue');

    // London moved to summer time on 31 March: the next Monday's 09:00 is 08:00 UTC.
    await h.at('2024-04-01T07:59:00Z');
    expect(posts()).toHaveLength(2);
    await h.at('2024-04-01T08:00:00Z');
    expect(posts()).toHaveLength(3);
    expect(posts()[2]?.text).not.toContain('Completed since');
  });

  it('says "nothing overdue" in one line when there is nothing, or posts nothing when told to skip', async () => {
    await subscribe('digest daily 8am');
    await subscribe('digest daily 8am skip empty', OPS);
    await h.at('2024-03-15T08:00:00Z');
    expect(posts().map((p) => [p.to, p.text])).toEqual([
      [
        JSON.stringify(RECS.address),
        'Digest · Friday 15 March 2024: nothing overdue, nothing due in the next 14 days.',
      ],
    ]);
    const listed = await h.say('alice', 'digests', { channel: RECS });
    expect(listed.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n')).toContain(
      'Last: skipped (nothing to report), for Friday 15 March 2024, 08:00',
    );
  });

  it('shows only what a filtered digest asks for', async () => {
    await seedRecommendations(h);
    await subscribe('digest weekly Monday 9am for OSAEC23 owner @bob');
    await subscribe('digest weekly Monday 9am status blocked', OPS);
    await h.at('2024-03-18T09:00:00Z');
    const [mine, blocked] = posts();
    expect(mine?.text.split('\n').slice(0, 2)).toEqual([
      'Digest · Monday 18 March 2024 · OSAEC23 · bob',
      '1 overdue · 1 due in the next 14 days · 1 section 55 response due',
    ]);
    expect(mine?.text).not.toContain('CUST24');
    expect(mine?.text).not.toContain('carol');
    expect(blocked?.text).toContain('0 overdue · 0 due in the next 14 days · 1 blocked');
    expect(blocked?.text).toContain('OSAEC23-4');
    expect(blocked?.text).not.toContain('OSAEC23-1');
  });

  it('after downtime posts only the latest missed slot, once, marked late', async () => {
    await seedRecommendations(h);
    await subscribe();
    await h.at('2024-03-18T09:00:00Z');
    // Down from Monday 18 until Tuesday 2 April: the slots of 25 March and 1 April were missed.
    await h.at('2024-04-02T11:30:00Z');
    await h.at('2024-04-02T11:31:00Z');
    expect(posts()).toHaveLength(2);
    const late = posts()[1]?.text ?? '';
    expect(late.split('\n').slice(0, 2)).toEqual([
      'Digest · Monday 1 April 2024',
      'Late: this digest was due Monday 1 April 2024, 09:00; rectrack was not running then.',
    ]);
    const runs = await h.store.digests.runs.listBySubscription(
      (await h.store.workspaces.findByExternal('console', 'local'))?.id ?? '',
      (await h.store.digests.subscriptions.listActive())[0]?.subscription.id ?? '',
      10,
    );
    expect(runs.map((r) => [r.slotAt, r.status, r.late])).toEqual([
      ['2024-04-01T08:00:00.000Z', 'sent', true],
      ['2024-03-18T09:00:00.000Z', 'sent', false],
    ]);
    await h.at('2024-04-08T08:00:00Z');
    expect(posts()[2]?.text.split('\n')[1]).not.toMatch(/^Late/);
  });

  it('posts "digest now" at the next tick, leaving the schedule and its "since" alone', async () => {
    await seedRecommendations(h);
    await subscribe();
    h.clock.set(new Date('2024-03-16T12:00:00Z'));
    expect((await h.say('alice', 'OSAEC23-2 done')).kind).toBe('success');
    const asked = await h.say('alice', 'digest now', { channel: RECS });
    expect(asked.text).toBe('Posting the digest in #recs now (it takes a moment).');
    expect(posts()).toHaveLength(0);
    await h.tick();
    await h.tick();
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.text).toContain('Digest · Saturday 16 March 2024');
    expect(posts()[0]?.text).toContain('Completed since 11 Mar 2024 (1)');
    // The Monday digest still comes, and still reports that completion: digest now is not "the last digest".
    await h.at('2024-03-18T09:00:00Z');
    expect(posts()).toHaveLength(2);
    expect(posts()[1]?.text).toContain('Completed since 11 Mar 2024 (1)');
  });

  it('posts each slot once with two instances on one store, and takes over a dead claim after its lease', async () => {
    await seedRecommendations(h);
    await subscribe('digest daily 9am');
    const a = h.scheduler('a');
    const b = h.scheduler('b');
    for (const day of ['18', '19', '20']) {
      h.clock.set(new Date(`2024-03-${day}T09:00:00Z`));
      await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    }
    expect(posts().map((p) => p.at)).toEqual([
      '2024-03-18T09:00:00.000Z',
      '2024-03-19T09:00:00.000Z',
      '2024-03-20T09:00:00.000Z',
    ]);
    // An instance claims Thursday's slot and dies before posting.
    const workspaceId = (await h.store.workspaces.findByExternal('console', 'local'))?.id ?? '';
    const subscription = (await h.store.digests.subscriptions.list(workspaceId))[0];
    const key = `digest:${subscription?.id}:2024-03-21T09:00:00.000Z`;
    h.clock.set(new Date('2024-03-21T09:00:00Z'));
    const dead = await h.store.digests.runs.claim(
      {
        workspaceId,
        key,
        kind: 'digest',
        subscriptionId: subscription?.id ?? null,
        memberId: null,
        slotAt: '2024-03-21T09:00:00.000Z',
        late: false,
        manual: false,
      },
      { owner: 'dead', until: '2024-03-21T09:05:00.000Z', now: '2024-03-21T09:00:00.000Z' },
    );
    expect(dead?.leaseOwner).toBe('dead');
    await h.at('2024-03-21T09:04:59Z');
    expect(posts()).toHaveLength(3);
    await h.at('2024-03-21T09:05:00Z');
    await h.at('2024-03-21T09:06:00Z');
    expect(
      posts()
        .map((p) => p.at)
        .slice(3),
    ).toEqual(['2024-03-21T09:05:00.000Z']);
    expect(await h.store.digests.runs.find(workspaceId, key)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('retries a transient failure with backoff, waiting at least as long as the platform asks', async () => {
    await seedRecommendations(h);
    await subscribe();
    h.out.script(
      'channel',
      () => transientDeliveryError('ratelimited', 'slow down', { retryAfterMs: 120_000 }),
      () => transientDeliveryError('unavailable', 'HTTP 503'),
    );
    await h.at('2024-03-18T09:00:00Z');
    await h.at('2024-03-18T09:01:59Z');
    expect(posts()).toHaveLength(0);
    // Retry-After (2 minutes) outweighs the first backoff step (1 minute).
    await h.at('2024-03-18T09:02:00Z');
    expect(posts()).toHaveLength(0);
    await h.at('2024-03-18T09:06:59Z');
    expect(posts()).toHaveLength(0);
    await h.at('2024-03-18T09:07:00Z');
    await h.at('2024-03-18T09:30:00Z');
    expect(posts().map((p) => p.at)).toEqual(['2024-03-18T09:07:00.000Z']);
    const listed = await h.say('alice', 'digests');
    expect(listed.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n')).toContain(
      'Last: posted, for Monday 18 March 2024, 09:00',
    );
  });

  it('records permanent failures, shows them, pauses after three in a row, and resumes', async () => {
    await subscribe('digest daily 9am');
    const removed = () => permanentDeliveryError('not_in_channel', "I'm not in that channel");
    h.out.script('channel', removed, removed, removed);
    await h.at('2024-03-15T09:00:00Z');
    let listed = await h.say('alice', 'digests');
    const text = () => listed.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n');
    expect(text()).toContain(
      "Last: failed (not_in_channel: I'm not in that channel), for Friday 15 March 2024, 09:00",
    );
    await h.at('2024-03-16T09:00:00Z');
    await h.at('2024-03-17T09:00:00Z');
    listed = await h.say('alice', 'digests');
    expect(listed.text).toBe('1 digest in this workspace, 1 paused.');
    expect(text()).toContain(
      "Paused after 3 failed deliveries: not_in_channel: I'm not in that channel. Fix it, then: digest resume 1",
    );
    await h.at('2024-03-18T09:00:00Z');
    await h.at('2024-03-19T09:00:00Z');
    expect(posts()).toHaveLength(0);
    h.clock.set(new Date('2024-03-19T12:00:00Z'));
    expect((await h.say('alice', 'digest resume 1')).text).toBe(
      "#recs's digest is back on, every day at 09:00.",
    );
    await h.at('2024-03-19T12:01:00Z');
    expect(posts()).toHaveLength(0);
    await h.at('2024-03-20T09:00:00Z');
    expect(posts()).toHaveLength(1);
  });

  it('gives up on a run that keeps failing for an unknown reason, and counts it as a failure', async () => {
    await subscribe('digest daily 9am');
    const boom = () => new Error('socket hang up');
    h.out.script('channel', boom, boom, boom, boom, boom);
    const steps = ['09:00:00', '09:01:00', '09:06:00', '09:21:00', '10:21:00', '12:00:00'];
    for (const t of steps) await h.at(`2024-03-15T${t}Z`);
    expect(posts()).toHaveLength(0);
    const listed = await h.say('alice', 'digests');
    expect(listed.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n')).toContain(
      'Last: failed (unknown: socket hang up)',
    );
  });

  it('never posts for slots that passed before the schedule was set', async () => {
    h.clock.set(new Date('2024-03-18T09:30:00Z'));
    await subscribe();
    await h.tick();
    expect(posts()).toHaveLength(0);
    await subscribe('digest weekly Monday 9am in America/New_York');
    await h.at('2024-03-18T13:00:00Z');
    expect(posts().map((p) => p.at)).toEqual(['2024-03-18T13:00:00.000Z']);
    expect((await h.say('alice', 'digest off', { channel: RECS })).text).toBe(
      '#recs no longer gets the digest.',
    );
    await h.at('2024-03-25T13:00:00Z');
    expect(posts()).toHaveLength(1);
  });
});
