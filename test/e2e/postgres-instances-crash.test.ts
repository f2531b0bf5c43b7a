import { afterAll, describe, expect, it } from 'vitest';
import { runInstancesCrash } from '../support/instances-crash.ts';
import {
  createServerDatabase,
  dropServerDatabase,
  serverDatabaseUrl,
  TEST_PG_URL,
} from '../support/test-databases.ts';

if (!TEST_PG_URL) {
  console.log(
    'postgres-instances-crash: skipped, no real PostgreSQL (set RECTRACK_TEST_PG_URL; .ci/run does)',
  );
}

/**
 * Three real `rectrack serve` processes on one PostgreSQL, one killed with kill -9 during a burst: the
 * survivors take over its inbox claims and its digest runs, nothing is done twice, and every
 * acknowledged command is answered (RECTRACK_TEST_SERVE_LOGS=DIR keeps the servers' logs).
 */
describe.skipIf(!TEST_PG_URL)('three rectrack processes on one PostgreSQL, one killed mid-burst', () => {
  const databases: string[] = [];
  afterAll(async () => {
    for (const name of databases) await dropServerDatabase(name);
  });

  it('apply every acknowledged command once and post every digest slot once', {
    timeout: 300_000,
  }, async () => {
    const name = await createServerDatabase();
    databases.push(name);
    const figures = await runInstancesCrash({
      databaseUrl: serverDatabaseUrl(name),
      commands: 60,
      killAfter: 20,
    });
    console.log('three instances, one killed', figures);
    expect(figures.acknowledged).toBeGreaterThanOrEqual(20);
    expect(figures.lost).toBe(0);
    expect(figures.answeredTwiceUnmarked).toBe(0);
    expect(figures.appliedOnce).toBe(figures.acknowledged);
    expect(figures.appliedTwiceOrMore).toBe(0);
    expect(figures.digestPosts).toBeGreaterThanOrEqual(2);
    expect(figures.digestPostedTwice).toBe(0);
    expect(figures.sentButNotPosted).toBe(0);
  });
});
