import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, sql } from 'kysely';
import type { Database } from 'sqlite3';
import sqlite3 from 'sqlite3';
import { retryWhenBusy } from './busy-retry.ts';
import { Sqlite3Dialect } from './sqlite3-dialect.ts';

const IN_MEMORY = ':memory:';

/**
 * Opens (creating if needed) a SQLite database file, or a private in-memory one for ':memory:',
 * with the pragmas rectrack relies on. Errors opening the file or applying a pragma reject here,
 * not on the first query. `destroy()` on the result closes the file.
 */
export type SqliteOptions = {
  /** How long one statement waits for another connection's lock before SQLITE_BUSY (tests shorten it). */
  busyTimeoutMs?: number;
};

export async function openSqlite<DB>(path: string, options: SqliteOptions = {}): Promise<Kysely<DB>> {
  const inMemory = path === IN_MEMORY;
  if (!inMemory) createPrivately(path);
  const database = await openDatabase(path);
  const db = new Kysely<DB>({ dialect: new Sqlite3Dialect({ database }) });
  try {
    // Several processes opening one new file at once: switching it to WAL can be refused with
    // SQLITE_BUSY at once, without the busy wait, while another connection is doing the same. The
    // pragmas are idempotent, so they are simply tried again.
    await retryWhenBusy(() => applyPragmas(db, inMemory ? undefined : path, options.busyTimeoutMs ?? 5000), {
      backoffMs: [20, 50, 100, 200, 400, 800],
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/**
 * Connections that only read, beside the writer openSqlite gave for the same file: in WAL mode they
 * read a consistent snapshot while the writer commits, so a long list never waits for an update
 * (nor an update for it). Each refuses writes (query_only), and every transaction on them must be
 * read-only (`db.transaction().setAccessMode('read only')`). Open the writer first: it creates the
 * file and sets WAL, which readers cannot. An in-memory database has no second connection to it.
 */
export async function openSqliteReaders<DB>(
  path: string,
  options: SqliteOptions & { connections?: number } = {},
): Promise<Kysely<DB>> {
  if (path === IN_MEMORY) throw new Error('An in-memory database cannot be read from a second connection');
  const count = Math.max(1, options.connections ?? 2);
  const busy = Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000));
  const databases: Database[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const database = await openDatabase(path, sqlite3.OPEN_READWRITE);
      databases.push(database);
      await exec(database, `pragma busy_timeout = ${busy}; pragma query_only = on`);
    }
  } catch (error) {
    await Promise.all(databases.map((d) => new Promise((resolve) => d.close(resolve))));
    throw error;
  }
  return new Kysely<DB>({ dialect: new Sqlite3Dialect({ database: databases, readOnly: true }) });
}

/**
 * The database holds platform tokens, so a new file is readable by its owner only (0600), and so are
 * its -wal and -shm files, which SQLite creates with the database file's permissions
 * (https://www.sqlite.org/tempfiles.html). A new folder for it is the owner's only too. An existing
 * file keeps the permissions it was given.
 */
function createPrivately(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch {
    // Already there (or made a moment ago by another process), or not creatable: opening it next
    // reports whatever is really wrong.
  }
}

/** `file` is undefined for an in-memory database. */
async function applyPragmas<DB>(
  db: Kysely<DB>,
  file: string | undefined,
  busyTimeoutMs: number,
): Promise<void> {
  // First, so the pragmas below already wait for a lock rather than fail: another process (a second
  // instance, a CLI import, a backup) may hold the write lock for a moment. 5 s outlasts any of our
  // transactions yet still fails visibly if the database is really stuck.
  await sql.raw(`pragma busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`).execute(db);
  if (file !== undefined) {
    // Readers and the writer stop blocking each other across processes, and a commit is one append
    // to the log instead of rewriting pages. Stored in the file, but cheap to repeat. In-memory
    // databases cannot use WAL.
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode = wal`.execute(db);
    const mode = rows[0]?.journal_mode;
    if (mode !== 'wal') {
      // Happens on filesystems without shared memory (some network mounts); say so rather than run slower.
      throw new Error(`SQLite kept journal_mode ${mode ?? '(none)'} instead of wal for ${file}`);
    }
    // SQLite quietly opens a file it may not write read-only, and then fails only at the first write.
    // Writing the header's user_version back unchanged fails now instead (SQLITE_READONLY), at start.
    const { rows: version } = await sql<{ user_version: number }>`pragma user_version`.execute(db);
    await sql.raw(`pragma user_version = ${Number(version[0]?.user_version ?? 0)}`).execute(db);
  }
  // In WAL mode NORMAL cannot corrupt the database and skips an fsync per commit; the cost is that
  // a power cut (not a process crash) may lose the last few commits.
  await sql`pragma synchronous = normal`.execute(db);
  // SQLite ships with foreign keys unenforced for backwards compatibility, per connection.
  await sql`pragma foreign_keys = on`.execute(db);
}

function openDatabase(path: string, mode = sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE): Promise<Database> {
  return new Promise((resolve, reject) => {
    const database: Database = new sqlite3.Database(path, mode, (error: Error | null) =>
      error ? reject(error) : resolve(database),
    );
  });
}

function exec(database: Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    database.exec(sql, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}
