import { type Kysely, sql } from 'kysely';
import type { DeadlineStore, UpdateStore } from '../../src/ports/store.ts';
import {
  deadlineFromRow,
  deadlinePatchToRow,
  deadlineToRow,
  updateFromRow,
  updateToRow,
} from './history-rows.ts';
import type { DB, DeadlineRow, UpdateRow } from './schema.ts';

// Keeps each `in (...)` list well under every driver's bound-parameter limit (SQLite's is the lowest).
const IDS_PER_QUERY = 500;

/** One query a chunk of ids: a statement's parameters are capped (IDS_PER_QUERY keeps under the cap). */
async function inChunks<T>(ids: readonly string[], query: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    rows.push(...(await query(ids.slice(start, start + IDS_PER_QUERY))));
  }
  return rows;
}

export function createKyselyDeadlineStore(db: Kysely<DB>): DeadlineStore {
  return {
    async listByItems(workspaceId, itemIds) {
      const rows: DeadlineRow[] = await inChunks(itemIds, (chunk) =>
        db
          .selectFrom('deadlines')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('item_id', 'in', chunk)
          .execute(),
      );
      // In the order the caller listed the items, then each item's deadlines by position.
      const order = new Map(itemIds.map((id, index) => [id, index]));
      return rows
        .map(deadlineFromRow)
        .sort(
          (a, b) =>
            (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0) ||
            a.position - b.position ||
            compareCodeUnits(a.id, b.id),
        );
    },
    async insert(deadline) {
      await db.insertInto('deadlines').values(deadlineToRow(deadline)).execute();
    },
    async update(workspaceId, id, patch) {
      const set = deadlinePatchToRow(patch);
      if (Object.keys(set).length === 0) return;
      await db
        .updateTable('deadlines')
        .set(set)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    },
  };
}

/**
 * Instants are ISO-8601 UTC text from the Clock, so code-unit order is time order; updates with the
 * same instant (one command writes several) keep the order they were appended in. Sorted here
 * rather than in SQL because PostgreSQL's locale collation does not compare by code unit.
 */
function oldestFirst(a: UpdateRow, b: UpdateRow): number {
  return compareCodeUnits(a.at, b.at) || a.seq - b.seq;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function createKyselyUpdateStore(db: Kysely<DB>): UpdateStore {
  return {
    async append(update) {
      const row = updateToRow(update);
      // One statement, so the next number is read and used atomically; the unique (item_id, seq)
      // constraint turns a concurrent append on another connection into an error, never a tie.
      await db
        .insertInto('updates')
        .values({
          ...row,
          seq: (eb) =>
            eb
              .selectFrom('updates')
              .select(sql<number>`coalesce(max(seq), 0) + 1`.as('next'))
              .where('workspace_id', '=', row.workspace_id)
              .where('item_id', '=', row.item_id),
        })
        .execute();
    },
    async listByItem(workspaceId, itemId) {
      const rows = await db
        .selectFrom('updates')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('item_id', '=', itemId)
        .execute();
      return rows.sort(oldestFirst).map(updateFromRow);
    },
    async listSince(workspaceId, since) {
      const rows = await db
        .selectFrom('updates')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('at', '>=', since)
        .execute();
      return rows.sort(oldestFirst).map(updateFromRow);
    },
    async pageByItem(workspaceId, itemId, page) {
      const rows = await db
        .selectFrom('updates')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('item_id', '=', itemId)
        // As oldestFirst. Every instant has the same fixed-width ISO shape, so any collation orders
        // them as time; seq breaks a tie between updates of one command.
        .orderBy('at')
        .orderBy('seq')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      const counted = await db
        .selectFrom('updates')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('workspace_id', '=', workspaceId)
        .where('item_id', '=', itemId)
        .executeTakeFirst();
      return { updates: rows.map(updateFromRow), total: Number(counted?.n ?? 0) };
    },
    async listByItems(workspaceId, itemIds) {
      const rows: UpdateRow[] = await inChunks(itemIds, (chunk) =>
        db
          .selectFrom('updates')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('item_id', 'in', chunk)
          .execute(),
      );
      const order = new Map(itemIds.map((id, index) => [id, index]));
      return rows
        .sort((a, b) => (order.get(a.item_id) ?? 0) - (order.get(b.item_id) ?? 0) || oldestFirst(a, b))
        .map(updateFromRow);
    },
  };
}
