import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { migrateToLatest } from '../../adapters/db/migrate.ts';
import { openPostgres } from '../../adapters/db/open-postgres.ts';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import type { DB } from '../../adapters/db/schema.ts';

/**
 * The databases the store tests run on: SQLite, PostgreSQL in-process (PGlite: the real PostgreSQL
 * built to WebAssembly, so `npm test` covers PostgreSQL's SQL without a server), and a real PostgreSQL
 * server when RECTRACK_TEST_PG_URL names one (.ci/run starts one). PGlite has one connection, so
 * what needs several at once (locks, concurrent transactions) is tested on the real server only.
 */
export type TestDatabaseKind = 'sqlite' | 'pglite' | 'postgres';

/** A PostgreSQL server tests may create and drop databases on (a superuser's URL to a throwaway cluster). */
export const TEST_PG_URL = process.env.RECTRACK_TEST_PG_URL?.trim() || undefined;

export const TEST_DATABASES: readonly TestDatabaseKind[] = [
  'sqlite',
  'pglite',
  ...(TEST_PG_URL ? (['postgres'] as const) : []),
];

export type TestDatabase = { db: Kysely<DB>; close(): Promise<void> };

/**
 * A migrated, empty database. SQLite is a new in-memory one each time. Starting PostgreSQL takes
 * seconds, so each test worker keeps one PGlite and one server database, emptied for every test.
 */
export async function openTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const db = await openSqlite<DB>(':memory:');
    await migrateToLatest(db);
    return { db, close: () => db.destroy() };
  }
  pending[kind] ??= kind === 'pglite' ? startPglite() : startServerDatabase();
  const db = await pending[kind];
  await emptyTables(db);
  // Shared by the worker's next tests: closing is emptying, done by the next open.
  return { db, close: async () => {} };
}

const pending: Partial<Record<'pglite' | 'postgres', Promise<Kysely<DB>>>> = {};

async function startPglite(): Promise<Kysely<DB>> {
  const pglite = new PGlite();
  await pglite.waitReady;
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  await migrateToLatest(db);
  return db;
}

/** A database of this worker's own on the server; ones left by workers that have ended are dropped. */
async function startServerDatabase(): Promise<Kysely<DB>> {
  const db = await openPostgres<DB>(serverDatabaseUrl(await createServerDatabase()));
  await migrateToLatest(db);
  return db;
}

/** Creates an empty database on the test server and returns its name (the caller drops it). */
export async function createServerDatabase(): Promise<string> {
  const admin = await openPostgres<unknown>(requireServer(), { poolSize: 1 });
  try {
    const { rows } = await sql<{ datname: string }>`
      select datname from pg_database where datname like 'rectrack\_test\_%'`.execute(admin);
    for (const { datname } of rows) {
      const pid = Number(/^rectrack_test_(\d+)_/.exec(datname)?.[1]);
      if (Number.isInteger(pid) && !isAlive(pid)) {
        await sql`drop database if exists ${sql.id(datname)} with (force)`.execute(admin);
      }
    }
    const name = `rectrack_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await sql`create database ${sql.id(name)}`.execute(admin);
    return name;
  } finally {
    await admin.destroy();
  }
}

export async function dropServerDatabase(name: string): Promise<void> {
  const admin = await openPostgres<unknown>(requireServer(), { poolSize: 1 });
  try {
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
  } finally {
    await admin.destroy();
  }
}

/** The test server's URL for one of its databases. */
export function serverDatabaseUrl(name: string): string {
  const url = new URL(requireServer());
  url.pathname = `/${name}`;
  return url.toString();
}

function requireServer(): string {
  if (!TEST_PG_URL) throw new Error('RECTRACK_TEST_PG_URL is not set');
  return TEST_PG_URL;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function emptyTables(db: Kysely<DB>): Promise<void> {
  const { rows } = await sql<{ tablename: string }>`
    select tablename from pg_tables
    where schemaname = current_schema() and tablename not like 'kysely\_%'`.execute(db);
  if (rows.length === 0) return;
  await sql`truncate table ${sql.join(rows.map((r) => sql.id(r.tablename)))} cascade`.execute(db);
}
