import {
  type DeliveryRun,
  type RunIdentity,
  type Snooze,
  type Subscription,
  unclaimedRun,
} from '../../src/core/digest/model.ts';
import type { Workspace } from '../../src/core/model/entities.ts';
import type { DigestStore } from '../../src/ports/digest-store.ts';

/*
 * The in-memory digest store, part of the memory Store (its state sits in MemoryState, so a
 * transaction's rollback covers it). Orderings and constraints mirror adapters/db/digest-store.ts and
 * migrations/0006-digests.ts, written separately so the contract suite compares two implementations.
 */

export type MemoryDigestState = {
  /** By id. */
  subscriptions: Map<string, Subscription>;
  /** By pair(workspaceId, key). */
  runs: Map<string, DeliveryRun>;
  /** By pair(workspaceId, itemId). */
  snoozes: Map<string, Snooze>;
  /** By pair(workspaceId, memberId). */
  optOuts: Map<string, { workspaceId: string; memberId: string; at: string }>;
};

export function emptyDigestState(): MemoryDigestState {
  return { subscriptions: new Map(), runs: new Map(), snoozes: new Map(), optOuts: new Map() };
}

type Run = <T>(op: () => T) => Promise<T>;
type Shared = { workspaces: Map<string, Workspace>; digests: MemoryDigestState };

const pair = (a: string, b: string): string => `${a}\u0000${b}`;
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const copy = <T>(value: T): T => structuredClone(value);

function fail(message: string): never {
  throw new Error(`Memory store constraint failed: ${message}`);
}

function claimable(run: DeliveryRun, now: string): boolean {
  return (
    run.status === 'pending' ||
    (run.status === 'claimed' && run.leaseUntil !== null && run.leaseUntil <= now) ||
    (run.status === 'retry' && run.nextAttemptAt !== null && run.nextAttemptAt <= now)
  );
}

