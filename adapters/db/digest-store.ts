import type { Kysely } from 'kysely';
import type { DigestStore, SubscriptionStore } from '../../src/ports/digest-store.ts';
import {
  snoozeFromRow,
  subscriptionFromRow,
  subscriptionPatchToRow,
  subscriptionToRow,
} from './digest-rows.ts';
import { workspaceFromRow } from './rows.ts';
import { createKyselyRunLedger } from './run-ledger-store.ts';
import type { DB } from './schema.ts';

export function createKyselyDigestStore(db: Kysely<DB>): DigestStore {
  return {
    subscriptions: createSubscriptionStore(db),
    runs: createKyselyRunLedger(db),
    reminders: {
      async snooze(snooze) {
        const row = {
          workspace_id: snooze.workspaceId,
          item_id: snooze.itemId,
          until_on: snooze.until,
          by: snooze.by,
          at: snooze.at,
        };
        await db
          .insertInto('reminder_snoozes')
          .values(row)
          .onConflict((oc) =>
            oc
              .columns(['workspace_id', 'item_id'])
              .doUpdateSet({ until_on: row.until_on, by: row.by, at: row.at }),
          )
          .execute();
      },
      async unsnooze(workspaceId, itemId) {
        await db
          .deleteFrom('reminder_snoozes')
          .where('workspace_id', '=', workspaceId)
          .where('item_id', '=', itemId)
          .execute();
      },
      async listSnoozes(workspaceId) {
        const rows = await db
          .selectFrom('reminder_snoozes')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .orderBy('until_on')
          .orderBy('item_id')
          .execute();
        return rows.map(snoozeFromRow);
      },
      async setOptOut(workspaceId, memberId, at) {
        if (at === null) {
          await db
            .deleteFrom('reminder_optouts')
            .where('workspace_id', '=', workspaceId)
            .where('member_id', '=', memberId)
            .execute();
          return;
        }
        await db
          .insertInto('reminder_optouts')
          .values({ workspace_id: workspaceId, member_id: memberId, at })
          .onConflict((oc) => oc.columns(['workspace_id', 'member_id']).doNothing())
          .execute();
      },
      async listOptOuts(workspaceId) {
        const rows = await db
          .selectFrom('reminder_optouts')
          .select('member_id')
          .where('workspace_id', '=', workspaceId)
          .orderBy('member_id')
          .execute();
        return rows.map((r) => r.member_id);
      },
    },
    async listWorkspaces() {
      const rows = await db
        .selectFrom('workspaces')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(workspaceFromRow);
    },
  };
}

function createSubscriptionStore(db: Kysely<DB>): SubscriptionStore {
  return {
    async findById(workspaceId, id) {
      const row = await db
        .selectFrom('digest_subscriptions')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? subscriptionFromRow(row) : undefined;
    },
    async findByChannel(workspaceId, channelKey) {
      const row = await db
        .selectFrom('digest_subscriptions')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('channel_key', '=', channelKey)
        .executeTakeFirst();
      return row ? subscriptionFromRow(row) : undefined;
    },
    async list(workspaceId) {
      const rows = await db
        .selectFrom('digest_subscriptions')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(subscriptionFromRow);
    },
    async insert(subscription) {
      await db.insertInto('digest_subscriptions').values(subscriptionToRow(subscription)).execute();
    },
    async update(workspaceId, id, patch) {
      const row = subscriptionPatchToRow(patch);
      if (Object.keys(row).length === 0) return;
      await db
        .updateTable('digest_subscriptions')
        .set(row)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    },
    async delete(workspaceId, id) {
      await db
        .deleteFrom('delivery_runs')
        .where('workspace_id', '=', workspaceId)
        .where('subscription_id', '=', id)
        .execute();
      await db
        .deleteFrom('digest_subscriptions')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    },
    async listActive() {
      const rows = await db
        .selectFrom('digest_subscriptions')
        .selectAll()
        .where('paused_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      if (rows.length === 0) return [];
      const ids = [...new Set(rows.map((r) => r.workspace_id))];
      const workspaces = await db.selectFrom('workspaces').selectAll().where('id', 'in', ids).execute();
      const byId = new Map(workspaces.map((w) => [w.id, workspaceFromRow(w)]));
      return rows.flatMap((row) => {
        const workspace = byId.get(row.workspace_id);
        return workspace ? [{ subscription: subscriptionFromRow(row), workspace }] : [];
      });
    },
  };
}
