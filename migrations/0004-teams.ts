import type { Kysely } from 'kysely';

/*
 * Microsoft Teams conversation references. Frozen in time like 0001: never import app code here,
 * never edit once shipped.
 *
 * One row per tenant and conversation the bot was installed in or spoken to: a personal chat
 * (user_id set), a team channel (team_id set) or a group chat. `reference` is the Teams SDK's
 * conversation reference as JSON text (service URL, conversation and bot ids; no secrets), kept so
 * digests and reminders can be sent later. The tenant id is the workspace's external id; rows are
 * not tied to workspaces by a foreign key because the bot may be installed before anyone in the
 * tenant has sent a command (no workspace row yet).
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('teams_conversations')
    .addColumn('tenant_id', 'text', (col) => col.notNull())
    .addColumn('conversation_id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('team_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('reference', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('teams_conversations_pk', ['tenant_id', 'conversation_id'])
    .execute();
  await db.schema
    .createIndex('teams_conversations_user_idx')
    .on('teams_conversations')
    .columns(['tenant_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('teams_conversations_team_idx')
    .on('teams_conversations')
    .columns(['tenant_id', 'team_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('teams_conversations').execute();
}
