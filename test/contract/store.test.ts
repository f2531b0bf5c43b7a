import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createKyselyStore } from '../../adapters/db/kysely-store.ts';
import { migrateToLatest, migrationProvider } from '../../adapters/db/migrate.ts';
import { openSqlite, openSqliteReaders } from '../../adapters/db/open-sqlite.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { migrations } from '../../migrations/index.ts';
import type { Item } from '../../src/core/model/entities.ts';
import { createMemoryStore } from '../support/memory-store.ts';
import { openTestDatabase, TEST_DATABASES } from '../support/test-databases.ts';
import { storeContract } from './store-contract.ts';
import { aDeadline, anExtraction, anItem, anUpdate, seedWorkspace } from './store-fixtures.ts';

const tempDirs: string[] = [];

function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rectrack-store-'));
  tempDirs.push(dir);
  return join(dir, 'rectrack.sqlite');
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function openMigrated(path: string): Promise<Kysely<DB>> {
  const db = await openSqlite<DB>(path);
  await migrateToLatest(db);
  return db;
}

storeContract('memory store', async () => ({ store: createMemoryStore(), close: async () => {} }));

storeContract('kysely store on sqlite3 :memory:', async () => {
  const db = await openMigrated(':memory:');
  return { store: createKyselyStore(db), close: () => db.destroy() };
});

storeContract('kysely store on a sqlite3 file', async () => {
  const db = await openMigrated(tempDbPath());
  return { store: createKyselyStore(db), close: () => db.destroy() };
});

// PostgreSQL: in-process (PGlite) always, and on a real server when RECTRACK_TEST_PG_URL is set.
for (const kind of TEST_DATABASES.filter((k) => k !== 'sqlite')) {
  storeContract(`kysely store on ${kind}`, async () => {
    const { db, close } = await openTestDatabase(kind);
    return { store: createKyselyStore(db), close };
  });
}

storeContract('kysely store on a sqlite3 file with read connections', async () => {
  const path = tempDbPath();
  const db = await openMigrated(path);
  const reader = await openSqliteReaders<DB>(path);
  return {
    store: createKyselyStore(db, { reader }),
    close: async () => {
      await reader.destroy();
      await db.destroy();
    },
  };
});

describe('kysely store with read connections', () => {
  it('reads beside a write transaction, from the snapshot before it, without waiting for it', async () => {
    const path = tempDbPath();
    const db = await openMigrated(path);
    const reader = await openSqliteReaders<DB>(path);
    const store = createKyselyStore(db, { reader });
    try {
      const { workspace, report } = await seedWorkspace(store);
      const item = anItem(report);
      await store.items.insert(item);
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let written = () => {};
      const wrote = new Promise<void>((resolve) => {
        written = resolve;
      });
      // A writer that has changed the item and then holds its transaction open.
      const writing = store.transaction(async (tx) => {
        await tx.items.update(workspace.id, item.id, { status: 'done' });
        written();
        await held;
      });
      await wrote;
      const status = await store.read(async (tx) => (await tx.items.findById(workspace.id, item.id))?.status);
      expect(status).toBe('awaiting_allocation');
      release();
      await writing;
      const after = await store.read(async (tx) => (await tx.items.findById(workspace.id, item.id))?.status);
      expect(after).toBe('done');
    } finally {
      await reader.destroy();
      await db.destroy();
    }
  });

  it('refuses to open read connections to an in-memory database, which has no second connection', async () => {
    await expect(openSqliteReaders(':memory:')).rejects.toThrow(/in-memory/);
  });
});

