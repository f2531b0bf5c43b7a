import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createKyselyInboxStore } from '../../adapters/db/inbox-store.ts';
import { readinessProblems } from '../../adapters/db/readiness.ts';
import { openTestDatabase, TEST_DATABASES } from '../support/test-databases.ts';

/** What /readyz reports, on each database rectrack runs on. */
describe.each(TEST_DATABASES)('readiness on %s', (kind) => {
  it('is ready on a migrated database with room in the inbox', async () => {
    const { db, close } = await openTestDatabase(kind);
    try {
      expect(await readinessProblems(db, { inboxLimit: 2 })).toEqual([]);
    } finally {
      await close();
    }
  });

  it('is not ready while the shared inbox is full', async () => {
    const { db, close } = await openTestDatabase(kind);
    try {
      const inbox = createKyselyInboxStore(db);
      for (const key of ['a', 'b']) {
        await inbox.accept(
          { id: key, source: 'slack', key, payload: '{}', receivedAt: '2024-03-14T10:00:00Z' },
          10,
        );
      }
      expect(await readinessProblems(db, { inboxLimit: 3 })).toEqual([]);
      expect(await readinessProblems(db, { inboxLimit: 2 })).toEqual([
        'the inbox is backed up: 2 requests waiting (INBOX_LIMIT 2)',
      ]);
    } finally {
      await close();
    }
  });

  it('is not ready while a migration this code needs is not applied, and names it', async () => {
    const { db, close } = await openTestDatabase(kind);
    const { rows } = await sql<{ name: string; timestamp: string }>`
      select name, timestamp from kysely_migration where name = '0010-item-teams'`.execute(db);
    try {
      await sql`delete from kysely_migration where name = '0010-item-teams'`.execute(db);
      expect(await readinessProblems(db, { inboxLimit: 2 })).toEqual([
        'migrations not applied: 0010-item-teams (run rectrack migrate)',
      ]);
    } finally {
      // The PostgreSQL databases are shared by the worker's later tests: put the record back.
      for (const row of rows) {
        await sql`insert into kysely_migration (name, timestamp) values (${row.name}, ${row.timestamp})`.execute(
          db,
        );
      }
      await close();
    }
  });

  it('is not ready when the database does not answer', async () => {
    if (kind !== 'sqlite') return;
    const { db } = await openTestDatabase(kind);
    await db.destroy();
    expect(await readinessProblems(db, { inboxLimit: 2 })).toEqual(['the database does not answer']);
  });
});
