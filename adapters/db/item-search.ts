import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { ItemSearch, ItemSearchResult } from '../../src/ports/store.ts';
import { itemFromRow } from './item-rows.ts';
import { indexedCandidates } from './item-words.ts';
import type { DB } from './schema.ts';

/*
 * Search with lower(column) LIKE '%term%', which SQLite and PostgreSQL read alike. A pattern that starts
 * with % can use no B-tree index, so the full-text index of migration 0014 first narrows the items to
 * those holding every word of the terms as the start of a word (item-words.ts); the LIKE then decides
 * exactly, on those alone. Terms with no letter or digit (`%`, `_`) are matched by the LIKE only, over
 * the workspace's items, as before the index.
 */

/** The term as a LIKE pattern: its own \, % and _ escaped; a space matches any one character. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, '\\$&').replace(/ /g, '_')}%`;
}

function contains(column: Expression<string | null>, pattern: string) {
  return sql<SqlBool>`lower(${column}) like ${pattern} escape '\\'`;
}

type Scope = ExpressionBuilder<DB, 'items' | 'reports'>;

/** The term in the item's text, a response, or the note of one of its updates. */
function anywhere(eb: Scope, pattern: string) {
  return eb.or([
    contains(eb.ref('items.text'), pattern),
    contains(eb.ref('items.force_response'), pattern),
    contains(eb.ref('items.pcc_response'), pattern),
    eb.exists(
      eb
        .selectFrom('updates')
        .select(sql.lit(1).as('found'))
        // By item alone, so the planner reads updates_item_at_idx: an item id is unique across
        // workspaces and updates_item_fk ties each update to its item's workspace.
        .whereRef('updates.item_id', '=', 'items.id')
        .where('updates.kind', '!=', 'response')
        .where((notes) => contains(notes.ref('updates.note'), pattern)),
    ),
  ]);
}

export async function searchItems(
  db: Kysely<DB>,
  workspaceId: string,
  query: ItemSearch,
): Promise<ItemSearchResult> {
  const patterns = query.terms.map(likePattern);
  let select = db
    .selectFrom('items')
    .innerJoin('reports', (join) =>
      join
        .onRef('reports.id', '=', 'items.report_id')
        .onRef('reports.workspace_id', '=', 'items.workspace_id'),
    )
    .where('items.workspace_id', '=', workspaceId)
    .where('reports.deleted_at', 'is', null);
  if (query.reportId !== null) select = select.where('items.report_id', '=', query.reportId);
  const candidates = indexedCandidates(db, workspaceId, query.terms);
  if (candidates !== null) select = select.where(candidates);
  for (const pattern of patterns) select = select.where((eb) => anywhere(eb, pattern));
  const rows = await select
    .selectAll('items')
    .select('reports.key as report_key')
    // Every match counted in the same pass as the page; pg returns the count as a string.
    .select(sql<number | string>`count(*) over ()`.as('total'))
    .orderBy((eb) =>
      eb
        .case()
        .when(eb.and(patterns.map((pattern) => contains(eb.ref('items.text'), pattern))))
        .then(0)
        .else(1)
        .end(),
    )
    .orderBy('items.updated_at', 'desc')
    .orderBy('reports.key')
    .orderBy(sql`length(items.ref)`)
    .orderBy('items.ref')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return {
    items: rows.map(({ report_key, total: _total, ...row }) => ({
      item: itemFromRow(row),
      reportKey: report_key,
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}