describe('kysely store on a sqlite3 file, beyond the contract', () => {
  it('keeps its data across close and reopen', async () => {
    const path = tempDbPath();
    const first = await openMigrated(path);
    const store = createKyselyStore(first);
    const { workspace, admin, report } = await seedWorkspace(store);
    const item = anItem(report, { addressees: ['Chief Constables'], ownerId: admin.id });
    const deadline = aDeadline(item, { duration: { amount: 6, unit: 'month' } });
    const update = anUpdate(item, admin.id, { evidence: ['https://example.org/plan'] });
    await store.transaction(async (tx) => {
      await tx.items.insert(item);
      await tx.deadlines.insert(deadline);
      await tx.updates.append(update);
    });
    await first.destroy();

    const second = await openMigrated(path);
    try {
      const reopened = createKyselyStore(second);
      expect(await reopened.workspaces.findByExternal(workspace.platform, workspace.externalId)).toEqual(
        workspace,
      );
      expect(await reopened.members.findById(workspace.id, admin.id)).toEqual(admin);
      expect(await reopened.reports.findByKey(workspace.id, report.key)).toEqual(report);
      expect(await reopened.items.findById(workspace.id, item.id)).toEqual(item);
      expect(await reopened.deadlines.listByItems(workspace.id, [item.id])).toEqual([deadline]);
      expect(await reopened.updates.listByItem(workspace.id, item.id)).toEqual([update]);
    } finally {
      await second.destroy();
    }
  });

  it('migrates to latest idempotently, and applies each migration once', async () => {
    const db = await openSqlite<DB>(tempDbPath());
    try {
      expect(await migrateToLatest(db)).toEqual(Object.keys(migrations));
      expect(await migrateToLatest(db)).toEqual([]);
      const store = createKyselyStore(db);
      const { workspace, report } = await seedWorkspace(store);
      expect((await store.reports.findById(workspace.id, report.id))?.key).toBe(report.key);
    } finally {
      await db.destroy();
    }
  });

  it('migrates down to nothing and back up again', async () => {
    const db = await openSqlite<DB>(':memory:');
    try {
      await migrateToLatest(db);
      const migrator = new Migrator({ db, provider: migrationProvider });
      const { error } = await migrator.migrateTo(NO_MIGRATIONS);
      expect(error).toBeUndefined();
      const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
        db,
      );
      expect(tables.rows.map((row) => row.name).filter((name) => !name.startsWith('kysely_'))).toEqual([]);
      expect(await migrateToLatest(db)).toEqual(Object.keys(migrations));
    } finally {
      await db.destroy();
    }
  });

  it('indexes the items and notes already there when the search index arrives (migration 0014)', async () => {
    const db = await openMigrated(':memory:');
    try {
      const store = createKyselyStore(db);
      const { workspace, admin, report } = await seedWorkspace(store);
      const items = [anItem(report, { ref: '1', text: 'Vetting backlog.' }), anItem(report, { ref: '2' })];
      for (const item of items) await store.items.insert(item);
      await store.updates.append(anUpdate(items[1] as Item, admin.id, { note: 'Vetting booked' }));
      const migrator = new Migrator({ db, provider: migrationProvider });
      expect((await migrator.migrateTo('0013-read-indexes')).error).toBeUndefined();
      expect(await migrateToLatest(db)).toEqual(['0014-item-search-index']);
      const found = await store.items.search(workspace.id, {
        terms: ['vetting'],
        reportId: null,
        offset: 0,
        limit: 20,
      });
      expect(found.items.map(({ item }) => item.ref).sort()).toEqual(['1', '2']);
    } finally {
      await db.destroy();
    }
  });

  it('refuses to read a row whose JSON column is not a list of strings', async () => {
    const db = await openMigrated(':memory:');
    try {
      const store = createKyselyStore(db);
      const { workspace, report } = await seedWorkspace(store);
      const item = anItem(report);
      await store.items.insert(item);
      await db
        .updateTable('items')
        .set({ addressees: '{"not":"a list"}' })
        .where('id', '=', item.id)
        .execute();
      await expect(store.items.findById(workspace.id, item.id)).rejects.toThrow('items.addressees');
      await db
        .updateTable('items')
        .set({ addressees: '[]', status: 'finished' })
        .where('id', '=', item.id)
        .execute();
      await expect(store.items.findById(workspace.id, item.id)).rejects.toThrow('items.status');
    } finally {
      await db.destroy();
    }
  });
});

describe('kysely store pending imports, beyond the contract', () => {
  it('refuses to read an extraction that is not JSON or not the right shape', async () => {
    const db = await openMigrated(':memory:');
    try {
      const store = createKyselyStore(db);
      const { workspace, admin } = await seedWorkspace(store);
      const document = { extraction: anExtraction(), sourceName: 'a.txt', sourceHash: 'abc' };
      await store.pendingImports.put({
        workspaceId: workspace.id,
        memberId: admin.id,
        createdAt: '2024-03-14T10:00:00.000Z',
        document,
        key: null,
      });
      const corrupt = (extraction: string) =>
        db.updateTable('pending_imports').set({ extraction }).where('member_id', '=', admin.id).execute();
      await corrupt('{not json');
      await expect(store.pendingImports.get(workspace.id, admin.id)).rejects.toThrow(
        'pending_imports.extraction',
      );
      await corrupt(JSON.stringify({ ...document.extraction, recommendations: [{ kind: 'wish' }] }));
      await expect(store.pendingImports.get(workspace.id, admin.id)).rejects.toThrow(
        /pending_imports\.extraction at recommendations\.0/,
      );
    } finally {
      await db.destroy();
    }
  });

  it('refuses a half-written document in the database itself', async () => {
    const db = await openMigrated(':memory:');
    try {
      const store = createKyselyStore(db);
      const { workspace, admin } = await seedWorkspace(store);
      const row = {
        workspace_id: workspace.id,
        member_id: admin.id,
        created_at: '2024-03-14T10:00:00.000Z',
        source_name: 'a.txt',
        source_hash: null,
        extraction: null,
        key: null,
      };
      await expect(db.insertInto('pending_imports').values(row).execute()).rejects.toThrow();
    } finally {
      await db.destroy();
    }
  });
});

describe('migrateToLatest', () => {
  it('names the failing migration in its error', async () => {
    const db = await openSqlite<DB>(':memory:');
    try {
      // A table already holding the first migration's name makes its create table fail.
      await sql`create table workspaces (id text)`.execute(db);
      await expect(migrateToLatest(db)).rejects.toThrow(/migration 0001-initial failed/);
    } finally {
      await db.destroy();
    }
  });
});
