import { describe, expect, it } from 'vitest';
import type { RunIdentity, Subscription } from '../../src/core/digest/model.ts';
import type { Store } from '../../src/ports/store.ts';
import type { CurrentStore } from './store-contract.ts';
import { aMember, anItem, seedWorkspace } from './store-fixtures.ts';

let counter = 0;

function aSubscription(
  workspaceId: string,
  createdBy: string,
  overrides: Partial<Subscription> = {},
): Subscription {
  counter++;
  return {
    id: `sub-${counter}`,
    workspaceId,
    channelKey: `{"channel":"C${counter}","platform":"slack"}`,
    address: { platform: 'slack', channel: `C${counter}`, nested: { list: [1, 'two', null] } },
    channelName: 'recs',
    cron: '0 9 * * 1',
    scheduleLabel: 'every Monday at 09:00',
    timeZone: null,
    filters: { reportId: null, ownerId: null, statuses: [] },
    skipEmpty: false,
    createdBy,
    createdAt: `2024-03-0${(counter % 9) + 1}T09:00:00.000Z`,
    scheduleFrom: '2024-03-01T09:00:00.000Z',
    pausedAt: null,
    pauseReason: null,
    failures: 0,
    ...overrides,
  };
}

function aRun(workspaceId: string, key: string, overrides: Partial<RunIdentity> = {}): RunIdentity {
  return {
    workspaceId,
    key,
    kind: 'digest',
    subscriptionId: null,
    memberId: null,
    slotAt: '2024-04-01T08:00:00.000Z',
    late: false,
    manual: false,
    ...overrides,
  };
}

const T0 = '2024-04-01T08:00:00.000Z';
const T1 = '2024-04-01T08:05:00.000Z';
const T2 = '2024-04-01T08:10:00.000Z';

async function seedSubscription(store: Store, overrides: Partial<Subscription> = {}) {
  const seeded = await seedWorkspace(store);
  const subscription = aSubscription(seeded.workspace.id, seeded.admin.id, overrides);
  await store.digests.subscriptions.insert(subscription);
  return { ...seeded, subscription };
}

