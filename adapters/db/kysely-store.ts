import type { Kysely } from 'kysely';
import { StoreReadOnlyError } from '../../src/core/store-read-only-error.ts';
import type { Store } from '../../src/ports/store.ts';
import { type BusyRetryOptions, retryWhenBusy } from './busy-retry.ts';
import { createKyselyDigestStore } from './digest-store.ts';
import { createKyselyDeadlineStore, createKyselyUpdateStore } from './history-stores.ts';
import { createKyselyItemStore } from './item-store.ts';
import { createKyselyPendingImportStore } from './pending-import-store.ts';
import { createKyselyRequestLedger } from './request-ledger-store.ts';
import type { DB } from './schema.ts';
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
      return retryWhenBusy(() => db.transaction().execute((trx) => fn(createKyselyStore(trx))), retry);
    },
    async read(fn) {
      if (db.isTransaction) return fn(store);
      try {
        return await (reader ?? db)
          .transaction()
          .setAccessMode('read only')
          .execute((trx) => fn(createKyselyStore(trx)));
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
    digests: createKyselyDigestStore(db),
  };
  return store;
}

function isReadOnlyRefusal(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as NodeJS.ErrnoException).code === 'SQLITE_READONLY') return true;
  }
  return false;
}
