import { type Kysely, PostgresAdapter } from 'kysely';

/**
 * Whether this database speaks PostgreSQL (a server through `pg`, or PGlite in tests). The stores ask
 * only where the two databases differ in behaviour (transaction isolation, row locks); the SQL they
 * write is otherwise the same for both.
 */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
