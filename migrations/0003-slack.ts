import type { Kysely } from 'kysely';

/*
 * Slack OAuth installations. Frozen in time like 0001: never import app code here, never edit once
 * shipped.
 *
 * One row per installation of the Slack app: a workspace install (team_id set) or an Enterprise Grid
 * org-wide install (team_id null, is_enterprise_install 1). `id` is made by the app from those ids so
 * a reinstall replaces its row. `installation` is the Slack SDK's record as JSON text: it holds the
 * bot token, so the database file must be protected like any other secret store.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('slack_installations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('enterprise_id', 'text')
    .addColumn('team_id', 'text')
    .addColumn('is_enterprise_install', 'integer', (col) => col.notNull())
    .addColumn('installation', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('slack_installations').execute();
}
