import type {
  DatabaseConnection,
  DatabaseIntrospector,
  Dialect,
  DialectAdapter,
  Driver,
  Kysely,
  QueryCompiler,
} from 'kysely';
import { SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { Database } from 'sqlite3';
import { Sqlite3Driver } from './sqlite3-driver.ts';

export interface Sqlite3DialectConfig {
  /**
   * An open database, or several connections to one (readers), or a factory for either called once,
   * on first use. The driver owns them and closes them.
   */
  readonly database:
    | Database
    | readonly Database[]
    | (() => Promise<Database>)
    | (() => Promise<readonly Database[]>);
  /** Runs once on each connection before any query, e.g. to set pragmas. */
  readonly onCreateConnection?: (connection: DatabaseConnection) => Promise<void>;
  /**
   * Connections that only read: every transaction must be read-only (Kysely's `setAccessMode('read
   * only')`) and begins deferred. The connections themselves refuse writes (open-sqlite.ts).
   */
  readonly readOnly?: boolean;
}

/**
 * Kysely dialect for the async `sqlite3` driver. SQL generation, introspection and adapter
 * behaviour are Kysely's own SQLite ones; only the driver is ours.
 */
export class Sqlite3Dialect implements Dialect {
  readonly #config: Sqlite3DialectConfig;

  constructor(config: Sqlite3DialectConfig) {
    this.#config = { ...config };
  }

  createDriver(): Driver {
    return new Sqlite3Driver(this.#config);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

/**
 * SQLite runs DDL inside transactions, though Kysely's adapter says not, so its Migrator ran each
 * statement on its own and two processes migrating a new file at once both created the same tables
 * ("table workspaces already exists"). Said true, the Migrator runs all pending migrations in one
 * transaction, which our driver begins IMMEDIATE: a second process waits for the first (within the
 * busy timeout), then reads that nothing is left to do; and a failing migration leaves nothing behind.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
