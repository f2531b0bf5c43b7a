import type { DatabaseConnection, Driver, QueryCompiler, TransactionSettings } from 'kysely';
import { CompiledQuery, createQueryId, IdentifierNode, RawNode } from 'kysely';
import type { Database } from 'sqlite3';
import { Sqlite3Connection } from './sqlite3-connection.ts';
import type { Sqlite3DialectConfig } from './sqlite3-dialect.ts';

type CompileQuery = QueryCompiler['compileQuery'];

/**
 * One connection for the whole process, lent to one user at a time. SQLite transactions belong to
 * the connection, so while a transaction (or a stream) holds it, every other query waits its turn
 * rather than running inside someone else's transaction.
 *
 * Consequence: inside `db.transaction().execute(trx => ...)`, use `trx`, never `db`; a query on
 * `db` would wait for the transaction that is waiting for it.
 */
export class Sqlite3Driver implements Driver {
  readonly #config: Sqlite3DialectConfig;
  readonly #mutex = new ConnectionMutex();
  #database: Database | undefined;
  #connection: Sqlite3Connection | undefined;
  #destroyed = false;

  constructor(config: Sqlite3DialectConfig) {
    this.#config = config;
  }

  async init(): Promise<void> {
    const { database, onCreateConnection } = this.#config;
    this.#database = typeof database === 'function' ? await database() : database;
    this.#connection = new Sqlite3Connection(this.#database);
    await onCreateConnection?.(this.#connection);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    // Checked after the wait: destroy() may have run while this caller was queued.
    if (this.#destroyed || this.#connection === undefined) {
      this.#mutex.unlock();
      throw new Error(
        this.#destroyed ? 'The SQLite database has been closed' : 'Sqlite3Driver used before init',
      );
    }
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    assertSupportedSettings(settings);
    // IMMEDIATE takes the write lock up front. A deferred transaction that reads and then writes
    // fails at once with SQLITE_BUSY (busy_timeout cannot help) when another process committed in
    // between, and rectrack runs several processes on one file (console, server, scheduler).
    // https://www.sqlite.org/lang_transaction.html
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(CompiledQuery.raw('rollback'));
    } catch (error) {
      // SQLite already rolled back by itself after some errors (SQLITE_FULL, SQLITE_BUSY, a trigger's
      // RAISE(ROLLBACK)). The goal is met, and rethrowing would hide the error that caused it.
      if (!(error instanceof Error && error.message.includes('no transaction is active'))) throw error;
    }
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

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    const database = this.#database;
    if (database === undefined || this.#destroyed) return;
    // Let the current holder and everyone already queued finish before closing under them.
    await this.#mutex.lock();
    try {
      if (this.#destroyed) return;
      this.#destroyed = true;
      await closeDatabase(database);
    } finally {
      this.#mutex.unlock();
    }
  }
}

/** SQLite has one isolation level (serializable) and no read-only transactions: refuse the rest loudly. */
function assertSupportedSettings(settings: TransactionSettings): void {
  const { isolationLevel, accessMode } = settings;
  if (isolationLevel !== undefined && isolationLevel !== 'serializable') {
    throw new Error(`SQLite transactions are always serializable; '${isolationLevel}' is not supported`);
  }
  if (accessMode === 'read only') {
    throw new Error('SQLite does not support read-only transactions');
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

/** A FIFO lock: unlock hands the lock straight to the longest waiter, so nobody is starved. */
class ConnectionMutex {
  #locked = false;
  readonly #waiters: Array<() => void> = [];

  lock(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.#waiters.push(resolve);
    });
  }

  unlock(): void {
    const next = this.#waiters.shift();
    if (next === undefined) {
      this.#locked = false;
    } else {
      next();
    }
  }
}
