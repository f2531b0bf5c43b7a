import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKyselyInboxStore } from '../../adapters/db/inbox-store.ts';
import { createKyselyStore } from '../../adapters/db/kysely-store.ts';
import { migrateToLatest } from '../../adapters/db/migrate.ts';
import { openPostgres } from '../../adapters/db/open-postgres.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { createCronCalendar } from '../../adapters/scheduler/cron-calendar.ts';
import { createScheduler } from '../../adapters/scheduler/scheduler.ts';
import { randomIds } from '../../adapters/system/ids.ts';
import { type CoreDeps, handleMessage } from '../../src/core/handle-message.ts';
import { replay } from '../../src/core/model/history.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import { createRecordingMessenger } from '../support/digest-harness.ts';
import { fakeDocuments } from '../support/fake-documents.ts';
import { createFixedClock } from '../support/fixed-clock.ts';
import { silentLogger } from '../support/silent-logger.ts';
import {
  createServerDatabase,
  dropServerDatabase,
  serverDatabaseUrl,
  TEST_PG_URL,
} from '../support/test-databases.ts';

/**
 * Several rectrack instances on one PostgreSQL server, each with its own connection pool, as behind a
 * load balancer: what SQLite's single writer never lets happen (two commands on one item at the same
 * moment, a redelivery landing on another instance, two schedulers at one slot, claims racing) must
 * still change each thing once. PGlite has one connection, so this needs a real server.
 */
const INSTANCES = 3;

if (!TEST_PG_URL) {
  console.log('postgres-instances: skipped, no real PostgreSQL (set RECTRACK_TEST_PG_URL; .ci/run does)');
}

