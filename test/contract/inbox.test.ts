import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKyselyInboxStore } from '../../adapters/db/inbox-store.ts';
import { migrateToLatest } from '../../adapters/db/migrate.ts';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { createMemoryInbox } from '../support/memory-inbox.ts';
import { openTestDatabase, TEST_DATABASES } from '../support/test-databases.ts';
import { inboxContract } from './inbox-contract.ts';

async function kysely(path: string) {
  const db = await openSqlite<DB>(path);
  await migrateToLatest(db);
  return { inbox: createKyselyInboxStore(db), close: () => db.destroy() };
}

inboxContract('memory inbox', async () => ({ inbox: createMemoryInbox(), close: async () => {} }));
inboxContract('kysely inbox on sqlite3 :memory:', () => kysely(':memory:'));
inboxContract('kysely inbox on a sqlite3 file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rectrack-inbox-'));
  const opened = await kysely(join(dir, 'rectrack.sqlite'));
  return {
    ...opened,
    close: async () => {
      await opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

for (const kind of TEST_DATABASES.filter((k) => k !== 'sqlite')) {
  inboxContract(`kysely inbox on ${kind}`, async () => {
    const { db, close } = await openTestDatabase(kind);
    return { inbox: createKyselyInboxStore(db), close };
  });
}
