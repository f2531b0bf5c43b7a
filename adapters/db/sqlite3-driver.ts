import type { DatabaseConnection, Driver, QueryCompiler, TransactionSettings } from 'kysely';
import { CompiledQuery, createQueryId, IdentifierNode, RawNode } from 'kysely';
import type { Database } from 'sqlite3';
import { Sqlite3Connection } from './sqlite3-connection.ts';
import type { Sqlite3DialectConfig } from './sqlite3-dialect.ts';

type CompileQuery = QueryCompiler['compileQuery'];

/**
 * A few connections to one file, each lent to one user at a time. SQLite transactions belong to the
 * connection, so while a transaction (or a stream) holds one, nobody else's query runs on it. The
 * writer has one connection; the readers (`readOnly`) a few, which in WAL mode read beside the writer.
 *
 * Consequence: inside `db.transaction().execute(trx => ...)`, use `trx`, never `db`; with one
 * connection, a query on `db` would wait for the transaction that is waiting for it.
 */
export class Sqlite3Driver implements Driver {
  readonly #config: Sqlite3DialectConfig;
  readonly #pool = new ConnectionPool();
  #databases: Database[] = [];
  #destroyed = false;
  /** The connections in a read-only transaction, on a writer's connection: query_only is lifted after. */
  readonly #readingOnly = new WeakSet<DatabaseConnection>();

  constructor(config: Sqlite3DialectConfig) {
    this.#config = config;
  }

  async init(): Promise<void> {
    const { database, onCreateConnection } = this.#config;
    const opened = typeof database === 'function' ? await database() : database;
    this.#databases = Array.isArray(opened) ? [...opened] : [opened as Database];
    for (const db of this.#databases) {
      const connection = new Sqlite3Connection(db);
      await onCreateConnection?.(connection);
      this.#pool.add(connection);
    }
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await this.#pool.acquire();
    // Checked after the wait: destroy() may have run while this caller was queued.
    if (this.#destroyed || this.#databases.length === 0) {
      this.#pool.release(connection);
      throw new Error(
        this.#destroyed ? 'The SQLite database has been closed' : 'Sqlite3Driver used before init',
      );
    }
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    assertSupportedSettings(settings);
    if (this.#config.readOnly) {
      if (settings.accessMode !== 'read only') {
        throw new Error(
          "This SQLite handle only reads: start its transactions with setAccessMode('read only')",
        );
      }
      // Deferred: the snapshot is taken at the first read and no lock is held that a writer waits on.
      await connection.executeQuery(CompiledQuery.raw('begin'));
      return;
    }
    if (settings.accessMode === 'read only') {
      // On the writer (an in-memory database has no readers): deferred too, and query_only makes any
      // write fail with SQLITE_READONLY, as it would on a reader, until the transaction ends.
      await connection.executeQuery(CompiledQuery.raw('begin'));
      await connection.executeQuery(CompiledQuery.raw('pragma query_only = on'));
      this.#readingOnly.add(connection);
      return;
    }
    // IMMEDIATE takes the write lock up front. A deferred transaction that reads and then writes
    // fails at once with SQLITE_BUSY (busy_timeout cannot help) when another process committed in
    // between, and rectrack runs several processes on one file (console, server, scheduler).
    // https://www.sqlite.org/lang_transaction.html
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
    await this.#writeAgain(connection);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(CompiledQuery.raw('rollback'));
    } catch (error) {
      // SQLite already rolled back by itself after some errors (SQLITE_FULL, SQLITE_BUSY, a trigger's
      // RAISE(ROLLBACK)). The goal is met, and rethrowing would hide the error that caused it.
      if (!(error instanceof Error && error.message.includes('no transaction is active'))) throw error;
    } finally {
      await this.#writeAgain(connection);
    }
  }

  /** Ends a read-only transaction's query_only on a writer's connection. */
  async #writeAgain(connection: DatabaseConnection): Promise<void> {
    if (!this.#readingOnly.delete(connection)) return;
    await connection.executeQuery(CompiledQuery.raw('pragma query_only = off'));
  }

  async savepoint(connection: DatabaseConnection, name: string, compileQuery: CompileQuery): Promise<void> {
    await connection.executeQuery(savepointQuery('savepoint', name, compileQuery));
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: CompileQuery,
  ): Promise<void> {
    await connection.executeQuery(savepointQuery('rollback to', name, compileQuery));
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: CompileQuery,
  ): Promise<void> {
    await connection.executeQuery(savepointQuery('release', name, compileQuery));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.#pool.release(connection as Sqlite3Connection);
  }

  async destroy(): Promise<void> {
    if (this.#databases.length === 0 || this.#destroyed) return;
    // Let the current holders and everyone already queued finish before closing under them.
    const held = await Promise.all(this.#databases.map(() => this.#pool.acquire()));
    try {
      if (this.#destroyed) return;
      this.#destroyed = true;
      await Promise.all(this.#databases.map(closeDatabase));
    } finally {
      for (const connection of held) this.#pool.release(connection);
    }
  }
}

/** SQLite has one isolation level (serializable): refuse the rest loudly. */
function assertSupportedSettings(settings: TransactionSettings): void {
  const { isolationLevel } = settings;
  if (isolationLevel !== undefined && isolationLevel !== 'serializable') {
    throw new Error(`SQLite transactions are always serializable; '${isolationLevel}' is not supported`);
  }
}

function savepointQuery(command: string, name: string, compileQuery: CompileQuery): CompiledQuery {
  // The compiler quotes the name as an identifier, so any savepoint name is safe.
  return compileQuery(RawNode.create([`${command} `, ''], [IdentifierNode.create(name)]), createQueryId());
}

function closeDatabase(database: Database): Promise<void> {
  return new Promise((resolve, reject) => {
    database.close((error) => (error ? reject(error) : resolve()));
  });
}

/** Idle connections and a FIFO of callers: a released connection goes straight to the longest waiter. */
class ConnectionPool {
  readonly #idle: Sqlite3Connection[] = [];
  readonly #waiters: Array<(connection: Sqlite3Connection) => void> = [];

  add(connection: Sqlite3Connection): void {
    this.release(connection);
  }

  acquire(): Promise<Sqlite3Connection> {
    const idle = this.#idle.pop();
    if (idle !== undefined) return Promise.resolve(idle);
    return new Promise((resolve) => {
      this.#waiters.push(resolve);
    });
  }

  release(connection: Sqlite3Connection): void {
    const next = this.#waiters.shift();
    if (next === undefined) this.#idle.push(connection);
    else next(connection);
  }
}
