/**
 * Prints throughput and latency figures for the grammar and for whole commands on a real SQLite
 * file, each next to a baseline measured in the same run (machines here are shared and noisy, so
 * only the ratios mean much). Run: npm run bench
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createKyselyStore } from '../adapters/db/kysely-store.ts';
import { migrateToLatest } from '../adapters/db/migrate.ts';
import { openSqlite } from '../adapters/db/open-sqlite.ts';
import type { DB } from '../adapters/db/schema.ts';
import { createDocumentReader } from '../adapters/documents/reader.ts';
import { systemClock } from '../adapters/system/clock.ts';
import { randomIds } from '../adapters/system/ids.ts';
import { normalize } from '../src/core/grammar/normalize.ts';
import { parseCommand } from '../src/core/grammar/parse.ts';
import { handleMessage } from '../src/core/handle-message.ts';

const INPUTS = [
  'OSAEC23-5 in progress: training plan approved',
  'OSAEC23-5 is done, all staff trained, evidence https://example.org/x',
  '14 is blocked on funding',
  'move OSAEC23-14 to end of June because the tool slipped',
  'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55',
  'overdue',
  'what is this nonsense',
];

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms`;
}

async function time(n: number, fn: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

const ctx = { now: new Date('2024-03-14T10:00:00Z'), timeZone: 'Europe/London' };
const rounds = 20_000;
const base = await time(rounds, (i) => normalize(INPUTS[i % INPUTS.length] ?? ''));
const parse = await time(rounds, (i) => parseCommand(INPUTS[i % INPUTS.length] ?? '', ctx));
const perOp = (s: number[]) => (s.reduce((a, b) => a + b, 0) / s.length) * 1000;
console.log(
  `grammar: parseCommand ${perOp(parse).toFixed(1)} µs/op vs normalize-only baseline ${perOp(base).toFixed(1)} µs/op`,
);

const dir = mkdtempSync(join(tmpdir(), 'rectrack-bench-'));
const db = await openSqlite<DB>(join(dir, 'bench.sqlite'));
await migrateToLatest(db);
const deps = {
  store: createKyselyStore(db),
  clock: systemClock,
  ids: randomIds,
  defaultTimeZone: 'Europe/London',
  documents: createDocumentReader(),
};
const say = (text: string) =>
  handleMessage(deps, {
    platform: 'console',
    workspace: { externalId: 'bench', name: 'Bench' },
    actor: { externalId: 'alice', displayName: 'alice' },
    text,
  });

const ITEMS = 1_000;
await say('report new "Bench report" key BENCH published 1 January 2020');
const add = await time(ITEMS, (i) =>
  say(`add BENCH "Chief Constables should do thing ${i}" due ${1 + (i % 28)} March 2021`),
);
const roundTrip = await time(500, () => sql`select 1`.execute(db));
const update = await time(500, (i) =>
  say(`BENCH-${1 + (i % ITEMS)} ${i % 2 ? 'in progress' : 'blocked: funding'}`),
);
const overdue = await time(50, () => say('overdue'));
const report = await time(50, () => say('report BENCH'));
const search = await time(50, () => say('search funding thing 5'));
console.log(`sqlite file: baseline select 1 round trip: ${stats(roundTrip)}`);
console.log(`sqlite file: add item (1,000 times): ${stats(add)}`);
console.log(`sqlite file: status update (500 times): ${stats(update)}`);
console.log(`sqlite file: overdue over ${ITEMS} items: ${stats(overdue)}`);
console.log(`sqlite file: report with ${ITEMS} items: ${stats(report)}`);
console.log(`sqlite file: search over ${ITEMS} items and their notes: ${stats(search)}`);
await db.destroy();
rmSync(dir, { recursive: true, force: true });
