import { type Kysely, sql } from 'kysely';

/*
 * Report import. Frozen in time like 0001: never import app code here, never edit once shipped.
 *
 * reports.source_hash: a hash of the imported document's normalised text, so importing the same
 * document again is recognised. Null for reports typed in by hand; several reports may share one
 * (a user can import a document again on purpose), so it is indexed, not unique.
 *
 * pending_imports: one member's import between the paste and the confirmation, at most one per
 * member and workspace. extraction, source_name and source_hash are all null while the bot waits for
 * the document, and all set once it has arrived. extraction is JSON text, checked on read.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('reports').addColumn('source_hash', 'text').execute();
  await db.schema
    .createIndex('reports_workspace_source_hash_idx')
    .on('reports')
    .columns(['workspace_id', 'source_hash'])
    .execute();

  await db.schema
    .createTable('pending_imports')
    .addColumn('workspace_id', 'text', (col) => col.notNull().references('workspaces.id'))
    .addColumn('member_id', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('source_name', 'text')
    .addColumn('source_hash', 'text')
    .addColumn('extraction', 'text')
    .addColumn('key', 'text')
    .addPrimaryKeyConstraint('pending_imports_pk', ['workspace_id', 'member_id'])
    .addForeignKeyConstraint('pending_imports_member_fk', ['workspace_id', 'member_id'], 'members', [
      'workspace_id',
      'id',
    ])
    .addCheckConstraint(
      'pending_imports_document_whole',
      sql`(extraction is null and source_name is null and source_hash is null)
        or (extraction is not null and source_name is not null and source_hash is not null)`,
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pending_imports').execute();
  // The index goes first: SQLite refuses to drop a column an index uses.
  await db.schema.dropIndex('reports_workspace_source_hash_idx').execute();
  await db.schema.alterTable('reports').dropColumn('source_hash').execute();
}
