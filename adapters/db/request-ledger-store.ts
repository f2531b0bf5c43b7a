import type { Kysely } from 'kysely';
import { replySchema } from '../../src/core/reply/reply-schema.ts';
import type { RequestLedger } from '../../src/ports/store.ts';
import type { DB } from './schema.ts';

export function createKyselyRequestLedger(db: Kysely<DB>): RequestLedger {
  return {
    async find(workspaceId, key) {
      const row = await db
        .selectFrom('handled_requests')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('key', '=', key)
        .executeTakeFirst();
      if (!row) return undefined;
      const reply = replySchema.safeParse(JSON.parse(row.reply));
      if (!reply.success)
        throw new Error(`handled_requests.reply for ${key} is not a reply: ${reply.error.message}`);
      return { workspaceId: row.workspace_id, key: row.key, reply: reply.data, at: row.at };
    },
    async record(entry) {
      await db
        .insertInto('handled_requests')
        .values({
          workspace_id: entry.workspaceId,
          key: entry.key,
          reply: JSON.stringify(entry.reply),
          at: entry.at,
        })
        .execute();
    },
    async prune(workspaceId, before) {
      await db
        .deleteFrom('handled_requests')
        .where('workspace_id', '=', workspaceId)
        .where('at', '<', before)
        .execute();
    },
  };
}
