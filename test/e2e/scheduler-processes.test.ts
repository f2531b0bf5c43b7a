import { type ChildProcess, spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createKyselyStore } from '../../adapters/db/kysely-store.ts';
import { migrateToLatest } from '../../adapters/db/migrate.ts';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { createCronCalendar } from '../../adapters/scheduler/cron-calendar.ts';
import { handleMessage } from '../../src/core/handle-message.ts';
import { fakeDocuments } from '../support/fake-documents.ts';
import { createFixedClock } from '../support/fixed-clock.ts';
import { createSequentialIds } from '../support/sequential-ids.ts';

const root = join(import.meta.dirname, '..', '..');
const worker = join(root, 'test', 'support', 'scheduler-worker.ts');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const calendar = createCronCalendar();
const RECS = { platform: 'console', channel: 'recs' };
const DAILY = { platform: 'console', channel: 'daily' };
const SIX_HOURLY = { platform: 'console', channel: 'six-hourly' };

type Said = { text: string; channel?: { platform: string; channel: string } };

/** A fresh SQLite file, migrated and seeded through the real core at `at`, then closed. */
async function seededFile(at: string, said: Said[]): Promise<{ dir: string; db: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'rectrack-scheduler-'));
  dirs.push(dir);
  const db = join(dir, 'rectrack.sqlite');
  const kysely = await openSqlite<DB>(db);
  await migrateToLatest(kysely);
  const deps = {
    store: createKyselyStore(kysely),
    clock: createFixedClock(new Date(at)),
    ids: createSequentialIds('seed'),
    defaultTimeZone: 'Europe/London',
    documents: fakeDocuments,
    schedules: calendar,
  };
  const seed = [
    'report new "Online CSAE inspection" key OSAEC23 published 1 February 2024 s55',
    'add OSAEC23 "Chief Constables should review training" due 1 March 2024',
    'add OSAEC23 "Forces should share data" due 20 March 2024',
    'assign OSAEC23-1 @bob',
    'assign OSAEC23-2 @carol',
  ];
  const lines: Said[] = [...seed.map((text) => ({ text })), ...said];
  for (const line of lines) {
    const reply = await handleMessage(deps, {
      platform: 'console',
      workspace: { externalId: 'local', name: 'Local console' },
      actor: { externalId: 'alice', displayName: 'alice' },
      text: line.text,
      ...(line.channel ? { channel: { address: line.channel, name: line.channel.channel } } : {}),
    });
    if (reply.kind === 'problem') throw new Error(`${line.text}: ${reply.text}`);
  }
  await kysely.destroy();
  return { dir, db };
}

type Exit = { code: number | null; signal: NodeJS.Signals | null; stderr: string };

