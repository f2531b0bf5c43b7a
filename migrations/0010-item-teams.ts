import type { Kysely } from 'kysely';

/*
 * Lists filtered by team (`team Safeguarding`, `overdue team Safeguarding`) look items up by the team
 * named on them, within one workspace. Frozen in time: never import app code here.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('items_workspace_team_idx')
    .on('items')
    .columns(['workspace_id', 'owner_team'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('items_workspace_team_idx').execute();
}
