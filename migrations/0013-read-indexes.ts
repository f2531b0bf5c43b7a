import { type Kysely, type SqlBool, sql } from 'kysely';

/*
 * Indexes that let a list's first page and its counts read only what they show, whatever the
 * workspace's size. Frozen in time: never import app code here.
 *
 * Open items (status not done, not adopted or not for us) are what every list but a status filter
 * shows, so those indexes are partial: the closed items a workspace piles up over the years are not in
 * them. A query uses one only when its WHERE names the same statuses as literals (a bound parameter
 * proves nothing to the planner), which adapters/db/item-lists.ts does. Each ends in report_id and
 * status, which SQLite checks again, and ref and id, which a list sorts its page by: a list's count and
 * the choice of its page are read from the index alone, without visiting the table.
 *
 * A report's items are shown in the order people number them: the letters before the trailing number
 * (none, A for areas for improvement, C for causes of concern), then the number by its length and
 * digits. items_report_order_idx holds exactly that order, so a page of a report of any size is read
 * straight from the index; items_report_progress_idx lets `reports` count done and overdue items per
 * report from the index alone.
 *
 * A list by status (`status blocked`, closed statuses too) reads its page and count the same way from
 * items_workspace_status_due_idx, which now ends in report_id, ref and id (it replaces migration
 * 0001's, which ended at due_on).
 *
 * The teams a list may name are read by team and report from items_workspace_team_idx alone, which
 * now ends in report_id (the index of migration 0010 it replaces had only the team).
 *
 * A digest slot reads a workspace's changes since the last digest in one query, by instant:
 * updates_workspace_at_idx.
 */

const OPEN = sql<SqlBool>`status not in ('done', 'not_adopted', 'not_for_us')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('items_open_due_idx')
    .on('items')
    .columns(['workspace_id', 'due_on', 'report_id', 'status', 'ref', 'id'])
    .where(OPEN)
    .execute();
  await db.schema
    .createIndex('items_open_owner_idx')
    .on('items')
    .columns(['workspace_id', 'owner_id', 'due_on', 'report_id', 'status', 'ref', 'id'])
    .where(OPEN)
    .execute();
  await db.schema
    .createIndex('items_open_team_idx')
    .on('items')
    .columns(['workspace_id', 'owner_team', 'due_on', 'report_id', 'status', 'ref', 'id'])
    .where(OPEN)
    .execute();
  await db.schema
    .createIndex('items_report_order_idx')
    .on('items')
    .expression(sql`workspace_id, report_id, rtrim(ref, '0123456789'), length(ref), ref`)
    .execute();
  await db.schema
    .createIndex('items_report_progress_idx')
    .on('items')
    .columns(['workspace_id', 'report_id', 'status', 'due_on'])
    .execute();
  await db.schema.dropIndex('items_workspace_status_due_idx').execute();
  await db.schema
    .createIndex('items_workspace_status_due_idx')
    .on('items')
    .columns(['workspace_id', 'status', 'due_on', 'report_id', 'ref', 'id'])
    .execute();
  await db.schema.dropIndex('items_workspace_team_idx').execute();
  await db.schema
    .createIndex('items_workspace_team_idx')
    .on('items')
    .columns(['workspace_id', 'owner_team', 'report_id'])
    .execute();
  await db.schema
    .createIndex('updates_workspace_at_idx')
    .on('updates')
    .columns(['workspace_id', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    'updates_workspace_at_idx',
    'items_report_progress_idx',
    'items_report_order_idx',
    'items_open_team_idx',
    'items_open_owner_idx',
    'items_open_due_idx',
  ]) {
    await db.schema.dropIndex(name).execute();
  }
  await db.schema.dropIndex('items_workspace_team_idx').execute();
  await db.schema
    .createIndex('items_workspace_team_idx')
    .on('items')
    .columns(['workspace_id', 'owner_team'])
    .execute();
  await db.schema.dropIndex('items_workspace_status_due_idx').execute();
  await db.schema
    .createIndex('items_workspace_status_due_idx')
    .on('items')
    .columns(['workspace_id', 'status', 'due_on'])
    .execute();
}
