import { type Kysely, type MigrationProvider, type MigrationResult, Migrator } from 'kysely';
import { migrations } from '../../migrations/index.ts';

/** The migrations as Kysely's Migrator wants them; exported for tests that migrate down. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...migrations }),
};

/**
 * Brings the schema up to date and returns the names of the migrations it applied (none when already
 * current, so running it at every start is safe). Throws, naming the migration that failed.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) throw migrationError(error, results);
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

function migrationError(error: unknown, results: readonly MigrationResult[]): Error {
  const failed = results.filter((result) => result.status === 'Error').map((result) => result.migrationName);
  const skipped = results
    .filter((result) => result.status === 'NotExecuted')
    .map((result) => result.migrationName);
  const reason = error instanceof Error ? error.message : String(error);
  const where = failed.length > 0 ? `migration ${failed.join(', ')} failed` : 'migrations could not start';
  const rest = skipped.length > 0 ? `; not applied: ${skipped.join(', ')}` : '';
  return new Error(`Database migration failed: ${where}: ${reason}${rest}`, { cause: error });
}
