import { type Kysely, sql } from 'kysely';

/*
 * Digests and reminders. Frozen in time like 0001: never import app code here, never edit once shipped.
 *
 * digest_subscriptions: one per channel (channel_key is the canonical JSON of the adapter's address,
 * which is kept as JSON text in `address`); filters are nullable references plus a JSON list of
 * statuses.
 *
 * delivery_runs: the run ledger. (workspace_id, key) names one delivery (a digest slot, `digest now`,
 * a day's reminder batch, one owner's reminder for a day); the primary key is what makes "claim" an
 * INSERT that only one instance can win. An instance holds a claimed run until lease_until; after that
 * another may take it over with a conditional UPDATE.
 *
 * reminder_snoozes / reminder_optouts: per item and per member preferences for reminders.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('digest_subscriptions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('workspace_id', 'text', (col) => col.notNull().references('workspaces.id'))
    .addColumn('channel_key', 'text', (col) => col.notNull())
    .addColumn('address', 'text', (col) => col.notNull())
    .addColumn('channel_name', 'text')
    .addColumn('cron', 'text', (col) => col.notNull())
    .addColumn('schedule_label', 'text', (col) => col.notNull())
    .addColumn('time_zone', 'text')
    .addColumn('report_id', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('statuses', 'text', (col) => col.notNull())
    .addColumn('skip_empty', 'integer', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('schedule_from', 'text', (col) => col.notNull())
    .addColumn('paused_at', 'text')
    .addColumn('pause_reason', 'text')
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addUniqueConstraint('digest_subscriptions_channel_uq', ['workspace_id', 'channel_key'])
    .addUniqueConstraint('digest_subscriptions_workspace_id_uq', ['workspace_id', 'id'])
    .addForeignKeyConstraint('digest_subscriptions_report_fk', ['workspace_id', 'report_id'], 'reports', [
      'workspace_id',
      'id',
    ])
    .addForeignKeyConstraint('digest_subscriptions_owner_fk', ['workspace_id', 'owner_id'], 'members', [
      'workspace_id',
      'id',
    ])
    .addCheckConstraint('digest_subscriptions_skip_empty_bool', sql`skip_empty in (0, 1)`)
    .execute();

  await db.schema
    .createTable('delivery_runs')
    .addColumn('workspace_id', 'text', (col) => col.notNull().references('workspaces.id'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('subscription_id', 'text')
    .addColumn('member_id', 'text')
    .addColumn('slot_at', 'text', (col) => col.notNull())
    .addColumn('late', 'integer', (col) => col.notNull())
    .addColumn('manual', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('next_attempt_at', 'text')
    .addColumn('error', 'text')
    .addColumn('covered_until', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('finished_at', 'text')
    .addPrimaryKeyConstraint('delivery_runs_pk', ['workspace_id', 'key'])
    .addForeignKeyConstraint(
      'delivery_runs_subscription_fk',
      ['workspace_id', 'subscription_id'],
      'digest_subscriptions',
      ['workspace_id', 'id'],
    )
    .addForeignKeyConstraint('delivery_runs_member_fk', ['workspace_id', 'member_id'], 'members', [
      'workspace_id',
      'id',
    ])
    .addCheckConstraint('delivery_runs_flags_bool', sql`late in (0, 1) and manual in (0, 1)`)
    .execute();
  // The scheduler's "what can be claimed now" scan, and a subscription's latest runs.
  await db.schema.createIndex('delivery_runs_status_idx').on('delivery_runs').columns(['status']).execute();
  await db.schema
    .createIndex('delivery_runs_subscription_idx')
    .on('delivery_runs')
    .columns(['workspace_id', 'subscription_id', 'slot_at'])
    .execute();

  await db.schema
    .createTable('reminder_snoozes')
    .addColumn('workspace_id', 'text', (col) => col.notNull().references('workspaces.id'))
    .addColumn('item_id', 'text', (col) => col.notNull())
    .addColumn('until_on', 'text', (col) => col.notNull())
    .addColumn('by', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('reminder_snoozes_pk', ['workspace_id', 'item_id'])
    .addForeignKeyConstraint('reminder_snoozes_item_fk', ['workspace_id', 'item_id'], 'items', [
      'workspace_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('reminder_optouts')
    .addColumn('workspace_id', 'text', (col) => col.notNull().references('workspaces.id'))
    .addColumn('member_id', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('reminder_optouts_pk', ['workspace_id', 'member_id'])
    .addForeignKeyConstraint('reminder_optouts_member_fk', ['workspace_id', 'member_id'], 'members', [
      'workspace_id',
      'id',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reminder_optouts').execute();
  await db.schema.dropTable('reminder_snoozes').execute();
  await db.schema.dropTable('delivery_runs').execute();
  await db.schema.dropTable('digest_subscriptions').execute();
}
