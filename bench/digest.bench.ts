/*
 * Digest figures: building and rendering a digest of many overdue items on a SQLite file, and what an
 * idle scheduler tick costs with many subscriptions. Run with: npx tsx bench/digest.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKyselyStore } from '../adapters/db/kysely-store.ts';
import { migrateToLatest } from '../adapters/db/migrate.ts';
import { openSqlite } from '../adapters/db/open-sqlite.ts';
import type { DB } from '../adapters/db/schema.ts';
import { createDocumentReader } from '../adapters/documents/reader.ts';
import { createCronCalendar } from '../adapters/scheduler/cron-calendar.ts';
import { renderReply } from '../adapters/slack/render.ts';
import { buildDigest } from '../src/core/digest/content.ts';
import { DEFAULT_POLICY } from '../src/core/digest/policy.ts';
import { runDeliveries } from '../src/core/digest/tick.ts';
import { handleMessage } from '../src/core/handle-message.ts';
import type { Messenger } from '../src/ports/messenger.ts';
import { createFixedClock } from '../test/support/fixed-clock.ts';
import { createSequentialIds } from '../test/support/sequential-ids.ts';
import { silentLogger } from '../test/support/silent-logger.ts';

const dir = mkdtempSync(join(tmpdir(), 'rectrack-digest-bench-'));
const db = await openSqlite<DB>(join(dir, 'bench.sqlite'));
await migrateToLatest(db);
const store = createKyselyStore(db);
const clock = createFixedClock(new Date('2024-03-14T10:00:00Z'));
const schedules = createCronCalendar();
const deps = {
  store,
  clock,
  ids: createSequentialIds('bench'),
  defaultTimeZone: 'Europe/London',
  documents: createDocumentReader(),
  schedules,
};
const say = (text: string, channel?: string) =>
  handleMessage(deps, {
    platform: 'console',
    workspace: { externalId: 'local', name: 'Local' },
    actor: { externalId: 'alice', displayName: 'alice' },
    text,
    ...(channel ? { channel: { address: { platform: 'console', channel }, name: channel } } : {}),
  });

const time = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await fn();
  console.log(`${label.padEnd(58)} ${(performance.now() - started).toFixed(1).padStart(8)} ms`);
  return result;
};

await say('report new "Bench" key BENCH published 1 January 2024');
const workspace = await store.workspaces.findByExternal('console', 'local');
const report = workspace ? await store.reports.findByKey(workspace.id, 'BENCH') : undefined;
if (!workspace || !report) throw new Error('no workspace');
let added = 0;
for (const total of [500, 5000]) {
  await store.transaction(async (tx) => {
    for (let n = added + 1; n <= total; n++) {
      const at = clock.now().toISOString();
      await tx.items.insert({
        id: `item-${n}`,
        workspaceId: workspace.id,
        reportId: report.id,
        ref: String(n),
        kind: 'recommendation',
        label: null,
        number: n,
        text: `Recommendation ${n}: forces should make sure every officer has had the training, and check it is used.`,
        addressees: [],
        disposition: null,
        parentId: null,
        ownerId: null,
        ownerTeam: null,
        status: 'in_progress',
        blockedReason: null,
        dueOn: `2024-02-${String(1 + (n % 28)).padStart(2, '0')}`,
        forceResponse: null,
        pccResponse: null,
        createdAt: at,
        updatedAt: at,
      });
    }
  });
  added = total;
  await say('digest weekly Monday 9am', 'bench');
  const subscription = (await store.digests.subscriptions.list(workspace.id))[0];
  if (!subscription) throw new Error('no subscription');
  const digest = await time(`build a digest of ${total} overdue items`, () =>
    store.transaction((tx) =>
      buildDigest({
        store: tx,
        workspace,
        subscription,
        now: clock.now(),
        since: '2024-03-07T00:00:00.000Z',
        slotAt: clock.now().toISOString(),
        late: false,
        manual: false,
        unreachable: [],
      }),
    ),
  );
  const messages = await time('render it for Slack', async () => renderReply(digest.reply));
  console.log(
    `  -> ${digest.reply.blocks.length} blocks in the reply, ${messages.length} Slack messages of <= 50 blocks`,
  );
}

for (let n = 0; n < 20; n++) await say('digest daily 9am', `channel-${n}`);
const silent: Messenger = { postToChannel: async () => ({ refs: [] }), sendDirect: async () => 'sent' };
const tickDeps = {
  store,
  clock,
  schedules,
  messengers: { console: silent },
  logger: silentLogger,
  instance: 'bench',
  policy: DEFAULT_POLICY,
};
clock.set(new Date('2024-03-15T09:00:00Z'));
await time('tick delivering 21 digests of 5000 items each', () => runDeliveries(tickDeps));
clock.set(new Date('2024-03-15T09:00:30Z'));
await time('idle tick, 21 subscriptions (all done)', () => runDeliveries(tickDeps));

await db.destroy();
rmSync(dir, { recursive: true, force: true });
