import type { Kysely } from 'kysely';
import { CLOSED_STATUSES } from '../../src/core/model/status.ts';
import type { ItemStore } from '../../src/ports/store.ts';
import { createItemLists } from './item-lists.ts';
import {
  byDueThenRef,
  byReportThenRef,
  compareNatural,
  itemFromRow,
  itemPatchToRow,
  itemToRow,
  type KeyedItem,
} from './item-rows.ts';
import { searchItems } from './item-search.ts';
import type { DB, ItemRow } from './schema.ts';

type ItemWithKeyRow = ItemRow & { report_key: string };

function keyed(row: ItemWithKeyRow): KeyedItem {
  return { item: itemFromRow(row), reportKey: row.report_key };
}

export function createKyselyItemStore(db: Kysely<DB>): ItemStore {
  /** Items of this workspace's live reports, each with its report's key for ordering. */
  function liveItems(workspaceId: string) {
    return db
      .selectFrom('items')
      .innerJoin('reports', (join) =>
        join
          .onRef('reports.id', '=', 'items.report_id')
          .onRef('reports.workspace_id', '=', 'items.workspace_id'),
      )
      .selectAll('items')
      .select('reports.key as report_key')
      .where('items.workspace_id', '=', workspaceId)
      .where('reports.deleted_at', 'is', null);
  }

  return {
    async findById(workspaceId, id) {
      const row = await db
        .selectFrom('items')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && itemFromRow(row);
    },
    async findByRef(workspaceId, reportId, ref) {
      const row = await db
        .selectFrom('items')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('report_id', '=', reportId)
        .where('ref', '=', ref)
        .executeTakeFirst();
      return row && itemFromRow(row);
    },
    async findByRefInAnyReport(workspaceId, ref) {
      const rows = await liveItems(workspaceId).where('items.ref', '=', ref).execute();
      return rows
        .map(keyed)
        .sort(byReportThenRef)
        .map(({ item }) => item);
    },
    async listByReport(workspaceId, reportId) {
      const rows = await db
        .selectFrom('items')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('report_id', '=', reportId)
        .execute();
      return rows.map(itemFromRow).sort((a, b) => compareNatural(a.ref, b.ref));
    },
    async listByOwner(workspaceId, ownerId) {
      const rows = await liveItems(workspaceId).where('items.owner_id', '=', ownerId).execute();
      return rows
        .map(keyed)
        .sort(byReportThenRef)
        .map(({ item }) => item);
    },
    async listOpenDueBy(workspaceId, date) {
      const rows = await liveItems(workspaceId)
        .where('items.status', 'not in', CLOSED_STATUSES)
        .where('items.due_on', 'is not', null)
        .where('items.due_on', '<=', date)
        .execute();
      return rows
        .map(keyed)
        .sort(byDueThenRef)
        .map(({ item }) => item);
    },
    ...createItemLists(db),
    async listTeams(workspaceId) {
      // Grouped from items_workspace_team_idx alone: deleted reports are few, so they are named.
      const rows = await db
        .selectFrom('items')
        .select('owner_team')
        .where('workspace_id', '=', workspaceId)
        .where('owner_team', 'is not', null)
        .where('report_id', 'not in', (eb) =>
          eb
            .selectFrom('reports')
            .select('reports.id')
            .where('reports.workspace_id', '=', workspaceId)
            .where('reports.deleted_at', 'is not', null),
        )
        .groupBy('owner_team')
        .execute();
      return rows
        .map((r) => r.owner_team)
        .filter((team): team is string => team !== null)
        .sort(compareNatural);
    },
    search: (workspaceId, query) => searchItems(db, workspaceId, query),
    async insert(item) {
      await db.insertInto('items').values(itemToRow(item)).execute();
    },
    async update(workspaceId, id, patch) {
      const set = itemPatchToRow(patch);
      if (Object.keys(set).length === 0) return;
      await db
        .updateTable('items')
        .set(set)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    },
  };
}