export function createMemoryDigestStore(state: () => Shared, run: Run): DigestStore {
  const d = () => state().digests;
  const workspaceExists = (id: string, table: string) => {
    if (!state().workspaces.has(id)) fail(`${table}.workspace_id ${id} does not exist`);
  };
  const subsOf = (workspaceId: string) =>
    [...d().subscriptions.values()]
      .filter((s) => s.workspaceId === workspaceId)
      .sort((a, b) => byCodeUnit(a.createdAt, b.createdAt) || byCodeUnit(a.id, b.id));
  const owned = (workspaceId: string, id: string) => {
    const sub = d().subscriptions.get(id);
    return sub?.workspaceId === workspaceId ? sub : undefined;
  };
  const holds = (workspaceId: string, key: string, owner: string) => {
    const found = d().runs.get(pair(workspaceId, key));
    return found?.status === 'claimed' && found.leaseOwner === owner ? found : undefined;
  };

  /** claim's decision, made at once (inside run, so a transaction sees it whole). */
  const claimNow = (identity: RunIdentity, lease: { owner: string; until: string; now: string }) => {
    const id = pair(identity.workspaceId, identity.key);
    const existing = d().runs.get(id);
    if (!existing) {
      workspaceExists(identity.workspaceId, 'delivery_runs');
      const fresh: DeliveryRun = {
        ...copy(identity),
        ...unclaimedRun(lease.now),
        status: 'claimed',
        leaseOwner: lease.owner,
        leaseUntil: lease.until,
        attempts: 1,
      };
      d().runs.set(id, fresh);
      return copy(fresh);
    }
    if (!claimable(existing, lease.now)) return undefined;
    Object.assign(existing, {
      status: 'claimed',
      leaseOwner: lease.owner,
      leaseUntil: lease.until,
      attempts: existing.attempts + 1,
      nextAttemptAt: null,
    });
    return copy(existing);
  };

  return {
    subscriptions: {
      findById: (workspaceId, id) => run(() => copy(owned(workspaceId, id))),
      findByChannel: (workspaceId, channelKey) =>
        run(() => copy(subsOf(workspaceId).find((s) => s.channelKey === channelKey))),
      list: (workspaceId) => run(() => copy(subsOf(workspaceId))),
      insert: (subscription) =>
        run(() => {
          workspaceExists(subscription.workspaceId, 'digest_subscriptions');
          if (d().subscriptions.has(subscription.id))
            fail(`digest_subscriptions.id ${subscription.id} exists`);
          if (subsOf(subscription.workspaceId).some((s) => s.channelKey === subscription.channelKey)) {
            fail(`a subscription for channel ${subscription.channelKey} already exists`);
          }
          d().subscriptions.set(subscription.id, copy(subscription));
        }),
      update: (workspaceId, id, patch) =>
        run(() => {
          const sub = owned(workspaceId, id);
          if (!sub) return;
          for (const [key, value] of Object.entries(patch)) {
            if (value !== undefined) Object.assign(sub, { [key]: copy(value) });
          }
        }),
      delete: (workspaceId, id) =>
        run(() => {
          if (!owned(workspaceId, id)) return;
          for (const [key, r] of d().runs) {
            if (r.workspaceId === workspaceId && r.subscriptionId === id) d().runs.delete(key);
          }
          d().subscriptions.delete(id);
        }),
      listActive: () =>
        run(() =>
          copy(
            [...d().subscriptions.values()]
              .filter((s) => s.pausedAt === null)
              .sort((a, b) => byCodeUnit(a.createdAt, b.createdAt) || byCodeUnit(a.id, b.id))
              .flatMap((subscription) => {
                const workspace = state().workspaces.get(subscription.workspaceId);
                return workspace ? [{ subscription, workspace }] : [];
              }),
          ),
        ),
    },
    runs: {
      find: (workspaceId, key) => run(() => copy(d().runs.get(pair(workspaceId, key)))),
      request: (identity, at) =>
        run(() => {
          workspaceExists(identity.workspaceId, 'delivery_runs');
          const id = pair(identity.workspaceId, identity.key);
          if (d().runs.has(id)) fail(`delivery_runs (${identity.workspaceId}, ${identity.key}) exists`);
          d().runs.set(id, { ...copy(identity), ...unclaimedRun(at), status: 'pending' });
        }),
      claim: (identity, lease) => run(() => claimNow(identity, lease)),
      claimAll: (workspaceId, identities, lease) =>
        run(() =>
          identities.flatMap((identity) => {
            const claimed = claimNow({ ...identity, workspaceId }, lease);
            return claimed ? [claimed] : [];
          }),
        ),
      findAll: (workspaceId, keys) =>
        run(() => copy(keys.flatMap((key) => d().runs.get(pair(workspaceId, key)) ?? []))),
      renew: (workspaceId, key, owner, until) =>
        run(() => {
          const held = holds(workspaceId, key, owner);
          if (held) held.leaseUntil = until;
          return held !== undefined;
        }),
      startPost: (workspaceId, key, owner, until, at) =>
        run(() => {
          const held = holds(workspaceId, key, owner);
          if (held) Object.assign(held, { leaseUntil: until, unconfirmedSince: held.unconfirmedSince ?? at });
          return held !== undefined;
        }),
      finish: (workspaceId, key, owner, outcome) =>
        run(() => {
          const held = holds(workspaceId, key, owner);
          if (!held) return false;
          const retry = outcome.status === 'retry';
          if (!(retry && outcome.unconfirmed === true)) held.unconfirmedSince = null;
          if ('postRefs' in outcome && outcome.postRefs) held.postRefs = [...outcome.postRefs];
          Object.assign(held, {
            status: outcome.status,
            leaseOwner: null,
            leaseUntil: null,
            nextAttemptAt: retry ? outcome.nextAttemptAt : null,
            error: 'error' in outcome ? outcome.error : null,
            coveredUntil: 'coveredUntil' in outcome ? outcome.coveredUntil : null,
            finishedAt: retry ? null : outcome.at,
          });
          return true;
        }),
      listBySubscription: (workspaceId, subscriptionId, limit) =>
        run(() =>
          copy(
            [...d().runs.values()]
              .filter((r) => r.workspaceId === workspaceId && r.subscriptionId === subscriptionId)
              .sort(
                (a, b) =>
                  byCodeUnit(b.slotAt, a.slotAt) ||
                  byCodeUnit(b.createdAt, a.createdAt) ||
                  byCodeUnit(b.key, a.key),
              )
              .slice(0, limit),
          ),
        ),
      lastCovered: (workspaceId, subscriptionId) =>
        run(() => {
          const covered = [...d().runs.values()]
            .filter(
              (r) =>
                r.workspaceId === workspaceId &&
                r.subscriptionId === subscriptionId &&
                r.kind === 'digest' &&
                !r.manual &&
                (r.status === 'sent' || r.status === 'skipped'),
            )
            .flatMap((r) => (r.coveredUntil === null ? [] : [r.coveredUntil]))
            .sort(byCodeUnit);
          return covered.at(-1);
        }),
      listUnreachable: (workspaceId, since) =>
        run(() => {
          const members = [...d().runs.values()]
            .filter(
              (r) =>
                r.workspaceId === workspaceId &&
                r.kind === 'reminder' &&
                r.status === 'unreachable' &&
                r.slotAt >= since,
            )
            .flatMap((r) => (r.memberId === null ? [] : [r.memberId]));
          return [...new Set(members)].sort(byCodeUnit);
        }),
      listClaimable: (now) =>
        run(() =>
          copy(
            [...d().runs.values()]
              .filter((r) => claimable(r, now))
              .sort(
                (a, b) =>
                  byCodeUnit(a.slotAt, b.slotAt) ||
                  byCodeUnit(a.workspaceId, b.workspaceId) ||
                  byCodeUnit(a.key, b.key),
              ),
          ),
        ),
    },
    reminders: {
      snooze: (snooze) =>
        run(() => {
          workspaceExists(snooze.workspaceId, 'reminder_snoozes');
          d().snoozes.set(pair(snooze.workspaceId, snooze.itemId), copy(snooze));
        }),
      unsnooze: (workspaceId, itemId) => run(() => void d().snoozes.delete(pair(workspaceId, itemId))),
      listSnoozes: (workspaceId) =>
        run(() =>
          copy(
            [...d().snoozes.values()]
              .filter((s) => s.workspaceId === workspaceId)
              .sort((a, b) => byCodeUnit(a.until, b.until) || byCodeUnit(a.itemId, b.itemId)),
          ),
        ),
      setOptOut: (workspaceId, memberId, at) =>
        run(() => {
          const id = pair(workspaceId, memberId);
          if (at === null) d().optOuts.delete(id);
          else if (!d().optOuts.has(id)) {
            workspaceExists(workspaceId, 'reminder_optouts');
            d().optOuts.set(id, { workspaceId, memberId, at });
          }
        }),
      listOptOuts: (workspaceId) =>
        run(() =>
          [...d().optOuts.values()]
            .filter((o) => o.workspaceId === workspaceId)
            .map((o) => o.memberId)
            .sort(byCodeUnit),
        ),
    },
    listWorkspaces: () =>
      run(() =>
        copy(
          [...state().workspaces.values()].sort(
            (a, b) => byCodeUnit(a.createdAt, b.createdAt) || byCodeUnit(a.id, b.id),
          ),
        ),
      ),
  };
}
