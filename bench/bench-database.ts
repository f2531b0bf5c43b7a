/*
 * The database a benchmark runs on, opened the way `rectrack serve` opens it (loadConfig, then
 * openDatabase, then the migrations). Without DATABASE_URL: a fresh SQLite file in a temporary folder.
 * With DATABASE_URL=postgres://...: a fresh database created beside the one the URL names, on the same
 * server, and dropped afterwards, so the benchmark never writes into a database someone uses (the
 * URL's user needs CREATEDB). DATABASE_URL=sqlite:PATH is refused for the same reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { migrateToLatest } from '../adapters/db/migrate.ts';
import { openDatabase } from '../adapters/db/open-database.ts';
import { openPostgres } from '../adapters/db/open-postgres.ts';
import type { Database } from '../adapters/db/schema.ts';
import { loadConfig } from '../src/config.ts';

export type BenchDatabase = {
  db: Database;
  /**
   * Called once the seed is written. On PostgreSQL: VACUUM ANALYZE, what autovacuum does within a
   * minute of a bulk load anyway; measured before it, the planner has no statistics and the first
   * commands timed read a table it has not seen (`overdue` at 100,000 items: 97 ms before, 9 ms after).
   */
  seeded(): Promise<void>;
  close(): Promise<void>;
};

/** Which database the benchmarks run on, for their tables' headings. */
export function benchDatabaseName(): 'SQLite' | 'PostgreSQL' {
  return process.env.DATABASE_URL?.trim() ? 'PostgreSQL' : 'SQLite';
}

/** A new, migrated, empty database; `label` goes in its name. */
export async function openBenchDatabase(label: string): Promise<BenchDatabase> {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), `rectrack-${label}-`));
    const db = await openDatabase({ kind: 'sqlite', path: join(dir, 'bench.sqlite') });
    await migrateToLatest(db);
    return {
      db,
      seeded: async () => {},
      close: async () => {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const loaded = loadConfig({ DATABASE_URL: url });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const setting = loaded.config.database;
  if (setting.kind !== 'postgres') {
    throw new Error(
      'DATABASE_URL: the benchmarks make their own SQLite file; set DATABASE_URL only to run them on PostgreSQL (postgres://USER:PASSWORD@HOST:PORT/DATABASE).',
    );
  }
  const name = `rectrack_bench_${label}_${process.pid}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  await onServer(setting.url, async (admin) => {
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
    await sql`create database ${sql.id(name)}`.execute(admin);
  });
  const target = new URL(setting.url);
  target.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: target.toString() });
  await migrateToLatest(db);
  return {
    db,
    seeded: async () => {
      await sql`vacuum analyze`.execute(db);
    },
    close: async () => {
      await db.destroy();
      await onServer(setting.url, (admin) =>
        sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin),
      );
    },
  };
}

/** Runs `run` on one connection to the database the URL names, to create or drop another beside it. */
async function onServer(url: string, run: (admin: Kysely<unknown>) => Promise<unknown>): Promise<void> {
  const admin = await openPostgres<unknown>(url, { poolSize: 1 });
  try {
    await run(admin);
  } finally {
    await admin.destroy();
  }
}
