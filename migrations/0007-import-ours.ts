import type { Kysely } from 'kysely';

/*
 * Import previews remember which items the user kept as ordinary items although they are addressed
 * only to other bodies (`import ours 5`). Frozen in time: never import app code here.
 *
 * pending_imports.ours: a JSON list of the preview's refs, checked on read; null when there are none.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('pending_imports').addColumn('ours', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('pending_imports').dropColumn('ours').execute();
}