describe.skipIf(!TEST_PG_URL)('three instances on one PostgreSQL server', () => {
  const clock = createFixedClock(new Date('2024-03-14T10:00:00Z'));
  let name = '';
  const pools: Kysely<DB>[] = [];
  let instances: CoreDeps[] = [];

  beforeAll(async () => {
    name = await createServerDatabase();
    for (let i = 0; i < INSTANCES; i++) pools.push(await openPostgres<DB>(serverDatabaseUrl(name)));
    await migrateToLatest(pools[0] as Kysely<DB>);
    instances = pools.map((db) => ({
      store: createKyselyStore(db),
      clock,
      ids: randomIds,
      defaultTimeZone: 'Europe/London',
      documents: fakeDocuments,
      schedules: createCronCalendar(),
    }));
  });

  afterAll(async () => {
    await Promise.all(pools.map((db) => db.destroy()));
    if (name) await dropServerDatabase(name);
  });

  /** `user` types `text` in `workspace`, and instance `n` (of the three) takes it. */
  const say = (n: number, workspace: string, user: string, text: string, idempotencyKey?: string) =>
    handleMessage(instances[n % INSTANCES] as CoreDeps, {
      platform: 'console',
      workspace: { externalId: workspace, name: workspace },
      actor: { externalId: user, displayName: user, platformAdmin: false },
      text,
      mentions: [],
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });

  const seed = async (workspace: string): Promise<{ workspaceId: string; itemId: string }> => {
    for (const text of [
      'report new "Shared inspection" key SHARED published 1 February 2024 publisher HMICFRS',
      'add SHARED "Forces should share one database" due 1 March 2027',
    ]) {
      const reply = await say(0, workspace, 'alice', text);
      expect(reply.kind, reply.text).toBe('success');
    }
    const store = instances[0]?.store;
    const ws = await store?.workspaces.findByExternal('console', workspace);
    const report = ws && (await store?.reports.findByKey(ws.id, 'SHARED'));
    const item = ws && report && (await store?.items.findByRef(ws.id, report.id, '1'));
    if (!ws || !item) throw new Error('seeding failed');
    return { workspaceId: ws.id, itemId: item.id };
  };

  it('commands on one item at once all land in its history, and its state is the replay of it', async () => {
    const { workspaceId, itemId } = await seed('concurrent');
    // Notes and status changes from all three instances at once, each with words of its own.
    const texts = Array.from({ length: 24 }, (_, i) =>
      i % 3 === 0
        ? `SHARED-1 blocked: waiting ${i}`
        : i % 3 === 1
          ? `SHARED-1 in progress`
          : `SHARED-1 note: n${i}`,
    );
    const replies: Reply[] = await Promise.all(texts.map((text, i) => say(i, 'concurrent', 'alice', text)));
    // A note is always taken; a status change may be refused as no change, never fail.
    for (const [i, reply] of replies.entries()) {
      if (texts[i]?.includes('note:')) expect(reply.kind, `${texts[i]}: ${reply.text}`).toBe('success');
    }

    const store = instances[1]?.store;
    const history = (await store?.updates.listByItem(workspaceId, itemId)) ?? [];
    for (const [i, text] of texts.entries()) {
      const words = /: (.+)$/.exec(text)?.[1];
      if (words && replies[i]?.kind === 'success') {
        expect(
          history.filter((u) => u.note === words),
          text,
        ).toHaveLength(1);
      }
    }
    const notes = texts.filter((t) => t.includes('note:')).length;
    expect(history.filter((u) => u.kind === 'comment')).toHaveLength(notes);
    const item = await store?.items.findById(workspaceId, itemId);
    const { status, ownerId, ownerTeam, blockedReason } = item ?? {};
    expect({ status, ownerId, ownerTeam, blockedReason }).toEqual(replay(history));
  });

  it('a delivery that lands on every instance at once is applied once, and each answers the same', async () => {
    const { workspaceId, itemId } = await seed('redelivered');
    const replies = await Promise.all(
      Array.from({ length: INSTANCES }, (_, n) =>
        say(n, 'redelivered', 'alice', 'SHARED-1 note: once only', 'evt-1'),
      ),
    );
    expect(new Set(replies.map((r) => r.text)).size).toBe(1);
    expect(replies[0]?.kind).toBe('success');
    const history = (await instances[2]?.store.updates.listByItem(workspaceId, itemId)) ?? [];
    expect(history.filter((u) => u.note === 'once only')).toHaveLength(1);
  });

  it('three schedulers ticking at one slot post its digest once', async () => {
    await seed('digests');
    const reply = await handleMessage(instances[0] as CoreDeps, {
      platform: 'console',
      workspace: { externalId: 'digests', name: 'digests' },
      actor: { externalId: 'alice', displayName: 'alice', platformAdmin: false },
      text: 'digest weekly Monday 9am',
      mentions: [],
      channel: { address: { platform: 'console', channel: 'recs' }, name: 'recs' },
    });
    expect(reply.kind, reply.text).toBe('success');
    const out = createRecordingMessenger(() => clock.now());
    const schedulers = instances.map((deps, n) =>
      createScheduler({
        store: deps.store,
        clock,
        schedules: createCronCalendar(),
        messengers: { console: out.messenger },
        logger: silentLogger,
        instance: `instance-${n}`,
      }),
    );
    clock.set(new Date('2024-03-18T09:00:00Z'));
    for (let round = 0; round < 3; round++) await Promise.all(schedulers.map((s) => s.tick()));
    expect(out.channel()).toHaveLength(1);
    clock.set(new Date('2024-03-25T09:00:05Z'));
    for (let round = 0; round < 3; round++) await Promise.all(schedulers.map((s) => s.tick()));
    expect(out.channel().map((p) => p.at)).toEqual(['2024-03-18T09:00:00.000Z', '2024-03-25T09:00:05.000Z']);
  });

  it('claimers racing for the inbox each take different entries, and together take them all', async () => {
    const inboxes = pools.map((db) => createKyselyInboxStore(db));
    const now = '2024-03-14T10:00:00.000Z';
    for (let i = 0; i < 30; i++) {
      const key = `race-${String(i).padStart(2, '0')}`;
      const entry = { id: `inbox-${key}`, source: 'slack' as const, key, payload: '{}', receivedAt: now };
      expect(await inboxes[0]?.accept(entry, 1000)).toBe('accepted');
    }
    const claims = await Promise.all(
      inboxes.map((inbox, n) =>
        inbox.claim({
          owner: `instance-${n}`,
          until: '2024-03-14T10:01:00.000Z',
          now,
          max: 10,
          sources: ['slack'],
        }),
      ),
    );
    const ids = claims.flat().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(30);
  });
});
