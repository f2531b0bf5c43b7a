import type { Kysely } from 'kysely';

/*
 * The section 55 response's stages (chief constable's comments received, approved by the commissioner,
 * sent, published), one row per stage reached, never changed; and the workspace setting for when the
 * chief constable's comments are due. Frozen in time: never import app code here.
 *
 * section55_steps.on_date: the day it happened (YYYY-MM-DD); at: when it was recorded; url: where it
 * was published (only for published). One row per stage of a report, so a retried command that got
 * past the request ledger still cannot record a stage twice.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('section55_steps')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('workspace_id', 'text', (col) => col.notNull().references('workspaces.id'))
    .addColumn('report_id', 'text', (col) => col.notNull())
    .addColumn('stage', 'text', (col) => col.notNull())
    .addColumn('on_date', 'text', (col) => col.notNull())
    .addColumn('url', 'text')
    .addColumn('actor_id', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addForeignKeyConstraint('section55_steps_report_fk', ['workspace_id', 'report_id'], 'reports', [
      'workspace_id',
      'id',
    ])
    .addUniqueConstraint('section55_steps_stage_uq', ['workspace_id', 'report_id', 'stage'])
    .execute();
  await db.schema
    .alterTable('workspaces')
    .addColumn('s55_comments_days', 'integer', (col) => col.notNull().defaultTo(21))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workspaces').dropColumn('s55_comments_days').execute();
  await db.schema.dropTable('section55_steps').execute();
}
