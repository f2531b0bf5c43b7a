import type { Kysely } from 'kysely';

/*
 * The inbox: every platform request rectrack acknowledges is written here first, then processed
 * from here, so a crash after the acknowledgement loses nothing. Frozen in time: never import app
 * code here.
 *
 * (source, key) names one delivery (a Slack trigger or event id), so a platform's retry of it adds
 * nothing. payload is what the adapter needs to process it again (the verified request body).
 * status: pending, claimed (claimed_by holds it until lease_until; after that anyone may reclaim
 * it), done or failed. No foreign keys: a request may come from a workspace not yet created.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inbox')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('received_at', 'text', (col) => col.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('error', 'text')
    .addUniqueConstraint('inbox_source_key_uq', ['source', 'key'])
    .execute();
  // "What is open" (the limit, the next claim) and pruning old finished entries.
  await db.schema.createIndex('inbox_status_idx').on('inbox').columns(['status', 'received_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('inbox').execute();
}
