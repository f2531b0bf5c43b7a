import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKyselyStore } from '../../adapters/db/kysely-store.ts';
import { migrateToLatest } from '../../adapters/db/migrate.ts';
import { openSqlite, openSqliteReaders } from '../../adapters/db/open-sqlite.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { type CoreDeps, handleMessage } from '../../src/core/handle-message.ts';
import type { Store } from '../../src/ports/store.ts';
import { fakeDocuments } from '../support/fake-documents.ts';
import { createFixedClock } from '../support/fixed-clock.ts';
import { createSequentialIds } from '../support/sequential-ids.ts';

/*
 * Commands that only read run in a read-only transaction on the read connections, beside updates;
 * anything that turns out to write (a newcomer, a view remembering its report) still runs, as a write.
 */
describe('commands that only read, on a SQLite file with read connections', () => {
  let dir: string;
  let db: Kysely<DB>;
  let reader: Kysely<DB>;
  let store: Store;
  let deps: CoreDeps;
  const say = (user: string, text: string) =>
    handleMessage(deps, {
      platform: 'console',
      workspace: { externalId: 'local', name: 'Local' },
      actor: { externalId: user, displayName: user },
      text,
    });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rectrack-reads-'));
    const path = join(dir, 'rectrack.sqlite');
    db = await openSqlite<DB>(path);
    await migrateToLatest(db);
    reader = await openSqliteReaders<DB>(path);
    store = createKyselyStore(db, { reader });
    deps = {
      store,
      clock: createFixedClock(new Date('2024-03-14T10:00:00Z')),
      ids: createSequentialIds('reads'),
      defaultTimeZone: 'Europe/London',
      documents: fakeDocuments,
    };
    await say('alice', 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023');
    await say('alice', 'add OSAEC23 "Train staff" due 31 October 2023');
    await say('alice', 'report new "Custody inspection" key CUST24 published 1 February 2024');
    await say('alice', 'add CUST24 "Fix the cells" due 31 October 2024');
  });

  /** The answer, or a failure if it waits (for the writer) for more than a few seconds. */
  const soon = <T>(answer: Promise<T>) =>
    Promise.race([
      answer,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('the read waited for the write lock')), 5000).unref(),
      ),
    ]);

  afterEach(async () => {
    await reader.destroy();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a list and a view while an update holds the write lock', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = () => {};
    const holding = new Promise<void>((resolve) => {
      started = resolve;
    });
    const writer = store.transaction(async () => {
      started();
      await held;
    });
    await holding;
    try {
      const reports = await soon(say('alice', 'reports'));
      expect(reports.kind).toBe('info');
      expect(JSON.stringify(reports)).toContain('OSAEC23');
      const overdue = await soon(say('alice', 'overdue'));
      expect(JSON.stringify(overdue)).toContain('Train staff');
    } finally {
      release();
      await writer;
    }
  });

  it('still remembers the report a view was about, so a bare number means it next', async () => {
    const view = await say('alice', 'CUST24-1');
    expect(view.kind).toBe('info');
    const update = await say('alice', '1 is blocked on funding');
    expect(update.kind).toBe('success');
    expect(update.text).toContain('CUST24-1');
    const other = await say('alice', 'OSAEC23-1');
    expect(other.kind).toBe('info');
    expect((await say('alice', '1 in progress')).text).toContain('OSAEC23-1');
  });

  it('makes someone new a member with their first command, even one that only reads', async () => {
    const workspace = await store.workspaces.findByExternal('console', 'local');
    expect(await store.members.findByExternal(workspace?.id ?? '', 'bob')).toBeUndefined();
    const mine = await say('bob', 'mine');
    expect(mine.kind).not.toBe('problem');
    expect((await store.members.findByExternal(workspace?.id ?? '', 'bob'))?.displayName).toBe('bob');
  });

  it('answers a mistyped command from the read connections too, and runs updates as before', async () => {
    const nonsense = await say('alice', 'what is this nonsense');
    expect(nonsense.kind).toBe('problem');
    const done = await say('alice', 'OSAEC23-1 done: all staff trained');
    expect(done.kind).toBe('success');
    expect(JSON.stringify(await say('alice', 'report OSAEC23'))).toMatch(/done/);
  });
});
