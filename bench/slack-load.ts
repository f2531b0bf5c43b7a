/*
 * The Slack command path under load, from outside: the real `rectrack serve` on a SQLite file with
 * 0, 10,000 and 100,000 items, signed /recs requests over HTTP at 1, 16 and 64 at once, and Slack's
 * Web API and response_urls a local stand-in. Beside it, in the same run, a bare Bolt app that only
 * acknowledges (bench/bare-bolt.ts): the floor. Machines here are shared and noisy, so the ratios to
 * the floor mean more than the figures.
 *
 *   acks:    each sender sends its next request as soon as the last is acknowledged; acknowledgements
 *            a second and the p99 of their latency, rectrack beside the floor.
 *   answers: each user sends a command, waits for its answer at the response_url, then sends the next;
 *            p50 and p99 from sending to the answer arriving.
 *
 * Run: npm run bench:slack [sizes, e.g. 0,10000,100000] [concurrencies, e.g. 1,16,64]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import { openSqlite } from '../adapters/db/open-sqlite.ts';
import type { DB } from '../adapters/db/schema.ts';
import { startFakeSlackApi } from '../test/support/fake-slack-api.ts';
import { BOT_TOKEN, SIGNING_SECRET, sign } from '../test/support/fake-slack-client.ts';
import { slashFields } from '../test/support/fake-slack-payloads.ts';
import { freePort } from '../test/support/serve-rectrack.ts';

const list = (arg: string | undefined, fallback: number[]) =>
  arg ? arg.split(',').map((n) => Number(n.replace(/k$/, '000'))) : fallback;
const SIZES = list(process.argv[2], [0, 10_000, 100_000]);
const CONCURRENCY = list(process.argv[3], [1, 16, 64]);
/** Requests per acknowledgement run; under the inbox's default limit of 500 unfinished. */
const ACK_REQUESTS = 400;
/** Commands each user sends, one after another, in an answer run. */
const ANSWERS_PER_USER = 12;
const ADMIN = 'W0ALICE01';
const root = join(import.meta.dirname, '..');

const api = await startFakeSlackApi();
const answered = watchAnswers();

type Server = { base: string; child: ChildProcess };

