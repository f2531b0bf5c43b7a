import type { Kysely } from 'kysely';

/*
 * The request ledger: the first reply to each platform delivery (Slack event id, Teams activity id,
 * a button press), so a retried or redelivered message is answered again without being applied again.
 * Frozen in time: never import app code here; change the schema with a new migration.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('handled_requests')
    .addColumn('workspace_id', 'text', (col) => col.notNull().references('workspaces.id'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('reply', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('handled_requests_pk', ['workspace_id', 'key'])
    .execute();
  // Old entries are pruned by age; platforms stop retrying within minutes.
  await db.schema
    .createIndex('handled_requests_at_idx')
    .on('handled_requests')
    .columns(['workspace_id', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('handled_requests').execute();
}
