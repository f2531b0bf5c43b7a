import { type Kysely, sql } from 'kysely';
import type { InboxEntry, InboxSource, InboxStore } from '../../src/ports/inbox.ts';
import { parseEnum, toInteger } from './columns.ts';
import { isPostgres } from './dialect.ts';
import type { DB, InboxRow } from './schema.ts';

const SOURCES = ['slack', 'teams'] as const satisfies readonly InboxSource[];
const OPEN = ['pending', 'claimed'] as const;

function entryFromRow(row: InboxRow): InboxEntry {
  return {
    id: row.id,
    source: parseEnum(SOURCES, row.source, 'inbox.source'),
    key: row.key,
    payload: row.payload,
    attempts: toInteger(row.attempts, 'inbox.attempts'),
    receivedAt: row.received_at,
  };
}

/** The inbox on the database: the limit and each claim are decided by single statements. */
export function createKyselyInboxStore(db: Kysely<DB>): InboxStore {
  return {
    async accept(entry, limit) {
      // One INSERT ... SELECT, so the count and the write cannot be split by another instance's.
      const inserted = await db
        .insertInto('inbox')
        .columns(['id', 'source', 'key', 'payload', 'status', 'attempts', 'received_at'])
        .expression(
          db
            .selectNoFrom((eb) => [
              eb.val(entry.id).as('id'),
              eb.val(entry.source).as('source'),
              eb.val(entry.key).as('key'),
              eb.val(entry.payload).as('payload'),
              eb.val('pending').as('status'),
              eb.val(0).as('attempts'),
              eb.val(entry.receivedAt).as('received_at'),
            ])
            .where((eb) =>
              eb(
                eb.selectFrom('inbox').select(eb.fn.countAll().as('n')).where('status', 'in', OPEN),
                '<',
                limit,
              ),
            ),
        )
        .onConflict((oc) => oc.columns(['source', 'key']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return 'accepted';
      const existing = await db
        .selectFrom('inbox')
        .select('id')
        .where('source', '=', entry.source)
        .where('key', '=', entry.key)
        .executeTakeFirst();
      return existing ? 'duplicate' : 'busy';
    },
    async claim({ owner, until, now, max, sources }) {
      if (max <= 0 || sources.length === 0) return [];
      // UPDATE ... RETURNING over a chosen set: the WHERE is checked again per row, so two claimers
      // racing for the same rows each get only the ones their own UPDATE changed.
      const rows = await db
        .updateTable('inbox')
        .set((eb) => ({
          status: 'claimed',
          claimed_by: owner,
          lease_until: until,
          attempts: eb('attempts', '+', 1),
        }))
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('inbox')
            .select('id')
            .where('source', 'in', sources)
            .where(claimable(now))
            .orderBy('received_at')
            .orderBy('id')
            .limit(max)
            // On PostgreSQL several instances claim at once: rows another claimer has locked are
            // passed over, so each takes the next free ones instead of waiting to find them taken.
            .$if(isPostgres(db), (rows) => rows.forUpdate().skipLocked()),
        )
        .where(claimable(now))
        .returningAll()
        .execute();
      return rows.map(entryFromRow).sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : 1));
    },
    async renew(id, owner, until) {
      const result = await db
        .updateTable('inbox')
        .set({ lease_until: until })
        .where('id', '=', id)
        .where('status', '=', 'claimed')
        .where('claimed_by', '=', owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async finish(id, owner, outcome) {
      const result = await db
        .updateTable('inbox')
        .set({
          status: outcome.error === undefined ? 'done' : 'failed',
          claimed_by: null,
          lease_until: null,
          finished_at: outcome.at,
          error: outcome.error ?? null,
        })
        .where('id', '=', id)
        .where('status', '=', 'claimed')
        .where('claimed_by', '=', owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async prune(before) {
      const finished = db
        .selectFrom('inbox')
        .select('id')
        .where('status', 'in', ['done', 'failed'])
        .where('received_at', '<', before);
      return db.transaction().execute(async (trx) => {
        // Their answers' progress goes with them (the outbox row's id is the entry's).
        await trx.deleteFrom('outbox').where('id', 'in', finished).execute();
        const result = await trx
          .deleteFrom('inbox')
          .where('status', 'in', ['done', 'failed'])
          .where('received_at', '<', before)
          .executeTakeFirst();
        return Number(result.numDeletedRows);
      });
    },
  };
}

function claimable(now: string) {
  return sql<boolean>`(status = 'pending' or (status = 'claimed' and lease_until <= ${now}))`;
}