async function start(args: string[], env: Record<string, string>, port: number): Promise<Server> {
  const clean: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  for (const name of Object.keys(clean)) if (/^(SLACK|TEAMS|DATABASE|INBOX)_/.test(name)) delete clean[name];
  const child = spawn(process.execPath, args, { env: { ...clean, ...env }, cwd: root, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    // Any answer means it listens (the bare app answers 404 to GET /readyz).
    if (
      await fetch(`${base}/readyz`).then(
        () => true,
        () => false,
      )
    )
      return { base, child };
    if (Date.now() - started > 60_000) throw new Error(`${args.join(' ')} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

let triggers = 0;
/** One signed /recs; resolves with the acknowledgement's latency in ms and the answer's name. */
async function slash(base: string, user: string, text: string) {
  const name = `r${++triggers}`;
  const body = new URLSearchParams({
    command: '/recs',
    ...slashFields(text, api.responseUrl(name), `load.${triggers}`, { user }),
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const sentAt = Date.now();
  const begin = performance.now();
  const res = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp),
    },
    body,
  });
  const text_ = await res.text();
  if (res.status !== 200 || text_.includes('busy'))
    throw new Error(`not acknowledged: ${res.status} ${text_}`);
  return { ackMs: performance.now() - begin, name, sentAt };
}

/** Resolves when the stand-in receives the answer posted to a response_url, with when it did. */
function watchAnswers() {
  const waiting = new Map<string, (at: number) => void>();
  const arrived = new Map<string, number>();
  let seen = 0;
  setInterval(() => {
    for (; seen < api.calls.length; seen++) {
      const call = api.calls[seen];
      if (call?.method !== 'response_url') continue;
      const name = String(call.params.url).replace('/respond/', '');
      const resolve = waiting.get(name);
      if (resolve) {
        waiting.delete(name);
        resolve(call.at);
      } else arrived.set(name, call.at);
    }
  }, 2).unref();
  return (name: string) =>
    new Promise<number>((resolve) => {
      const at = arrived.get(name);
      if (at !== undefined) {
        arrived.delete(name);
        resolve(at);
      } else waiting.set(name, resolve);
    });
}

/** What one user types, in turn: an update, a look at an item, their list. */
function command(items: number, i: number): string {
  const n = 1 + ((i * 7919) % Math.max(1, items));
  const mix =
    items === 0 ? ['reports', 'mine', 'help'] : [`LOAD-${n} note: checked ${i}`, `LOAD-${n}`, 'mine'];
  return mix[i % mix.length] ?? 'help';
}

const quantile = (samples: number[], q: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

async function ackRun(base: string, items: number, senders: number) {
  const latencies: number[] = [];
  const names: string[] = [];
  let next = 0;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: senders }, async (_, s) => {
      while (next < ACK_REQUESTS) {
        const i = next++;
        const ack = await slash(base, `W0LOAD${s}`, command(items, i));
        latencies.push(ack.ackMs);
        names.push(ack.name);
      }
    }),
  );
  const seconds = (performance.now() - begin) / 1000;
  return { perSecond: ACK_REQUESTS / seconds, p99: quantile(latencies, 0.99), names };
}

async function answerRun(base: string, items: number, users: number) {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: users }, async (_, u) => {
      for (let k = 0; k < ANSWERS_PER_USER; k++) {
        const ack = await slash(base, `W0LOAD${u}`, command(items, u * ANSWERS_PER_USER + k));
        times.push((await answered(ack.name)) - ack.sentAt);
      }
    }),
  );
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

/** The report, its first item by hand, then copies of that item's rows, 500 to an INSERT. */
async function seed(base: string, database: string, items: number): Promise<void> {
  const say = async (text: string) => answered((await slash(base, ADMIN, text)).name);
  await say('report new "Load inspection" key LOAD published 1 February 2024 publisher HMICFRS');
  if (items === 0) return;
  await say('add LOAD "Forces should answer every command quickly" due 1 March 2027');
  const db: Kysely<DB> = await openSqlite<DB>(database);
  try {
    const item = await db.selectFrom('items').selectAll().where('ref', '=', '1').executeTakeFirstOrThrow();
    const deadlines = await db.selectFrom('deadlines').selectAll().where('item_id', '=', item.id).execute();
    const alice = await db
      .selectFrom('members')
      .select('id')
      .where('external_id', '=', ADMIN)
      .executeTakeFirstOrThrow();
    for (let from = 2; from <= items; from += 500) {
      const batch = Array.from({ length: Math.min(500, items - from + 1) }, (_, k) => from + k);
      // Due dates spread over 2023-2028, so some are overdue; one item in 50 is alice's.
      const due = (n: number) => `${2023 + (n % 6)}-${String(1 + (n % 12)).padStart(2, '0')}-15`;
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('items')
          .values(
            batch.map((n) => ({
              ...item,
              id: `load-item-${n}`,
              ref: String(n),
              number: n,
              due_on: due(n),
              owner_id: n % 50 === 0 ? alice.id : null,
            })),
          )
          .execute();
        if (deadlines.length > 0) {
          await trx
            .insertInto('deadlines')
            .values(
              batch.flatMap((n) =>
                deadlines.map((d, k) => ({
                  ...d,
                  id: `load-deadline-${n}-${k}`,
                  item_id: `load-item-${n}`,
                  due_on: due(n),
                })),
              ),
            )
            .execute();
        }
      });
    }
  } finally {
    await db.destroy();
  }
}

const rows: string[][] = [];
for (const items of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), 'rectrack-load-'));
  const database = join(dir, 'rectrack.sqlite');
  const [port, barePort] = [await freePort(), await freePort()];
  const rectrack = await start(
    [join(root, 'bin', 'rectrack.mjs'), 'serve'],
    {
      PORT: String(port),
      DATABASE_URL: `sqlite:${database}`,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: api.apiUrl,
    },
    port,
  );
  const bare = await start(
    ['--import', 'tsx', join(root, 'bench', 'bare-bolt.ts'), String(barePort), api.apiUrl],
    {},
    barePort,
  );
  try {
    const seeding = performance.now();
    await seed(rectrack.base, database, items);
    const seeded = ((performance.now() - seeding) / 1000).toFixed(1);
    // Everyone once, so the runs measure commands, not first sight (a new member, users.info).
    await Promise.all(
      Array.from({ length: Math.max(...CONCURRENCY) }, async (_, u) =>
        answered((await slash(rectrack.base, `W0LOAD${u}`, 'help')).name),
      ),
    );
    // Both servers warmed up (JIT, connections) before anything is measured.
    await ackRun(bare.base, items, 4);
    const warm = await ackRun(rectrack.base, items, 4);
    await Promise.all(warm.names.map(answered));
    for (const c of CONCURRENCY) {
      const floor = await ackRun(bare.base, items, c);
      const acks = await ackRun(rectrack.base, items, c);
      // The flood of the ack run is answered before the answer run starts.
      await Promise.all(acks.names.map(answered));
      const answers = await answerRun(rectrack.base, items, c);
      rows.push([
        items.toLocaleString('en-GB'),
        String(c),
        floor.perSecond.toFixed(0),
        `${acks.perSecond.toFixed(0)} (${(acks.perSecond / floor.perSecond).toFixed(2)}x)`,
        floor.p99.toFixed(1),
        `${acks.p99.toFixed(1)} (${(acks.p99 / floor.p99).toFixed(2)}x)`,
        answers.p50.toFixed(0),
        answers.p99.toFixed(0),
      ]);
      console.error(`items ${items} (seeded in ${seeded} s), concurrency ${c}: ${rows.at(-1)?.join(' | ')}`);
    }
  } finally {
    await Promise.all([stop(rectrack), stop(bare)]);
    rmSync(dir, { recursive: true, force: true });
  }
}
api.rejected.length = 0;
await api.close();

const header = [
  'items',
  'at once',
  'bare Bolt acks/s',
  'rectrack acks/s',
  'bare Bolt ack p99 ms',
  'rectrack ack p99 ms',
  'answer p50 ms',
  'answer p99 ms',
];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
process.exit(0);
