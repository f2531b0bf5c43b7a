import type { Kysely } from 'kysely';
import type { Update } from '../../src/core/model/entities.ts';
import type { DeadlineStore, UpdateStore } from '../../src/ports/store.ts';
import {
  deadlineFromRow,
  deadlinePatchToRow,
  deadlineToRow,
  updateFromRow,
  updateToRow,
} from './history-rows.ts';
import type { DB, DeadlineRow } from './schema.ts';

// Keeps each `in (...)` list well under every driver's bound-parameter limit (SQLite's is the lowest).
const IDS_PER_QUERY = 500;

export function createKyselyDeadlineStore(db: Kysely<DB>): DeadlineStore {
  return {
    async listByItems(workspaceId, itemIds) {
      const rows: DeadlineRow[] = [];
      for (let start = 0; start < itemIds.length; start += IDS_PER_QUERY) {
        const chunk = itemIds.slice(start, start + IDS_PER_QUERY);
        rows.push(
          ...(await db
            .selectFrom('deadlines')
            .selectAll()
            .where('workspace_id', '=', workspaceId)
            .where('item_id', 'in', chunk)
            .execute()),
        );
      }
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
 * Instants are ISO-8601 UTC text from the Clock, so code-unit order is time order. Two updates in the
 * same millisecond fall back to id order: deterministic, and the same in every store. Sorted here
 * rather than in SQL because PostgreSQL's locale collation does not compare by code unit.
 */
function oldestFirst(a: Update, b: Update): number {
  return compareCodeUnits(a.at, b.at) || compareCodeUnits(a.id, b.id);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function createKyselyUpdateStore(db: Kysely<DB>): UpdateStore {
  return {
    async append(update) {
      await db.insertInto('updates').values(updateToRow(update)).execute();
    },
    async listByItem(workspaceId, itemId) {
      const rows = await db
        .selectFrom('updates')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('item_id', '=', itemId)
        .execute();
      return rows.map(updateFromRow).sort(oldestFirst);
    },
  };
}
