import { type Kysely, type RawBuilder, sql } from 'kysely';
import { CLOSED_STATUSES } from '../../src/core/model/status.ts';
import type { ItemFilter, ItemPage, ItemStore } from '../../src/ports/store.ts';
import { itemFromRow } from './item-rows.ts';
import type { DB } from './schema.ts';

/*
 * Lists read one page and count the rest in SQL, so an answer costs the same with 100 items or
 * 100,000. The indexes they rely on are in migrations/0013-read-indexes.ts, and
 * test/integration/list-query-plans.test.ts checks that SQLite really uses them.
 */

/**
 * Open items, with the closed statuses as literals: the partial indexes of open items are used only
 * when the query names the same values (a bound parameter proves nothing to the planner).
 */
const OPEN = sql<boolean>`items.status not in (${sql.join(CLOSED_STATUSES.map((s) => sql.lit(s)))})`;

/**
 * The order people number things in: the letters before the trailing number, then the number (by
 * its length, then its digits), so "2" comes before "10" and "5" before "A1". Written as plain SQL that
 * SQLite and PostgreSQL read alike; items_report_order_idx holds the same expressions for refs.
 */
function numbered(column: 'items.ref' | 'reports.key'): RawBuilder<unknown>[] {
  const ref = sql.ref(column);
  return [sql`rtrim(${ref}, '0123456789')`, sql`length(${ref})`, sql`${ref}`];
}

export function createItemLists(
  db: Kysely<DB>,
): Pick<ItemStore, 'listMatching' | 'pageByReport' | 'progress' | 'nextNumber'> {
  /** Items of the workspace's live reports: deleted reports are few, so they are named and left out. */
  function live(workspaceId: string) {
    return db
      .selectFrom('items')
      .where('items.workspace_id', '=', workspaceId)
      .where('items.report_id', 'not in', (eb) =>
        eb
          .selectFrom('reports')
          .select('reports.id')
          .where('reports.workspace_id', '=', workspaceId)
          .where('reports.deleted_at', 'is not', null),
      );
  }

  function matching(workspaceId: string, filter: ItemFilter) {
    let query = live(workspaceId);
    if (filter.ownerId !== undefined) query = query.where('items.owner_id', '=', filter.ownerId);
    if (filter.reportId !== undefined) query = query.where('items.report_id', '=', filter.reportId);
    if (filter.teams !== undefined) query = query.where('items.owner_team', 'in', [...filter.teams]);
    query =
      filter.statuses === undefined
        ? query.where(OPEN)
        : query.where('items.status', 'in', [...filter.statuses]);
    if (filter.dueFrom !== undefined) query = query.where('items.due_on', '>=', filter.dueFrom);
    if (filter.dueBy !== undefined) query = query.where('items.due_on', '<=', filter.dueBy);
    return query;
  }

  async function count(query: ReturnType<typeof live>): Promise<number> {
    const row = await query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  return {
    async listMatching(workspaceId, filter, page): Promise<ItemPage> {
      // An empty list of teams or statuses matches nothing (and `in ()` is not valid SQL).
      if (filter.teams?.length === 0 || filter.statuses?.length === 0) return { items: [], total: 0 };
      const dated = filter.dueFrom !== undefined || filter.dueBy !== undefined;
      const order = dated
        ? [sql.ref('items.due_on'), ...numbered('items.ref'), ...numbered('reports.key')]
        : [...numbered('reports.key'), ...numbered('items.ref')];
      // The page's ids first, sorted on narrow rows (an item's text is long, and a list may sort
      // thousands); then those rows whole.
      let ids = matching(workspaceId, filter)
        .innerJoin('reports', (join) =>
          join
            .onRef('reports.id', '=', 'items.report_id')
            .onRef('reports.workspace_id', '=', 'items.workspace_id'),
        )
        .select(['items.id', 'reports.key as report_key']);
      for (const part of order) ids = ids.orderBy(part);
      const picked = await ids.limit(page.limit).offset(page.offset).execute();
      const total = await count(matching(workspaceId, filter));
      if (picked.length === 0) return { items: [], total };
      const rows = await db
        .selectFrom('items')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where(
          'id',
          'in',
          picked.map((p) => p.id),
        )
        .execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return {
        items: picked.flatMap(({ id, report_key }) => {
          const row = byId.get(id);
          return row ? [{ item: itemFromRow(row), reportKey: report_key }] : [];
        }),
        total,
      };
    },
    async pageByReport(workspaceId, reportId, page) {
      let query = db
        .selectFrom('items')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('report_id', '=', reportId);
      for (const part of numbered('items.ref')) query = query.orderBy(part);
      const counted = db
        .selectFrom('items')
        .where('workspace_id', '=', workspaceId)
        .where('report_id', '=', reportId);
      const rows = await query.limit(page.limit).offset(page.offset).execute();
      const total = await count(counted);
      return { items: rows.map(itemFromRow), total };
    },
    async progress(workspaceId, reportIds, today) {
      if (reportIds.length === 0) return [];
      // Three grouped counts, each read from an index alone, cost less than one pass that tests
      // every item with CASE.
      const perReport = (status: 'all' | 'done' | 'overdue') => {
        let query = db
          .selectFrom('items')
          .select((eb) => ['items.report_id', eb.fn.countAll<number | string>().as('n')])
          .where('items.workspace_id', '=', workspaceId)
          .where('items.report_id', 'in', [...reportIds]);
        if (status === 'done') query = query.where('items.status', '=', 'done');
        if (status === 'overdue') query = query.where(OPEN).where('items.due_on', '<', today);
        return query.groupBy('items.report_id').execute();
      };
      const counted = (rows: { report_id: string; n: number | string }[]) =>
        new Map(rows.map((r) => [r.report_id, Number(r.n)]));
      const totals = await perReport('all');
      const done = counted(await perReport('done'));
      const overdue = counted(await perReport('overdue'));
      return totals.map((r) => ({
        reportId: r.report_id,
        total: Number(r.n),
        done: done.get(r.report_id) ?? 0,
        overdue: overdue.get(r.report_id) ?? 0,
      }));
    },
    async nextNumber(workspaceId, reportId, kind) {
      const row = await db
        .selectFrom('items')
        .select(sql<number | string>`coalesce(max(number), 0) + 1`.as('next'))
        .where('workspace_id', '=', workspaceId)
        .where('report_id', '=', reportId)
        .where('kind', '=', kind)
        .executeTakeFirst();
      return Number(row?.next ?? 1);
    },
  };
}
