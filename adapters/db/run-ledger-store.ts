import type { Kysely } from 'kysely';
import { type DeliveryRun, type RunIdentity, unclaimedRun } from '../../src/core/digest/model.ts';
import type { RunLedger } from '../../src/ports/digest-store.ts';
import { postRefsToColumn, runFromRow, runToRow } from './digest-rows.ts';
import type { DB } from './schema.ts';

type Lease = { owner: string; until: string; now: string };

/** A run as a new claim by `lease`'s owner records it. */
function freshClaim(run: RunIdentity, lease: Lease): DeliveryRun {
  return {
    ...run,
    ...unclaimedRun(lease.now),
    status: 'claimed',
    leaseOwner: lease.owner,
    leaseUntil: lease.until,
    attempts: 1,
  };
}

/** The run ledger: claims with a lease, decided by the database so that one instance wins each run. */
export function createKyselyRunLedger(db: Kysely<DB>): RunLedger {
  const find = async (workspaceId: string, key: string): Promise<DeliveryRun | undefined> => {
    const row = await db
      .selectFrom('delivery_runs')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('key', '=', key)
      .executeTakeFirst();
    return row ? runFromRow(row) : undefined;
  };

  /** Takes over an existing run that is pending, abandoned (lease over) or due for a retry. */
  const takeOver = async (run: RunIdentity, lease: Lease): Promise<DeliveryRun | undefined> => {
    const updated = await db
      .updateTable('delivery_runs')
      .set((eb) => ({
        status: 'claimed',
        lease_owner: lease.owner,
        lease_until: lease.until,
        attempts: eb('attempts', '+', 1),
        next_attempt_at: null,
      }))
      .where('workspace_id', '=', run.workspaceId)
      .where('key', '=', run.key)
      .where((eb) =>
        eb.or([
          eb('status', '=', 'pending'),
          eb.and([eb('status', '=', 'claimed'), eb('lease_until', '<=', lease.now)]),
          eb.and([eb('status', '=', 'retry'), eb('next_attempt_at', '<=', lease.now)]),
        ]),
      )
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return undefined;
    return find(run.workspaceId, run.key);
  };

  return {
    find,
    async request(run, at) {
      await db
        .insertInto('delivery_runs')
        .values(runToRow({ ...run, ...unclaimedRun(at), status: 'pending' }))
        .execute();
    },
    async claim(run, lease) {
      // One statement each, so the database decides the race: the primary key lets only one INSERT
      // win, and the UPDATE's condition lets only one instance take over an abandoned run.
      const fresh = freshClaim(run, lease);
      const inserted = await db
        .insertInto('delivery_runs')
        .values(runToRow(fresh))
        .onConflict((oc) => oc.columns(['workspace_id', 'key']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return fresh;
      return takeOver(run, lease);
    },
    async claimAll(workspaceId, runs, lease) {
      if (runs.length === 0) return [];
      const fresh = runs.map((run) => freshClaim({ ...run, workspaceId }, lease));
      // The same race as claim's, decided per row: RETURNING names the rows this INSERT created. Rows go in
      // key order, so that two instances claiming one slot lock its keys in the same order: in the order
      // each was given, PostgreSQL can find them waiting on each other and abort one ("deadlock detected").
      const ordered = [...fresh].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const inserted = await db
        .insertInto('delivery_runs')
        .values(ordered.map(runToRow))
        .onConflict((oc) => oc.columns(['workspace_id', 'key']).doNothing())
        .returning('key')
        .execute();
      const created = new Set(inserted.map((row) => row.key));
      const held: DeliveryRun[] = [];
      for (const run of fresh) {
        const taken = created.has(run.key) ? run : await takeOver(run, lease);
        if (taken) held.push(taken);
      }
      return held;
    },
    async findAll(workspaceId, keys) {
      if (keys.length === 0) return [];
      const rows = await db
        .selectFrom('delivery_runs')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('key', 'in', keys)
        .execute();
      return rows.map(runFromRow);
    },
    async renew(workspaceId, key, owner, until) {
      const result = await db
        .updateTable('delivery_runs')
        .set({ lease_until: until })
        .where('workspace_id', '=', workspaceId)
        .where('key', '=', key)
        .where('status', '=', 'claimed')
        .where('lease_owner', '=', owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async startPost(workspaceId, key, owner, until, at) {
      const result = await db
        .updateTable('delivery_runs')
        .set((eb) => ({
          lease_until: until,
          unconfirmed_since: eb.fn.coalesce('unconfirmed_since', eb.val(at)),
        }))
        .where('workspace_id', '=', workspaceId)
        .where('key', '=', key)
        .where('status', '=', 'claimed')
        .where('lease_owner', '=', owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async finish(workspaceId, key, owner, outcome) {
      const retry = outcome.status === 'retry';
      const keepUnconfirmed = retry && outcome.unconfirmed === true;
      const result = await db
        .updateTable('delivery_runs')
        .set({
          ...(keepUnconfirmed ? {} : { unconfirmed_since: null }),
          ...('postRefs' in outcome && outcome.postRefs
            ? { post_refs: postRefsToColumn(outcome.postRefs) }
            : {}),
          status: outcome.status,
          lease_owner: null,
          lease_until: null,
          next_attempt_at: retry ? outcome.nextAttemptAt : null,
          error: 'error' in outcome ? outcome.error : null,
          covered_until: 'coveredUntil' in outcome ? outcome.coveredUntil : null,
          finished_at: retry ? null : outcome.at,
        })
        .where('workspace_id', '=', workspaceId)
        .where('key', '=', key)
        .where('status', '=', 'claimed')
        .where('lease_owner', '=', owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async listBySubscription(workspaceId, subscriptionId, limit) {
      const rows = await db
        .selectFrom('delivery_runs')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('subscription_id', '=', subscriptionId)
        .orderBy('slot_at', 'desc')
        .orderBy('created_at', 'desc')
        .orderBy('key', 'desc')
        .limit(limit)
        .execute();
      return rows.map(runFromRow);
    },
    async lastCovered(workspaceId, subscriptionId) {
      const row = await db
        .selectFrom('delivery_runs')
        .select('covered_until')
        .where('workspace_id', '=', workspaceId)
        .where('subscription_id', '=', subscriptionId)
        .where('kind', '=', 'digest')
        .where('manual', '=', 0)
        .where('status', 'in', ['sent', 'skipped'])
        .where('covered_until', 'is not', null)
        .orderBy('covered_until', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row?.covered_until ?? undefined;
    },
    async listUnreachable(workspaceId, since) {
      const rows = await db
        .selectFrom('delivery_runs')
        .select('member_id')
        .distinct()
        .where('workspace_id', '=', workspaceId)
        .where('kind', '=', 'reminder')
        .where('status', '=', 'unreachable')
        .where('slot_at', '>=', since)
        .where('member_id', 'is not', null)
        .orderBy('member_id')
        .execute();
      return rows.flatMap((r) => (r.member_id === null ? [] : [r.member_id]));
    },
    async listClaimable(now) {
      const rows = await db
        .selectFrom('delivery_runs')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('status', '=', 'pending'),
            eb.and([eb('status', '=', 'claimed'), eb('lease_until', '<=', now)]),
            eb.and([eb('status', '=', 'retry'), eb('next_attempt_at', '<=', now)]),
          ]),
        )
        .orderBy('slot_at')
        .orderBy('workspace_id')
        .orderBy('key')
        .execute();
      return rows.map(runFromRow);
    },
  };
}
