import type { CompiledQuery, DatabaseConnection, QueryResult } from 'kysely';
import { DeleteQueryNode, InsertQueryNode, RawNode, UpdateQueryNode } from 'kysely';
import type { Database, RunResult, Statement } from 'sqlite3';

/**
 * The single connection, as Kysely sees it. Not safe for concurrent use on its own: the driver's
 * mutex makes sure only one caller at a time has it.
 */
export class Sqlite3Connection implements DatabaseConnection {
  readonly #database: Database;

  constructor(database: Database) {
    this.#database = database;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const { sql } = compiledQuery;
    const parameters = compiledQuery.parameters.map(toSqliteValue);
    const kind = writeKind(compiledQuery);
    if (kind === undefined) {
      // `all` also runs statements that return nothing (DDL, BEGIN); it only lacks the counts.
      return { rows: await allRows<R>(this.#database, sql, parameters) };
    }
    const { changes, lastID } = await run(this.#database, sql, parameters);
    return {
      rows: [],
      numAffectedRows: BigInt(changes),
      // last_insert_rowid() is left over from some earlier insert unless this statement inserted.
      ...(kind === 'insert' ? { insertId: BigInt(lastID) } : {}),
    };
  }

  /** Steps a prepared statement a row at a time, so memory stays bounded by `chunkSize`. */
  async *streamQuery<R>(
    compiledQuery: CompiledQuery,
    chunkSize = 100,
  ): AsyncIterableIterator<QueryResult<R>> {
    if (!Number.isInteger(chunkSize) || chunkSize < 1) {
      throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
    }
    if (writeKind(compiledQuery) !== undefined) {
      throw new Error('Only statements that return rows can be streamed');
    }
    const statement = await prepare(
      this.#database,
      compiledQuery.sql,
      compiledQuery.parameters.map(toSqliteValue),
    );
    try {
      for (;;) {
        const rows: R[] = [];
        let row = await nextRow<R>(statement);
        while (row !== undefined) {
          rows.push(row);
          if (rows.length === chunkSize) break;
          row = await nextRow<R>(statement);
        }
        if (rows.length > 0) yield { rows };
        if (rows.length < chunkSize) return;
      }
    } finally {
      // Also runs when the consumer stops early; an unfinalized statement would keep a read lock.
      await finalize(statement);
    }
  }
}

/**
 * sqlite3's Statement cannot say whether it returns rows (better-sqlite3's `reader` has no
 * equivalent), so decide from Kysely's query node: insert/update/delete without `returning` are run
 * for their counts; everything else is read with `all`. Raw SQL is judged by its first keyword.
 */
function writeKind({ query, sql }: CompiledQuery): 'insert' | 'write' | undefined {
  if (InsertQueryNode.is(query) || UpdateQueryNode.is(query) || DeleteQueryNode.is(query)) {
    if (query.returning !== undefined || query.explain !== undefined) return undefined;
    return InsertQueryNode.is(query) ? 'insert' : 'write';
  }
  return RawNode.is(query) ? rawWriteKind(sql) : undefined;
}

const LEADING_SPACE_AND_COMMENTS = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;

// A miss here only loses the counts (the statement still runs through `all`), never rows.
function rawWriteKind(sql: string): 'insert' | 'write' | undefined {
  if (/\breturning\b/i.test(sql)) return undefined;
  const keyword = /^[a-z]+/i.exec(sql.replace(LEADING_SPACE_AND_COMMENTS, ''))?.[0]?.toLowerCase();
  if (keyword === 'insert' || keyword === 'replace') return 'insert';
  if (keyword === 'update' || keyword === 'delete') return 'write';
  return undefined;
}

type SqliteValue = string | number | null | Buffer;

/**
 * sqlite3 binds what it cannot handle silently: a bigint or undefined as NULL, an object or array
 * as the text '[object Object]', a Date as a float of milliseconds. Refuse those instead of
 * storing the wrong thing.
 */
function toSqliteValue(value: unknown): SqliteValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || Buffer.isBuffer(value)) {
    return value;
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') {
    if (value >= Number.MIN_SAFE_INTEGER && value <= Number.MAX_SAFE_INTEGER) return Number(value);
    throw new RangeError(`sqlite3 cannot bind ${value}: integers beyond 2^53 lose precision`);
  }
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  const type = value instanceof Date ? 'a Date' : value === undefined ? 'undefined' : `a ${typeof value}`;
  throw new TypeError(`sqlite3 cannot bind ${type}; convert it to text or a number first`);
}

function allRows<R>(database: Database, sql: string, parameters: SqliteValue[]): Promise<R[]> {
  return new Promise((resolve, reject) => {
    database.all<R>(sql, parameters, (error, rows) => (error ? reject(error) : resolve(rows)));
  });
}

function run(database: Database, sql: string, parameters: SqliteValue[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    database.run(sql, parameters, function (this: RunResult, error: Error | null) {
      if (error) reject(error);
      else resolve(this);
    });
  });
}

function prepare(database: Database, sql: string, parameters: SqliteValue[]): Promise<Statement> {
  return new Promise((resolve, reject) => {
    // The callback fires once the statement is prepared and bound, or with the first error.
    const statement = database.prepare(sql, parameters, (error: Error | null) =>
      error ? reject(error) : resolve(statement),
    );
  });
}

/** Each `get` without parameters steps the statement once; `undefined` means no more rows. */
function nextRow<R>(statement: Statement): Promise<R | undefined> {
  return new Promise((resolve, reject) => {
    statement.get<R>((error, row) => (error ? reject(error) : resolve(row)));
  });
}

function finalize(statement: Statement): Promise<void> {
  return new Promise((resolve) => {
    // Finalizing only reports the statement's last error, which the caller has already seen.
    statement.finalize(() => resolve());
  });
}