/** Digest subscriptions, the delivery run ledger and reminder preferences. */
export function digestContract(current: CurrentStore): void {
  describe('digest subscriptions', () => {
    it('keeps a subscription whole, address JSON included, in its own workspace only', async () => {
      const store = current();
      const { workspace, subscription, report, admin } = await seedSubscription(store, {
        filters: { reportId: null, ownerId: null, statuses: ['blocked', 'in_progress'] },
        timeZone: 'America/New_York',
        skipEmpty: true,
      });
      const other = await seedWorkspace(store);
      expect(await store.digests.subscriptions.findById(workspace.id, subscription.id)).toEqual(subscription);
      expect(await store.digests.subscriptions.findByChannel(workspace.id, subscription.channelKey)).toEqual(
        subscription,
      );
      expect(await store.digests.subscriptions.findById(other.workspace.id, subscription.id)).toBeUndefined();
      expect(await store.digests.subscriptions.list(other.workspace.id)).toEqual([]);

      const filters = { reportId: report.id, ownerId: admin.id, statuses: [] };
      await store.digests.subscriptions.update(workspace.id, subscription.id, {
        cron: '30 8 * * *',
        filters,
        pausedAt: T0,
        pauseReason: 'not_in_channel',
        failures: 3,
      });
      // Another workspace's id is not this workspace's subscription: nothing changes.
      await store.digests.subscriptions.update(other.workspace.id, subscription.id, { cron: '0 0 * * *' });
      expect(await store.digests.subscriptions.findById(workspace.id, subscription.id)).toEqual({
        ...subscription,
        cron: '30 8 * * *',
        filters,
        pausedAt: T0,
        pauseReason: 'not_in_channel',
        failures: 3,
      });
    });

    it('refuses a second subscription for the same channel', async () => {
      const store = current();
      const { workspace, admin, subscription } = await seedSubscription(store);
      await expect(
        store.digests.subscriptions.insert(
          aSubscription(workspace.id, admin.id, { channelKey: subscription.channelKey }),
        ),
      ).rejects.toThrow();
    });

    it('lists active subscriptions of every workspace with their workspace, oldest first', async () => {
      const store = current();
      const a = await seedSubscription(store, { createdAt: '2024-03-02T00:00:00.000Z' });
      const b = await seedSubscription(store, { createdAt: '2024-03-01T00:00:00.000Z' });
      const paused = aSubscription(a.workspace.id, a.admin.id, { pausedAt: T0 });
      await store.digests.subscriptions.insert(paused);
      const active = await store.digests.subscriptions.listActive();
      const ours = active.filter((x) =>
        [a.subscription.id, b.subscription.id, paused.id].includes(x.subscription.id),
      );
      expect(ours.map((x) => [x.subscription.id, x.workspace])).toEqual([
        [b.subscription.id, b.workspace],
        [a.subscription.id, a.workspace],
      ]);
    });

    it('deletes a subscription with its run history', async () => {
      const store = current();
      const { workspace, subscription } = await seedSubscription(store);
      const run = aRun(workspace.id, 'digest:1', { subscriptionId: subscription.id });
      await store.digests.runs.claim(run, { owner: 'a', until: T1, now: T0 });
      await store.digests.subscriptions.delete(workspace.id, subscription.id);
      expect(await store.digests.subscriptions.findById(workspace.id, subscription.id)).toBeUndefined();
      expect(await store.digests.runs.find(workspace.id, 'digest:1')).toBeUndefined();
    });
  });

  describe('delivery run ledger', () => {
    it('lets one instance claim a run; others wait until its lease ends', async () => {
      const store = current();
      const { workspace, subscription } = await seedSubscription(store);
      const run = aRun(workspace.id, 'slot-1', { subscriptionId: subscription.id });
      const claimed = await store.digests.runs.claim(run, { owner: 'a', until: T1, now: T0 });
      expect(claimed).toEqual({
        ...run,
        status: 'claimed',
        leaseOwner: 'a',
        leaseUntil: T1,
        attempts: 1,
        nextAttemptAt: null,
        error: null,
        coveredUntil: null,
        unconfirmedSince: null,
        postRefs: [],
        createdAt: T0,
        finishedAt: null,
      });
      expect(await store.digests.runs.find(workspace.id, 'slot-1')).toEqual(claimed);
      expect(await store.digests.runs.claim(run, { owner: 'b', until: T2, now: T0 })).toBeUndefined();
      expect(
        await store.digests.runs.finish(workspace.id, 'slot-1', 'b', {
          status: 'sent',
          at: T0,
          coveredUntil: T0,
        }),
      ).toBe(false);
      // At the lease's end, b takes over; a can no longer renew or finish.
      const taken = await store.digests.runs.claim(run, { owner: 'b', until: T2, now: T1 });
      expect(taken).toMatchObject({
        status: 'claimed',
        leaseOwner: 'b',
        leaseUntil: T2,
        attempts: 2,
        createdAt: T0,
      });
      expect(await store.digests.runs.renew(workspace.id, 'slot-1', 'a', T2)).toBe(false);
      expect(
        await store.digests.runs.finish(workspace.id, 'slot-1', 'a', {
          status: 'sent',
          at: T1,
          coveredUntil: T1,
        }),
      ).toBe(false);
      expect(await store.digests.runs.renew(workspace.id, 'slot-1', 'b', '2024-04-01T09:00:00.000Z')).toBe(
        true,
      );
      expect(
        await store.digests.runs.finish(workspace.id, 'slot-1', 'b', {
          status: 'sent',
          at: T2,
          coveredUntil: T1,
        }),
      ).toBe(true);
      expect(await store.digests.runs.find(workspace.id, 'slot-1')).toMatchObject({
        status: 'sent',
        leaseOwner: null,
        leaseUntil: null,
        coveredUntil: T1,
        finishedAt: T2,
      });
      // A finished run is never claimed again, however late.
      expect(
        await store.digests.runs.claim(run, {
          owner: 'c',
          until: '2030-01-01T00:00:00.000Z',
          now: '2029-01-01T00:00:00.000Z',
        }),
      ).toBeUndefined();
    });

    it('lets exactly one of many simultaneous claims win', async () => {
      const store = current();
      const { workspace } = await seedWorkspace(store);
      const run = aRun(workspace.id, 'race');
      const results = await Promise.all(
        ['a', 'b', 'c', 'd', 'e'].map((owner) =>
          store.digests.runs.claim(run, { owner, until: T1, now: T0 }),
        ),
      );
      expect(results.filter((r) => r !== undefined)).toHaveLength(1);
    });

    it("claims a slot's runs together: new ones, a requested one, not one held or finished", async () => {
      const store = current();
      const { workspace } = await seedWorkspace(store);
      const other = await seedWorkspace(store);
      const held = aRun(workspace.id, 'held');
      const done = aRun(workspace.id, 'done');
      const asked = aRun(workspace.id, 'asked');
      await store.digests.runs.claim(held, { owner: 'b', until: T2, now: T0 });
      await store.digests.runs.claim(done, { owner: 'b', until: T1, now: T0 });
      await store.digests.runs.finish(workspace.id, 'done', 'b', {
        status: 'sent',
        at: T0,
        coveredUntil: T0,
      });
      await store.digests.runs.request(asked, T0);
      await store.digests.runs.claim(aRun(other.workspace.id, 'new-2'), { owner: 'b', until: T1, now: T0 });
      const runs = [aRun(workspace.id, 'new-1'), held, done, asked, aRun(workspace.id, 'new-2')];
      const claimed = await store.digests.runs.claimAll(workspace.id, runs, {
        owner: 'a',
        until: T2,
        now: T1,
      });
      expect(claimed.map((run) => [run.key, run.status, run.leaseOwner, run.attempts])).toEqual([
        ['new-1', 'claimed', 'a', 1],
        ['asked', 'claimed', 'a', 1],
        ['new-2', 'claimed', 'a', 1],
      ]);
      for (const run of claimed) expect(await store.digests.runs.find(workspace.id, run.key)).toEqual(run);
      expect(await store.digests.runs.find(workspace.id, 'held')).toMatchObject({ leaseOwner: 'b' });
      expect(await store.digests.runs.claimAll(workspace.id, [], { owner: 'a', until: T2, now: T1 })).toEqual(
        [],
      );
      const found = await store.digests.runs.findAll(workspace.id, ['new-2', 'held', 'missing']);
      expect(found.map((run) => [run.workspaceId, run.key]).sort()).toEqual([
        [workspace.id, 'held'],
        [workspace.id, 'new-2'],
      ]);
    });

    it('lets exactly one of many simultaneous claims of a slot win each run', async () => {
      const store = current();
      const { workspace } = await seedWorkspace(store);
      const runs = ['r1', 'r2', 'r3', 'r4'].map((key) => aRun(workspace.id, key));
      await store.digests.runs.request(runs[2] as (typeof runs)[number], T0);
      const results = await Promise.all(
        ['a', 'b', 'c', 'd', 'e'].map((owner) =>
          owner === 'e'
            ? store.digests.runs
                .claim(runs[1] as (typeof runs)[number], { owner, until: T1, now: T0 })
                .then((r) => (r ? [r] : []))
            : store.digests.runs.claimAll(workspace.id, owner === 'b' ? [...runs].reverse() : runs, {
                owner,
                until: T1,
                now: T0,
              }),
        ),
      );
      const keys = results.flat().map((run) => run.key);
      expect(keys.sort()).toEqual(['r1', 'r2', 'r3', 'r4']);
    });

    // Instances list a slot's runs in whatever order they read them; a server that locks rows in the order
    // given can find two such claims waiting on each other. Many rounds, orders turned about, none may fail.
    it("never deadlocks when instances claim one slot's runs in different orders", async () => {
      const store = current();
      const { workspace } = await seedWorkspace(store);
      for (let round = 0; round < 15; round++) {
        const runs = Array.from({ length: 12 }, (_, k) => aRun(workspace.id, `s${round}-${k}`));
        const orders = [runs, [...runs].reverse(), [...runs.slice(6), ...runs.slice(0, 6)]];
        const results = await Promise.all(
          ['a', 'b', 'c', 'd', 'e', 'f'].map((owner, k) =>
            store.digests.runs.claimAll(workspace.id, orders[k % orders.length] ?? runs, {
              owner,
              until: T1,
              now: T0,
            }),
          ),
        );
        expect(results.flat().length).toBe(runs.length);
      }
    });

    it('offers a retry again only once it is due, and a requested run at once', async () => {
      const store = current();
      const { workspace } = await seedWorkspace(store);
      const run = aRun(workspace.id, 'retry-me');
      await store.digests.runs.claim(run, { owner: 'a', until: T1, now: T0 });
      await store.digests.runs.finish(workspace.id, 'retry-me', 'a', {
        status: 'retry',
        at: T0,
        nextAttemptAt: T2,
        error: 'ratelimited: slow down',
      });
      expect(await store.digests.runs.find(workspace.id, 'retry-me')).toMatchObject({
        status: 'retry',
        nextAttemptAt: T2,
        error: 'ratelimited: slow down',
        finishedAt: null,
      });
      const manual = aRun(workspace.id, 'now-1', { manual: true, slotAt: T0 });
      await store.digests.runs.request(manual, T0);
      await expect(store.digests.runs.request(manual, T0)).rejects.toThrow();
      const keys = async (now: string) =>
        (await store.digests.runs.listClaimable(now))
          .filter((r) => r.workspaceId === workspace.id)
          .map((r) => r.key);
      expect(await keys(T1)).toEqual(['now-1']);
      expect(await store.digests.runs.claim(run, { owner: 'b', until: T2, now: T1 })).toBeUndefined();
      expect(await keys(T2)).toEqual(['now-1', 'retry-me']);
      expect(
        await store.digests.runs.claim(run, { owner: 'b', until: '2024-04-01T09:00:00.000Z', now: T2 }),
      ).toMatchObject({
        attempts: 2,
        nextAttemptAt: null,
      });
      expect(await store.digests.runs.claim(manual, { owner: 'c', until: T2, now: T1 })).toMatchObject({
        status: 'claimed',
        manual: true,
        attempts: 1,
      });
      expect(await keys(T1)).toEqual([]);
      // A claimed run whose holder vanished is offered once the lease has ended.
      expect(await keys(T2)).toEqual(['now-1']);
    });

    it('records a post before it is made, until its outcome is known, across a takeover', async () => {
      const store = current();
      const { workspace } = await seedWorkspace(store);
      const run = aRun(workspace.id, 'post-1');
      await store.digests.runs.claim(run, { owner: 'a', until: T1, now: T0 });
      expect(await store.digests.runs.startPost(workspace.id, 'post-1', 'b', T1, T0)).toBe(false);
      expect(await store.digests.runs.startPost(workspace.id, 'post-1', 'a', T1, T0)).toBe(true);
      // No answer: a retry that keeps the mark, so the next attempt looks for the post first.
      await store.digests.runs.finish(workspace.id, 'post-1', 'a', {
        status: 'retry',
        at: T0,
        nextAttemptAt: T1,
        error: 'timeout: no answer',
        unconfirmed: true,
      });
      const taken = await store.digests.runs.claim(run, { owner: 'b', until: T2, now: T1 });
      expect(taken).toMatchObject({ leaseOwner: 'b', attempts: 2, unconfirmedSince: T0 });
      // The mark stays at the first unanswered attempt, however many follow.
      expect(await store.digests.runs.startPost(workspace.id, 'post-1', 'b', T2, T1)).toBe(true);
      expect(await store.digests.runs.find(workspace.id, 'post-1')).toMatchObject({ unconfirmedSince: T0 });
      await store.digests.runs.finish(workspace.id, 'post-1', 'b', {
        status: 'sent',
        at: T1,
        coveredUntil: T1,
        postRefs: ['1712000000.000100', '1712000000.000200'],
      });
      expect(await store.digests.runs.find(workspace.id, 'post-1')).toMatchObject({
        status: 'sent',
        unconfirmedSince: null,
        postRefs: ['1712000000.000100', '1712000000.000200'],
      });
    });

    it('forgets the mark once an attempt is known to have posted nothing', async () => {
      const store = current();
      const { workspace } = await seedWorkspace(store);
      await store.digests.runs.claim(aRun(workspace.id, 'post-2'), { owner: 'a', until: T1, now: T0 });
      await store.digests.runs.startPost(workspace.id, 'post-2', 'a', T1, T0);
      await store.digests.runs.finish(workspace.id, 'post-2', 'a', {
        status: 'retry',
        at: T0,
        nextAttemptAt: T1,
        error: 'ratelimited: slow down',
      });
      expect(await store.digests.runs.find(workspace.id, 'post-2')).toMatchObject({
        status: 'retry',
        unconfirmedSince: null,
        postRefs: [],
      });
    });

    it('remembers what the last scheduled digest covered, ignoring digest now and failures', async () => {
      const store = current();
      const { workspace, subscription } = await seedSubscription(store);
      const runs = store.digests.runs;
      const end = async (
        key: string,
        extra: Partial<RunIdentity>,
        status: 'sent' | 'failed' | 'skipped',
        covered: string,
      ) => {
        await runs.claim(aRun(workspace.id, key, { subscriptionId: subscription.id, ...extra }), {
          owner: 'a',
          until: T2,
          now: T0,
        });
        await runs.finish(
          workspace.id,
          key,
          'a',
          status === 'failed'
            ? { status, at: T0, error: 'removed: gone' }
            : { status, at: T0, coveredUntil: covered },
        );
      };
      expect(await runs.lastCovered(workspace.id, subscription.id)).toBeUndefined();
      await end('w1', { slotAt: '2024-03-25T09:00:00.000Z' }, 'sent', '2024-03-25T09:00:05.000Z');
      await end('w2', { slotAt: '2024-04-01T08:00:00.000Z' }, 'skipped', '2024-04-01T08:00:03.000Z');
      await end(
        'now',
        { slotAt: '2024-04-02T08:00:00.000Z', manual: true },
        'sent',
        '2024-04-02T08:00:01.000Z',
      );
      await end('w3', { slotAt: '2024-04-08T08:00:00.000Z' }, 'failed', '');
      expect(await runs.lastCovered(workspace.id, subscription.id)).toBe('2024-04-01T08:00:03.000Z');
      const listed = await runs.listBySubscription(workspace.id, subscription.id, 3);
      expect(listed.map((r) => [r.key, r.status, r.error])).toEqual([
        ['w3', 'failed', 'removed: gone'],
        ['now', 'sent', null],
        ['w2', 'skipped', null],
      ]);
    });

    it('lists members a reminder could not reach since an instant', async () => {
      const store = current();
      const { workspace } = await seedWorkspace(store);
      const bob = aMember(workspace.id, { displayName: 'Bob' });
      const cat = aMember(workspace.id, { displayName: 'Cat' });
      await store.members.insert(bob);
      await store.members.insert(cat);
      const remind = async (member: string, day: string, status: 'unreachable' | 'sent') => {
        const key = `reminder:${member}:${day}`;
        await store.digests.runs.claim(
          aRun(workspace.id, key, { kind: 'reminder', memberId: member, slotAt: `${day}T08:00:00.000Z` }),
          { owner: 'a', until: T2, now: T0 },
        );
        await store.digests.runs.finish(workspace.id, key, 'a', { status, at: T0, coveredUntil: null });
      };
      await remind(bob.id, '2024-03-20', 'unreachable');
      await remind(cat.id, '2024-03-28', 'unreachable');
      await remind(cat.id, '2024-03-29', 'unreachable');
      await remind(bob.id, '2024-03-29', 'sent');
      expect(await store.digests.runs.listUnreachable(workspace.id, '2024-03-25T00:00:00.000Z')).toEqual([
        cat.id,
      ]);
      const other = await seedWorkspace(store);
      expect(
        await store.digests.runs.listUnreachable(other.workspace.id, '2024-01-01T00:00:00.000Z'),
      ).toEqual([]);
    });
  });

  describe('reminder preferences', () => {
    it('keeps one snooze per item, and opt-outs per member, per workspace', async () => {
      const store = current();
      const { workspace, report, admin } = await seedWorkspace(store);
      const item = anItem(report);
      const other = anItem(report, { ref: '6' });
      await store.items.insert(item);
      await store.items.insert(other);
      const r = store.digests.reminders;
      await r.snooze({
        workspaceId: workspace.id,
        itemId: item.id,
        until: '2024-04-08',
        by: admin.id,
        at: T0,
      });
      await r.snooze({
        workspaceId: workspace.id,
        itemId: other.id,
        until: '2024-04-02',
        by: admin.id,
        at: T0,
      });
      await r.snooze({
        workspaceId: workspace.id,
        itemId: item.id,
        until: '2024-04-15',
        by: admin.id,
        at: T1,
      });
      expect(await r.listSnoozes(workspace.id)).toEqual([
        { workspaceId: workspace.id, itemId: other.id, until: '2024-04-02', by: admin.id, at: T0 },
        { workspaceId: workspace.id, itemId: item.id, until: '2024-04-15', by: admin.id, at: T1 },
      ]);
      await r.unsnooze(workspace.id, other.id);
      expect((await r.listSnoozes(workspace.id)).map((s) => s.itemId)).toEqual([item.id]);

      await r.setOptOut(workspace.id, admin.id, T0);
      await r.setOptOut(workspace.id, admin.id, T1);
      expect(await r.listOptOuts(workspace.id)).toEqual([admin.id]);
      const elsewhere = await seedWorkspace(store);
      expect(await r.listOptOuts(elsewhere.workspace.id)).toEqual([]);
      expect(await r.listSnoozes(elsewhere.workspace.id)).toEqual([]);
      await r.setOptOut(workspace.id, admin.id, null);
      expect(await r.listOptOuts(workspace.id)).toEqual([]);
    });

    it('lists every workspace for the scheduler', async () => {
      const store = current();
      const a = await seedWorkspace(store);
      const b = await seedWorkspace(store);
      const ids = (await store.digests.listWorkspaces()).map((w) => w.id);
      expect(ids).toContain(a.workspace.id);
      expect(ids).toContain(b.workspace.id);
    });

    it('rolls digest changes back with the transaction', async () => {
      const store = current();
      const { workspace, admin } = await seedWorkspace(store);
      const subscription = aSubscription(workspace.id, admin.id);
      await expect(
        store.transaction(async (tx) => {
          await tx.digests.subscriptions.insert(subscription);
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect(await store.digests.subscriptions.list(workspace.id)).toEqual([]);
    });
  });
}
