import { afterEach, beforeEach, describe } from 'vitest';
import type { Store } from '../../src/ports/store.ts';
import { digestContract } from './store-contract-digests.ts';
import { directoryContract } from './store-contract-directory.ts';
import { historyContract } from './store-contract-history.ts';
import { importContract } from './store-contract-imports.ts';
import { itemContract } from './store-contract-items.ts';
import { listContract } from './store-contract-lists.ts';
import { outboxContract } from './store-contract-outbox.ts';
import { requestContract } from './store-contract-requests.ts';
import { searchContract } from './store-contract-search.ts';
import { section55Contract } from './store-contract-section55.ts';
import { transactionContract } from './store-contract-transactions.ts';

export type OpenStore = () => Promise<{ store: Store; close(): Promise<void> }>;

/** Returns the store the current test runs against (a fresh, empty one per test). */
export type CurrentStore = () => Store;

/**
 * One suite every Store implementation passes (the memory fake, Kysely on each database). If two
 * implementations disagree about any behaviour the core relies on, one of them fails here.
 */
export function storeContract(name: string, open: OpenStore): void {
  describe(name, () => {
    let opened: Awaited<ReturnType<OpenStore>> | undefined;

    beforeEach(async () => {
      opened = await open();
    });

    afterEach(async () => {
      await opened?.close();
      opened = undefined;
    });

    const current: CurrentStore = () => {
      if (opened === undefined) throw new Error('The store is only open inside a test');
      return opened.store;
    };

    directoryContract(current);
    itemContract(current);
    listContract(current);
    searchContract(current);
    historyContract(current);
    transactionContract(current);
    importContract(current);
    requestContract(current);
    outboxContract(current);
    digestContract(current);
    section55Contract(current);
  });
}
