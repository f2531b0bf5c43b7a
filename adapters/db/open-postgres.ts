import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';

export type PostgresOptions = {
  /** Connections this instance keeps at most; several instances share the server's max_connections. */
  poolSize?: number;
  /** An idle connection broke (the server restarted, a network blip): the pool replaces it. */
  onIdleError?: (error: Error) => void;
};

/**
 * Connects to PostgreSQL through a `pg` pool and checks the server answers, so a wrong host or
 * password fails at start rather than on the first command. `destroy()` on the result ends the pool.
 */
export async function openPostgres<DB>(url: string, options: PostgresOptions = {}): Promise<Kysely<DB>> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // Seen in pg_stat_activity, so an operator can tell rectrack's connections from others.
    application_name: 'rectrack',
    // A server that does not answer is reported within seconds, not after the OS's TCP timeout.
    connectionTimeoutMillis: 10_000,
    // A statement stuck this long is a bug or a lock held by hand; fail it rather than hang a turn.
    statement_timeout: 30_000,
  });
  // Without a listener, pg's error event on an idle connection would end the process.
  pool.on('error', (error) => options.onIdleError?.(error));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}
