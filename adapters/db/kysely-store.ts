import { type Kysely, sql } from 'kysely';
import { StoreReadOnlyError } from '../../src/core/store-read-only-error.ts';
import type { Store } from '../../src/ports/store.ts';
import { type BusyRetryOptions, retryWhenBusy } from './busy-retry.ts';
import { isPostgres } from './dialect.ts';
import { createKyselyDigestStore } from './digest-store.ts';
import { createKyselyDeadlineStore, createKyselyUpdateStore } from './history-stores.ts';
import { createKyselyItemStore } from './item-store.ts';
import { createKyselyOutbox } from './outbox-store.ts';
import { createKyselyPendingImportStore } from './pending-import-store.ts';
import { isSerializationFailure, SERIALIZATION_BACKOFF_MS } from './pg-retry.ts';
import { createKyselyRequestLedger } from './request-ledger-store.ts';
import type { DB } from './schema.ts';
import { createKyselySection55Store } from './section55-store.ts';
import {
  createKyselyMemberStore,
  createKyselyReportStore,
  createKyselyWorkspaceStore,
} from './workspace-stores.ts';

export type KyselyStoreOptions = BusyRetryOptions & {
  /** Connections that only read (openSqliteReaders), for `read`; without them it reads on `db`. */
  reader?: Kysely<DB>;
};

/**
 * The Store port over Kysely. Every query after the workspace lookup filters by workspace_id, and the
 * schema's composite foreign keys refuse rows that point into another workspace.
 */
export function createKyselyStore(db: Kysely<DB>, options: KyselyStoreOptions = {}): Store {
  const { reader, ...retry } = options;
  const store: Store = {
    async transaction(fn) {
      // Already inside one: Kysely has no nested transactions, and the caller's writes must commit
      // or roll back with the outer ones anyway, so run on the same store.
      if (db.isTransaction) return fn(store);
      if (isPostgres(db)) {
        // Several instances share a PostgreSQL server, so two commands on one item can run at once:
        // serializable makes each transaction act as if alone (both notes land in the history, and
        // the item's state is what replaying it gives), and the loser of a clash runs again.
        return retryWhenBusy(
          () =>
            db
              .transaction()
              .setIsolationLevel('serializable')
              .execute((trx) => fn(createKyselyStore(trx))),
          { backoffMs: SERIALIZATION_BACKOFF_MS, retryOn: isSerializationFailure, ...retry },
        );
      }
      return retryWhenBusy(() => db.transaction().execute((trx) => fn(createKyselyStore(trx))), retry);
    },
    async read(fn) {
      if (db.isTransaction) return fn(store);
      try {
        return await (reader ?? db)
          .transaction()
          .setAccessMode('read only')
          .execute(async (trx) => {
            // Said again in SQL: not every PostgreSQL driver (PGlite's) passes the access mode on.
            if (isPostgres(db)) await sql`set transaction read only`.execute(trx);
            return fn(createKyselyStore(trx));
          });
      } catch (error) {
        // query_only refuses any write with SQLITE_READONLY, and the transaction rolled back.
        if (isReadOnlyRefusal(error)) {
          throw new StoreReadOnlyError('a read-only transaction tried to write', { cause: error });
        }
        throw error;
      }
    },
    workspaces: createKyselyWorkspaceStore(db),
    members: createKyselyMemberStore(db),
    reports: createKyselyReportStore(db),
    items: createKyselyItemStore(db),
    deadlines: createKyselyDeadlineStore(db),
    updates: createKyselyUpdateStore(db),
    pendingImports: createKyselyPendingImportStore(db),
    requests: createKyselyRequestLedger(db),
    section55: createKyselySection55Store(db),
    outbox: createKyselyOutbox(db),
    digests: createKyselyDigestStore(db),
  };
  return store;
}

function isReadOnlyRefusal(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    // SQLite's query_only refusal; PostgreSQL's read_only_sql_transaction.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'SQLITE_READONLY' || code === '25006') return true;
  }
  return false;
}
