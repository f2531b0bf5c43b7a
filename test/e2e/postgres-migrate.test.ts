import { tmpdir } from 'node:os';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../adapters/db/open-postgres.ts';
import { migrations } from '../../migrations/index.ts';
import { runRectrack } from '../support/run-rectrack.ts';
import {
  createServerDatabase,
  dropServerDatabase,
  serverDatabaseUrl,
  TEST_PG_URL,
} from '../support/test-databases.ts';

if (!TEST_PG_URL) {
  console.log('postgres-migrate: skipped, no real PostgreSQL (set RECTRACK_TEST_PG_URL; .ci/run does)');
}

/**
 * A deploy starts several instances at once, each running `rectrack migrate`: on PostgreSQL Kysely's
 * migrator holds an advisory lock while it migrates, so one applies the migrations and the others wait
 * and then find the schema current.
 */
describe.skipIf(!TEST_PG_URL)('rectrack migrate on PostgreSQL', () => {
  const databases: string[] = [];
  afterAll(async () => {
    for (const name of databases) await dropServerDatabase(name);
  });

  it('three at once on a new database all succeed, and apply each migration once', {
    timeout: 60_000,
  }, async () => {
    const name = await createServerDatabase();
    databases.push(name);
    const url = serverDatabaseUrl(name);
    const runs = await Promise.all(
      [1, 2, 3].map(() => runRectrack(['migrate'], { cwd: tmpdir(), env: { DATABASE_URL: url } })),
    );
    expect(
      runs.map((r) => r.code),
      runs.map((r) => r.stderr).join('\n'),
    ).toEqual([0, 0, 0]);
    const db = await openPostgres<unknown>(url, { poolSize: 1 });
    try {
      const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        db,
      );
      expect(rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
    } finally {
      await db.destroy();
    }
  });
});
