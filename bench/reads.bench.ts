/*
 * Reads at 1,000, 10,000 and 100,000 items: each list command through the whole core (grammar, store,
 * reply) on a real SQLite file, or on PostgreSQL with DATABASE_URL=postgres://... (bench-database.ts),
 * beside baselines measured in the same run: a bare `select 1`, and the old way of answering (every
 * matching item loaded and mapped). Run: npx tsx bench/reads.bench.ts (or npm run bench:reads);
 * ITEMS=1000,10000 to choose sizes. Results: docs/benchmarks.md.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createKyselyStore } from '../adapters/db/kysely-store.ts';
import { createDocumentReader } from '../adapters/documents/reader.ts';
import { handleMessage } from '../src/core/handle-message.ts';
import { createFixedClock } from '../test/support/fixed-clock.ts';
import { createSequentialIds } from '../test/support/sequential-ids.ts';
import { benchDatabaseName, openBenchDatabase } from './bench-database.ts';
import { seed } from './seed.ts';

const SIZES = (process.env.ITEMS ?? '1000,10000,100000').split(',').map(Number);
const RUNS = 25;

type Case = { name: string; run: (k: number) => Promise<unknown>; baseline?: boolean; runs?: number };

function quantiles(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

async function measure(c: Case): Promise<{ p50: number; p95: number }> {
  await c.run(0); // warm the statement cache and the page cache
  const samples: number[] = [];
  for (let k = 1; k <= (c.runs ?? RUNS); k++) {
    const start = performance.now();
    await c.run(k);
    samples.push(performance.now() - start);
  }
  return quantiles(samples);
}

const results = new Map<string, Map<number, { p50: number; p95: number }>>();
for (const size of SIZES) {
  const bench = await openBenchDatabase(`reads_${size}`);
  const { db } = bench;
  const seeded = performance.now();
  await seed(db, {
    prefix: 'bench',
    workspaces: 1,
    itemsPerWorkspace: size,
    reportsPerWorkspace: 20,
    membersPerWorkspace: 50,
  });
  await bench.seeded();
  console.error(`seeded ${size} items in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
  const store = createKyselyStore(db);
  const deps = {
    store,
    clock: createFixedClock(new Date('2024-03-14T10:00:00Z')),
    ids: createSequentialIds('bench'),
    defaultTimeZone: 'Europe/London',
    documents: createDocumentReader(),
  };
  const say = async (text: string) => {
    const reply = await handleMessage(deps, {
      platform: 'console',
      workspace: { externalId: 'bench0', name: 'Force 0' },
      actor: { externalId: 'alice', displayName: 'alice' },
      text,
    });
    if (reply.kind === 'problem') throw new Error(`${text}: ${reply.text}`);
    return reply;
  };
  const cases: Case[] = [
    { name: 'baseline: select 1', run: () => sql`select 1`.execute(db), baseline: true },
    {
      name: 'baseline: old overdue (every overdue item loaded)',
      run: () => store.items.listOpenDueBy('ws-0', '2024-03-13'),
      baseline: true,
      runs: 5,
    },
    {
      name: 'baseline: old report R1 (every item loaded)',
      run: () => store.items.listByReport('ws-0', 'ws-0-r0'),
      baseline: true,
      runs: 5,
    },
    { name: 'overdue', run: () => say('overdue') },
    { name: 'overdue page 3', run: () => say('overdue page 3') },
    { name: 'report R1', run: () => say('report R1') },
    { name: 'reports', run: () => say('reports') },
    { name: 'mine', run: () => say('mine') },
    { name: 'team Finance', run: () => say('team Finance') },
    { name: 'search officer training 42', run: () => say('search officer training 42') },
    {
      name: 'update (R1-5 in progress / blocked)',
      run: (k) => say(k % 2 ? 'R1-5 in progress: plan agreed' : 'R1-5 blocked: funding'),
    },
    {
      name: 'add R2 "..." due 30 June 2025',
      run: (k) => say(`add R2 "Forces should do thing ${k}" due 30 June 2025`),
      runs: 10,
    },
  ];
  for (const c of cases) {
    const row = results.get(c.name) ?? new Map();
    row.set(size, await measure(c));
    results.set(c.name, row);
  }
  await bench.close();
}

const cell = (v: { p50: number; p95: number } | undefined) =>
  v ? `${v.p50.toFixed(1)} / ${v.p95.toFixed(1)}` : '';
console.log(
  `| ${benchDatabaseName()}, ms, p50 / p95 | ${SIZES.map((s) => `${s.toLocaleString('en-GB')} items`).join(' | ')} |`,
);
console.log(`| --- | ${SIZES.map(() => '---').join(' | ')} |`);
for (const [name, row] of results)
  console.log(`| ${name} | ${SIZES.map((s) => cell(row.get(s))).join(' | ')} |`);