function start(args: string[]): { child: ChildProcess; done: Promise<Exit> } {
  const child = spawn(process.execPath, ['--import', 'tsx', worker, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const done = new Promise<Exit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return { child, done };
}

/** One process that ticks once at each instant, in order, and exits. */
async function ticks(
  file: { dir: string; db: string },
  id: string,
  at: string[],
  extra: string[] = [],
): Promise<Exit> {
  return start(['--db', file.db, '--out', file.dir, '--id', id, ...at.flatMap((t) => ['--at', t]), ...extra])
    .done;
}

type Record = {
  worker: string;
  kind: 'channel' | 'direct';
  to: unknown;
  heading: string;
  late?: boolean;
  at: string;
};

function records(dir: string): Record[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record),
    )
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

function slotsBetween(cron: string, zone: string, from: string, to: string): string[] {
  const slots: string[] = [];
  let next = calendar.nextAfter(cron, zone, new Date(from));
  while (next && next.toISOString() <= to) {
    slots.push(next.toISOString());
    next = calendar.nextAfter(cron, zone, next);
  }
  return slots;
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
}

/** Real processes on one SQLite file: what the run ledger promises when instances race, die and restart. */
describe('the scheduler in several processes on one SQLite file', () => {
  it('five processes over a simulated week deliver every slot exactly once', async () => {
    const from = '2024-03-17T00:00:00.000Z';
    const to = '2024-03-24T00:00:00.000Z';
    // Subscribed as the simulation starts: every slot after that is due, none before.
    const file = await seededFile(from, [
      { text: 'digest weekly Monday 9am', channel: RECS },
      { text: 'digest daily 9am', channel: DAILY },
      { text: 'digest cron "0 */6 * * *" in America/New_York', channel: SIX_HOURLY },
    ]);
    const clock = join(file.dir, 'clock');
    writeFileSync(clock, '');
    const ids = ['w1', 'w2', 'w3', 'w4', 'w5'];
    const workers = ids.map((id) =>
      start(['--db', file.db, '--out', file.dir, '--id', id, '--clock', clock]),
    );
    const acked = (time: string) =>
      ids.every(
        (id) => existsSync(`${clock}.ack-${id}`) && readFileSync(`${clock}.ack-${id}`, 'utf8') === time,
      );
    try {
      for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += 3_600_000) {
        const time = new Date(t).toISOString();
        writeFileSync(`${clock}.tmp`, time);
        renameSync(`${clock}.tmp`, clock);
        await waitFor(() => acked(time), `every worker to tick at ${time}`);
      }
    } finally {
      writeFileSync(clock, 'stop');
    }
    const exits = await Promise.all(workers.map((w) => w.done));
    expect(exits.map((e) => e.stderr).join('')).toBe('');
    expect(exits.map((e) => e.code)).toEqual([0, 0, 0, 0, 0]);

    const posted = records(file.dir).filter((r) => r.kind === 'channel');
    const expected = [
      ...slotsBetween('0 9 * * 1', 'Europe/London', from, to).map((at) => `${JSON.stringify(RECS)} ${at}`),
      ...slotsBetween('0 9 * * *', 'Europe/London', from, to).map((at) => `${JSON.stringify(DAILY)} ${at}`),
      ...slotsBetween('0 */6 * * *', 'America/New_York', from, to).map(
        (at) => `${JSON.stringify(SIX_HOURLY)} ${at}`,
      ),
    ];
    expect(expected).toHaveLength(1 + 7 + 28);
    expect(posted.map((r) => `${JSON.stringify(r.to)} ${r.at}`).sort()).toEqual(expected.sort());
    expect(posted.some((r) => r.late)).toBe(false);
    // Reminders: never two to one person on one day.
    const reminders = records(file.dir)
      .filter((r) => r.kind === 'direct')
      .map((r) => `${String(r.to)} ${r.at.slice(0, 10)}`);
    expect(reminders.length).toBeGreaterThan(0);
    expect(new Set(reminders).size).toBe(reminders.length);
  });

  // These two start one short-lived process at a time; they run alongside each other to save time.
  it.concurrent('delivers a slot once after the lease of a process killed between claiming and posting, and never again', async () => {
    const file = await seededFile('2024-03-17T12:00:00Z', [
      { text: 'digest weekly Monday 9am', channel: RECS },
    ]);
    const lease = ['--lease-ms', String(10 * 60_000)];
    const killed = await ticks(file, 'dies', ['2024-03-18T09:00:00Z'], [...lease, '--die-on-send']);
    expect(killed.signal).toBe('SIGKILL');
    expect(records(file.dir)).toEqual([]);
    // Within the dead process's lease nobody posts; once it has ended, one process does.
    const survivor = await ticks(file, 'takes-over', ['2024-03-18T09:09:59Z', '2024-03-18T09:10:00Z'], lease);
    expect(survivor.code).toBe(0);
    // A restart after the post sends nothing more.
    expect((await ticks(file, 'restarted', ['2024-03-18T09:30:00Z'], lease)).code).toBe(0);
    const posted = records(file.dir).filter((r) => r.kind === 'channel');
    expect(posted.map((r) => [r.worker, r.heading, r.at])).toEqual([
      ['takes-over', 'Digest · Monday 18 March 2024', '2024-03-18T09:10:00.000Z'],
    ]);
  });

  it.concurrent('after two missed weeks, posts one late digest for the latest slot', async () => {
    const file = await seededFile('2024-03-17T12:00:00Z', [
      { text: 'digest weekly Monday 9am', channel: RECS },
    ]);
    expect((await ticks(file, 'monday', ['2024-03-18T09:00:00Z'])).code).toBe(0);
    // Down until Tuesday 2 April: the slots of 25 March and 1 April were missed.
    expect((await ticks(file, 'back', ['2024-04-02T10:00:00Z', '2024-04-02T10:30:00Z'])).code).toBe(0);
    const posted = records(file.dir).filter((r) => r.kind === 'channel');
    expect(posted.map((r) => [r.worker, r.heading, r.late])).toEqual([
      ['monday', 'Digest · Monday 18 March 2024', false],
      ['back', 'Digest · Monday 1 April 2024', true],
    ]);
  });
});
