import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKyselyStore } from '../../adapters/db/kysely-store.ts';
import { migrateToLatest } from '../../adapters/db/migrate.ts';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { createCronCalendar } from '../../adapters/scheduler/cron-calendar.ts';
import type { CoreDeps } from '../../src/core/handle-message.ts';
import { BUSY, createTurnPipeline, SORRY } from '../../src/core/turn.ts';
import type { Logger } from '../../src/ports/logger.ts';
import { fakeDocuments } from '../support/fake-documents.ts';
import { createFixedClock } from '../support/fixed-clock.ts';
import { createSequentialIds } from '../support/sequential-ids.ts';

const REGISTER = 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS';

/**
 * Two connections to one SQLite file, as two rectrack processes would have: one holds the write lock
 * while the other answers a command through the turn pipeline.
 */
describe('a database kept busy by another writer', () => {
  let dir: string;
  let app: Kysely<DB>;
  let other: Kysely<DB>;
  const warnings: string[] = [];
  const errors: string[] = [];
  const logger: Logger = {
    info: () => {},
    warn: (message) => warnings.push(message),
    error: (message) => errors.push(message),
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rectrack-busy-'));
    const file = join(dir, 'rectrack.sqlite');
    // A short busy_timeout keeps the test quick; the retries are what is under test.
    app = await openSqlite<DB>(file, { busyTimeoutMs: 50 });
    await migrateToLatest(app);
    other = await openSqlite<DB>(file, { busyTimeoutMs: 50 });
    warnings.length = 0;
    errors.length = 0;
  });
  afterEach(async () => {
    await app.destroy();
    await other.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  function pipeline() {
    const deps: CoreDeps = {
      store: createKyselyStore(app, { backoffMs: [100, 200] }),
      clock: createFixedClock(new Date('2024-03-14T10:00:00Z')),
      ids: createSequentialIds('busy'),
      defaultTimeZone: 'Europe/London',
      documents: fakeDocuments,
      schedules: createCronCalendar(),
    };
    return createTurnPipeline(deps, logger);
  }
  const say = (text: string) =>
    pipeline().answer({
      platform: 'console',
      workspace: { externalId: 'local', name: 'Local' },
      actor: { externalId: 'alice', displayName: 'alice', platformAdmin: false },
      text,
      mentions: [],
    });

  /** The other connection takes the write lock and keeps it until `release()`. */
  async function holdWriteLock() {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const taken = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const done = other.transaction().execute(async () => {
      locked();
      await released;
    });
    await taken;
    return async () => {
      release();
      await done;
    };
  }

  it('waits and tries again when the lock is freed a moment later: the command is applied', async () => {
    const release = await holdWriteLock();
    // Freed after the first try's busy wait has run out, before the retries are spent.
    setTimeout(() => void release(), 150);
    const reply = await say(REGISTER);
    expect(reply.kind).toBe('success');
    expect(reply.text).toContain('Registered OSAEC23');
    expect(errors).toEqual([]);
  });

  it('says "busy, try again in a moment" (not the bug apology) when the lock outlasts the retries', async () => {
    const release = await holdWriteLock();
    try {
      const reply = await say(REGISTER);
      expect(reply).toMatchObject({ kind: 'problem', code: 'store.busy', text: BUSY });
      expect(reply.text).not.toBe(SORRY);
      expect(BUSY).toMatch(/^rectrack is busy, please try again in a moment/);
      expect(warnings).toEqual(['console command not run: the database is busy']);
      expect(errors).toEqual([]);
    } finally {
      await release();
    }
    // Nothing was half-done: once free, the same command works.
    expect((await say(REGISTER)).text).toContain('Registered OSAEC23');
  });
});
