/*
 * One digest slot: 1,000 subscriptions (5 channels in each of 200 workspaces) due at the same Monday
 * 09:00, over 10,000 and then 100,000 items, through the scheduler's core (runDeliveries) on a real
 * SQLite file (or on PostgreSQL with DATABASE_URL=postgres://..., bench-database.ts), with a messenger that takes PLATFORM_MS (default 0 and 20) to answer each post. Beside it,
 * in the same run, the baseline: digests built one by one, each reading its workspace alone (the way
 * before slots shared a snapshot), timed over 100 subscriptions and scaled to 1,000.
 * Run: npx tsx bench/digest-slot.bench.ts (or npm run bench:slot). Results: docs/benchmarks.md.
 */
import { performance } from 'node:perf_hooks';
import { createKyselyStore } from '../adapters/db/kysely-store.ts';
import { createCronCalendar } from '../adapters/scheduler/cron-calendar.ts';
import { buildDigest } from '../src/core/digest/content.ts';
import { DEFAULT_POLICY } from '../src/core/digest/policy.ts';
import { runDeliveries } from '../src/core/digest/tick.ts';
import type { Messenger } from '../src/ports/messenger.ts';
import { createFixedClock } from '../test/support/fixed-clock.ts';
import { silentLogger } from '../test/support/silent-logger.ts';
import { benchDatabaseName, openBenchDatabase } from './bench-database.ts';
import { seed } from './seed.ts';

const WORKSPACES = 200;
const PER_WORKSPACE = 5;
const SIZES = (process.env.ITEMS ?? '10000,100000').split(',').map(Number);
const LATENCIES = (process.env.PLATFORM_MS ?? '0,20').split(',').map(Number);
const SLOT = new Date('2024-03-18T09:00:00Z');

const rows: string[] = [];
for (const size of SIZES) {
  for (const latency of LATENCIES) {
    const bench = await openBenchDatabase(`slot_${size}_${latency}`);
    const { db } = bench;
    await seed(db, {
      prefix: 'slot',
      workspaces: WORKSPACES,
      itemsPerWorkspace: size / WORKSPACES,
      reportsPerWorkspace: 5,
      membersPerWorkspace: 20,
      subscriptionsPerWorkspace: PER_WORKSPACE,
    });
    await bench.seeded();
    const store = createKyselyStore(db);
    const clock = createFixedClock(new Date(SLOT.getTime() + 5_000));
    let posts = 0;
    let blocks = 0;
    const messenger: Messenger = {
      async postToChannel(_workspace, _address, reply) {
        posts++;
        blocks += reply.blocks.length;
        if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
        return { refs: [] };
      },
      sendDirect: async () => 'sent',
    };
    const deps = {
      store,
      clock,
      schedules: createCronCalendar(),
      messengers: { console: messenger },
      logger: silentLogger,
      instance: 'bench',
      // Reminders go out at 23:00 here, so this slot times digests alone.
      policy: { ...DEFAULT_POLICY, reminderCron: '0 23 * * *' },
    };

    let baseline = '';
    if (latency === LATENCIES[0]) {
      const active = (await store.digests.subscriptions.listActive()).slice(0, 100);
      const started = performance.now();
      for (const { subscription, workspace } of active) {
        await buildDigest({
          store,
          workspace,
          subscription,
          now: clock.now(),
          since: '2024-03-11T09:00:00.000Z',
          slotAt: SLOT.toISOString(),
          late: false,
          manual: false,
          unreachable: [],
        });
      }
      const each = (performance.now() - started) / active.length;
      baseline = `${((each * WORKSPACES * PER_WORKSPACE) / 1000).toFixed(2)} s (${each.toFixed(2)} ms each, building only)`;
    }
    const started = performance.now();
    const summary = await runDeliveries(deps);
    const took = performance.now() - started;
    if (summary.sent !== WORKSPACES * PER_WORKSPACE) throw new Error(`sent ${summary.sent}`);
    rows.push(
      `| ${size.toLocaleString('en-GB')} | ${latency} ms | ${(took / 1000).toFixed(2)} s | ${(took / summary.sent).toFixed(2)} ms | ${posts} | ${(blocks / posts).toFixed(0)} | ${baseline} |`,
    );
    await bench.close();
  }
}
console.log(
  `| ${benchDatabaseName()}: items (200 workspaces) | platform answers in | slot of 1,000 digests | per subscription | posts | blocks a digest | baseline: one by one, each reading its workspace |`,
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
