import { openPostgres } from './open-postgres.ts';
import { DatabaseUnusableError, explainOpenError } from './open-problems.ts';
import { openSqlite } from './open-sqlite.ts';
import { explainPostgresError } from './postgres-problems.ts';
import type { Database, DB } from './schema.ts';

/** Which database DATABASE_URL names (src/config.ts reads it). */
export type DatabaseSetting = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export type OpenOptions = {
  /** A PostgreSQL connection broke while idle; the pool replaces it, so this only reports it. */
  onIdleError?: (error: Error) => void;
};

/**
 * Opens the database the setting names with the dialect for it: SQLite through sqlite3 on one
 * machine, PostgreSQL through a `pg` pool for several instances. The same migrations and stores run
 * on both. A database that can't be used throws DatabaseUnusableError saying why.
 */
export async function openDatabase(setting: DatabaseSetting, options: OpenOptions = {}): Promise<Database> {
  try {
    return setting.kind === 'sqlite'
      ? await openSqlite<DB>(setting.path)
      : await openPostgres<DB>(setting.url, options.onIdleError ? { onIdleError: options.onIdleError } : {});
  } catch (error) {
    throw explainUnusable(error, setting);
  }
}

/** The error as the operator's problem when it is one (DatabaseUnusableError), else unchanged. */
export function explainUnusable(error: unknown, setting: DatabaseSetting): unknown {
  const where = describeDatabase(setting);
  const problem =
    setting.kind === 'sqlite' ? explainOpenError(error, setting.path) : explainPostgresError(error, where);
  return problem ? new DatabaseUnusableError(problem, { cause: error }) : error;
}

/** The database for logs and messages: the SQLite path, or the PostgreSQL URL without its password. */
export function describeDatabase(setting: DatabaseSetting): string {
  if (setting.kind === 'sqlite') return setting.path;
  const url = new URL(setting.url);
  if (url.password !== '') url.password = '***';
  return url.toString();
}
