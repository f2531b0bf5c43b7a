import type { Kysely } from 'kysely';
import type { PendingImportStore } from '../../src/ports/store.ts';
import { pendingImportFromRow, pendingImportToRow } from './pending-import-rows.ts';
import type { DB } from './schema.ts';

export function createKyselyPendingImportStore(db: Kysely<DB>): PendingImportStore {
  return {
    async get(workspaceId, memberId) {
      const row = await db
        .selectFrom('pending_imports')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('member_id', '=', memberId)
        .executeTakeFirst();
      return row && pendingImportFromRow(row);
    },
    async put(pending) {
      const row = pendingImportToRow(pending);
      // Every column but the key: a member's new import replaces the old one whole.
      const { created_at, source_name, source_hash, extraction, key, ours } = row;
      await db
        .insertInto('pending_imports')
        .values(row)
        .onConflict((oc) =>
          oc
            .columns(['workspace_id', 'member_id'])
            .doUpdateSet({ created_at, source_name, source_hash, extraction, key, ours }),
        )
        .execute();
    },
    async delete(workspaceId, memberId) {
      await db
        .deleteFrom('pending_imports')
        .where('workspace_id', '=', workspaceId)
        .where('member_id', '=', memberId)
        .execute();
    },
  };
}
