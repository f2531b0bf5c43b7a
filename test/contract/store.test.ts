import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createKyselyStore } from '../../adapters/db/kysely-store.ts';
import { migrateToLatest, migrationProvider } from '../../adapters/db/migrate.ts';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { migrations } from '../../migrations/index.ts';
import { createMemoryStore } from '../support/memory-store.ts';
import { storeContract } from './store-contract.ts';
import { aDeadline, anItem, anUpdate, seedWorkspace } from './store-fixtures.ts';

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
