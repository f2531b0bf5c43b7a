import { type Kysely, sql } from 'kysely';

/*
 * The first schema. Frozen in time: never import app code here and never edit this file once it has
 * shipped; change the schema with a new migration instead.
 *
 * Portable on SQLite and PostgreSQL: text ids made by the app, ISO-8601 instants and YYYY-MM-DD dates
 * as text, enums as text, JSON as text, booleans as integer 0/1, no autoincrement.
 *
 * Every child table carries workspace_id and references its parent through (workspace_id, id), so the
 * database itself refuses a row that points into another workspace. The unique (workspace_id, id)
 * constraints exist only to be targets of those composite foreign keys.
 *
 * Actor columns (reports.created_by, updates.actor_id, owner_from, owner_to) hold member ids but are
 * not constrained: history must stay writable for actors that have no member row (an import, the
 * scheduler), and it is never rewritten when members change.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workspaces')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('platform', 'text', (col) => col.notNull())
    .addColumn('external_id', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('due_soon_days', 'integer', (col) => col.notNull())
    .addColumn('revision_limit', 'integer')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('workspaces_platform_external_uq', ['platform', 'external_id'])
    .execute();

  // Reports come before members because members.last_report_id points at them.
  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('workspace_id', 'text', (col) => col.notNull().references('workspaces.id'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('publisher', 'text')
    .addColumn('published_on', 'text')
    .addColumn('link', 'text')
    .addColumn('section55', 'integer', (col) => col.notNull())
    .addColumn('force_response', 'text')
    .addColumn('pcc_response', 'text')
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('deleted_at', 'text')
    .addUniqueConstraint('reports_workspace_id_uq', ['workspace_id', 'id'])
    .addCheckConstraint('reports_section55_bool', sql`section55 in (0, 1)`)
    .execute();

  // A deleted report frees its key, so uniqueness only holds among live reports.
  await db.schema
    .createIndex('reports_live_key_uq')
    .on('reports')
    .columns(['workspace_id', 'key'])
    .unique()
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('members')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('workspace_id', 'text', (col) => col.notNull().references('workspaces.id'))
    .addColumn('external_id', 'text', (col) => col.notNull())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('last_report_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('members_workspace_external_uq', ['workspace_id', 'external_id'])
    .addUniqueConstraint('members_workspace_id_uq', ['workspace_id', 'id'])
    .addForeignKeyConstraint('members_last_report_fk', ['workspace_id', 'last_report_id'], 'reports', [
      'workspace_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('items')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('workspace_id', 'text', (col) => col.notNull().references('workspaces.id'))
    .addColumn('report_id', 'text', (col) => col.notNull())
    .addColumn('ref', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('label', 'text')
    .addColumn('number', 'integer')
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('addressees', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('disposition', 'text')
    .addColumn('parent_id', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('owner_team', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('blocked_reason', 'text')
    .addColumn('due_on', 'text')
    .addColumn('force_response', 'text')
    .addColumn('pcc_response', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('items_report_ref_uq', ['report_id', 'ref'])
    .addUniqueConstraint('items_workspace_id_uq', ['workspace_id', 'id'])
    .addForeignKeyConstraint('items_report_fk', ['workspace_id', 'report_id'], 'reports', [
      'workspace_id',
      'id',
    ])
    .addForeignKeyConstraint('items_parent_fk', ['workspace_id', 'parent_id'], 'items', [
      'workspace_id',
      'id',
    ])
    .addForeignKeyConstraint('items_owner_fk', ['workspace_id', 'owner_id'], 'members', [
      'workspace_id',
      'id',
    ])
    .execute();

  // Digests ask "open items of this workspace due by date" and "items this person owns".
  await db.schema
    .createIndex('items_workspace_status_due_idx')
    .on('items')
    .columns(['workspace_id', 'status', 'due_on'])
    .execute();
  await db.schema
    .createIndex('items_workspace_owner_idx')
    .on('items')
    .columns(['workspace_id', 'owner_id'])
    .execute();

  await db.schema
    .createTable('deadlines')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('workspace_id', 'text', (col) => col.notNull().references('workspaces.id'))
    .addColumn('item_id', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('phrase', 'text', (col) => col.notNull())
    .addColumn('original_on', 'text')
    .addColumn('due_on', 'text')
    .addColumn('duration_amount', 'integer')
    .addColumn('duration_unit', 'text')
    .addColumn('condition', 'text')
    .addColumn('event_on', 'text')
    .addColumn('revisions', 'integer', (col) => col.notNull().defaultTo(0))
    .addUniqueConstraint('deadlines_workspace_id_uq', ['workspace_id', 'id'])
    .addForeignKeyConstraint('deadlines_item_fk', ['workspace_id', 'item_id'], 'items', [
      'workspace_id',
      'id',
    ])
    .execute();

  await db.schema.createIndex('deadlines_item_idx').on('deadlines').column('item_id').execute();

  await db.schema
    .createTable('updates')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('workspace_id', 'text', (col) => col.notNull().references('workspaces.id'))
    .addColumn('item_id', 'text', (col) => col.notNull())
    .addColumn('actor_id', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('note', 'text')
    .addColumn('evidence', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('deadline_id', 'text')
    .addColumn('due_from', 'text')
    .addColumn('due_to', 'text')
    .addColumn('owner_from', 'text')
    .addColumn('owner_to', 'text')
    .addColumn('owner_team', 'text')
    // Append order within the item. One command writes several updates with the same instant, and
    // history must read back in the order it was written; the unique constraint makes a racing
    // append fail rather than tie.
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addUniqueConstraint('updates_item_seq_uq', ['item_id', 'seq'])
    .addForeignKeyConstraint('updates_item_fk', ['workspace_id', 'item_id'], 'items', ['workspace_id', 'id'])
    .addForeignKeyConstraint('updates_deadline_fk', ['workspace_id', 'deadline_id'], 'deadlines', [
      'workspace_id',
      'id',
    ])
    .execute();

  await db.schema.createIndex('updates_item_at_idx').on('updates').columns(['item_id', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Children first, so no foreign key is left pointing at a dropped table.
  for (const table of ['updates', 'deadlines', 'items', 'members', 'reports', 'workspaces']) {
    await db.schema.dropTable(table).execute();
  }
}
