import type { Kysely } from 'kysely';
import type { AnswerOutbox } from '../../src/ports/outbox.ts';
import { toInteger } from './columns.ts';
import type { DB } from './schema.ts';

/**
 * The answer outbox on the database. One process works on an entry at a time (the inbox lease), so
 * begin's read and write need no lock between them.
 */
export function createKyselyOutbox(db: Kysely<DB>): AnswerOutbox {
  return {
    async owe(id, at) {
      await db
        .insertInto('outbox')
        .values({ id, sent: 0, attempt: null, attempt_at: null, created_at: at })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },
    async begin(id, part, at) {
      const inserted = await db
        .insertInto('outbox')
        .values({ id, sent: 0, attempt: part, attempt_at: at, created_at: at })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { state: 'new' };
      const row = await db
        .selectFrom('outbox')
        .select(['sent', 'attempt', 'attempt_at'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      if (part < toInteger(row.sent, 'outbox.sent')) return { state: 'sent' };
      if (row.attempt !== null && toInteger(row.attempt, 'outbox.attempt') === part && row.attempt_at) {
        return { state: 'unconfirmed', since: row.attempt_at };
      }
      await db.updateTable('outbox').set({ attempt: part, attempt_at: at }).where('id', '=', id).execute();
      return { state: 'new' };
    },
    async confirm(id, part) {
      await db
        .updateTable('outbox')
        .set({ sent: part + 1, attempt: null, attempt_at: null })
        .where('id', '=', id)
        .where('sent', '<=', part)
        .execute();
    },
  };
}
