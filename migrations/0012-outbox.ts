import type { Kysely } from 'kysely';

/*
 * The answer outbox: one row per inbox entry's answer, saying which of its messages went out. The
 * core writes the row in the command's own transaction (the answer is owed from the moment the
 * change is made); the adapter marks each message's attempt before sending it and confirms it after.
 * After a crash the entry is processed again and its answer picks up from here: confirmed messages
 * are not sent again, and the one whose attempt was marked but never confirmed (`attempt`, begun at
 * `attempt_at`) is looked up on the platform where it can be. Frozen in time: never import app code.
 *
 * id is the inbox entry's id. `sent` counts the answer's messages confirmed sent, in order.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('sent', 'integer', (col) => col.notNull())
    .addColumn('attempt', 'integer')
    .addColumn('attempt_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outbox').execute();
}
