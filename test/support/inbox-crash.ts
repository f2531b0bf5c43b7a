import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { REPEAT_NOTE } from '../../src/core/answer-once.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.ts';
import { BOT_TOKEN, SIGNING_SECRET, sign } from './fake-slack-client.ts';
import { slashFields } from './fake-slack-payloads.ts';
import { freePort } from './serve-rectrack.ts';

export type CrashOptions = {
  /** Slash commands in the burst. */
  commands: number;
  /** kill -9 the server once this many of them have been acknowledged, restart it, and send the rest. */
  killAfter: number;
  /** Requests in flight at once during the burst. */
  parallel?: number;
  /** The rectrack checkout whose bin/rectrack.mjs to run (this one by default). */
  root?: string;
  /** Gives up waiting for the answers after this long (then the missing ones are counted as lost). */
  patienceMs?: number;
  /** Extra environment for the server (INBOX_LIMIT ...). */
  env?: Record<string, string>;
};

export type CrashFigures = {
  sent: number;
  acknowledged: number;
  /** Answered "busy" in the acknowledgement instead: refused, not accepted. */
  refusedBusy: number;
  /** No acknowledgement (the connection died with the server): Slack shows the person an error. */
  unacknowledged: number;
  answeredOnce: number;
  /** Answered a second time, the later copy marked as a possible repeat (a kill fell inside its send). */
  answeredAgainMarked: number;
  /** Answered more than once with a later copy not marked as a repeat: a real double answer. */
  answeredTwiceOrMore: number;
  /** Acknowledged and never answered: lost. */
  lost: number;
  /** Notes in the item's history per acknowledged command: exactly one each when nothing was lost or doubled. */
  appliedOnce: number;
  appliedTwiceOrMore: number;
  /** Milliseconds from the restart until every acknowledged command was answered. */
  recoveryMs: number;
};

/**
 * The real `rectrack serve` process on a SQLite file, with Slack's Web API and response_urls a local
 * stand-in that records every call: the world the crash bench and the crash tests kill and restart.
 */
export type CrashWorld = {
  api: FakeSlackApi;
  database: string;
  server(): ChildProcess;
  /** Signs and POSTs a slash command whose response_url is `/respond/NAME`. */
  command(text: string, name: string, trigger: string): Promise<Response>;
  /** Signs and POSTs an Events API body. */
  event(body: Record<string, unknown>): Promise<Response>;
  /** The answers posted to `/respond/NAME`. */
  answers(name: string): ReturnType<FakeSlackApi['callsTo']>;
  /** kill -9, resolved once the process is gone. */
  kill(): Promise<void>;
  /** Starts the server again on the same file and port, resolved once it is ready. */
  restart(): Promise<void>;
  /** Resolves once nothing in the inbox is pending or claimed (or `patienceMs` ran out). */
  settled(patienceMs?: number): Promise<void>;
  close(): Promise<void>;
};

export async function startCrashWorld(
  options: { root?: string; env?: Record<string, string> } = {},
): Promise<CrashWorld> {
  const root = options.root ?? join(import.meta.dirname, '..', '..');
  const api = await startFakeSlackApi();
  const dir = mkdtempSync(join(tmpdir(), 'rectrack-crash-'));
  const database = join(dir, 'rectrack.sqlite');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    PORT: String(port),
    DATABASE_URL: `sqlite:${database}`,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: api.apiUrl,
    // A short lease, so the restarted server takes over the killed one's claims within seconds.
    INBOX_LEASE_SECONDS: '2',
    ...options.env,
  };
  let server = await startServer(root, env, base);
  const post = (body: string, type: string) => {
    const timestamp = Math.floor(Date.now() / 1000);
    return fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': type,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': sign(body, timestamp),
      },
      body,
    });
  };
  return {
    api,
    database,
    server: () => server,
    command: (text, name, trigger) =>
      post(
        new URLSearchParams({
          command: '/recs',
          ...slashFields(text, api.responseUrl(name), trigger),
        }).toString(),
        'application/x-www-form-urlencoded',
      ),
    event: (body) => post(JSON.stringify(body), 'application/json'),
    answers: (name) => api.callsTo('response_url').filter((c) => c.params.url === `/respond/${name}`),
    async kill() {
      server.kill('SIGKILL');
      await exited(server);
    },
    async restart() {
      server = await startServer(root, env, base);
    },
    settled: (patienceMs = 60_000) => untilInboxSettles(database, patienceMs),
    async close() {
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGTERM');
        await exited(server);
      }
      try {
        await api.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A burst of signed slash commands, kill -9 once `killAfter` are acknowledged, a restart on the same
 * file while the senders wait (what was in flight at the kill is never acknowledged), the rest of the
 * burst, and then the count of answers each acknowledged command got at its response_url.
 */
export async function runInboxCrash(options: CrashOptions): Promise<CrashFigures> {
  const world = await startCrashWorld({
    ...(options.root ? { root: options.root } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  try {
    for (const [n, text] of [
      'report new "Burst inspection" key BURST published 1 February 2024 publisher HMICFRS',
      'add BURST "Forces should keep every command" due 1 March 2027',
    ].entries()) {
      await world.command(text, `seed-${n}`, `seed-${n}`);
      await world.api.waitFor(() => world.answers(`seed-${n}`)[0], 20_000);
    }

    const acknowledged: number[] = [];
    let refusedBusy = 0;
    let next = 0;
    let down: Promise<void> | undefined;
    let restarted = 0;
    const sender = async () => {
      while (next < options.commands) {
        if (down) await down;
        const n = next++;
        try {
          const res = await world.command(`BURST-1 note: burst ${n}`, `c${n}`, `burst.${n}`);
          const text = await res.text();
          if (res.status === 200 && text.includes('busy')) refusedBusy++;
          else if (res.status === 200) acknowledged.push(n);
        } catch {
          // The server died with the request in flight: never acknowledged.
        }
        if (!down && acknowledged.length >= options.killAfter) {
          down = (async () => {
            await world.kill();
            await world.restart();
            restarted = Date.now();
          })();
        }
      }
    };
    await Promise.all(Array.from({ length: options.parallel ?? 25 }, sender));
    await down;
    const patience = options.patienceMs ?? 60_000;
    const start = Date.now();
    while (Date.now() - start < patience && acknowledged.some((n) => world.answers(`c${n}`).length === 0)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const recoveryMs = Date.now() - restarted;
    // Everything taken in is finished (or the patience ran out): no answer can still be on its way.
    await world.settled(patience);
    const counts = acknowledged.map((n) => world.answers(`c${n}`).length);
    const unmarked = acknowledged.filter((n) => hasUnmarkedRepeat(world.answers(`c${n}`)));
    const applied = await notesPerCommand(world.database, acknowledged);
    return {
      sent: next,
      acknowledged: acknowledged.length,
      refusedBusy,
      unacknowledged: next - acknowledged.length - refusedBusy,
      answeredOnce: counts.filter((c) => c === 1).length,
      answeredAgainMarked: counts.filter((c) => c > 1).length - unmarked.length,
      answeredTwiceOrMore: unmarked.length,
      lost: counts.filter((c) => c === 0).length,
      appliedOnce: applied.filter((c) => c === 1).length,
      appliedTwiceOrMore: applied.filter((c) => c > 1).length,
      recoveryMs,
    };
  } finally {
    await world.close();
  }
}

export async function startServer(
  root: string,
  env: Record<string, string>,
  base: string,
): Promise<ChildProcess> {
  const clean: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  for (const name of Object.keys(clean)) if (/^(SLACK|TEAMS|DATABASE|INBOX)_/.test(name)) delete clean[name];
  const child = spawn(process.execPath, [join(root, 'bin', 'rectrack.mjs'), 'serve'], {
    env: { ...clean, ...env },
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // RECTRACK_TEST_SERVE_LOGS=DIR keeps each server's log lines (what an entry's claims and answers did).
  const logDir = process.env.RECTRACK_TEST_SERVE_LOGS;
  if (logDir) {
    const { createWriteStream } = await import('node:fs');
    child.stderr?.pipe(createWriteStream(join(logDir, `serve-${env.PORT}-${child.pid}.log`)));
  } else child.stderr?.resume();
  const start = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`rectrack serve exited with ${child.exitCode}`);
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return child;
    if (Date.now() - start > 60_000) throw new Error('rectrack serve did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Whether a command's answers include a second copy that does not say it may be a repeat: sendOnce
 * sends an answer it cannot look up again after a crash, marked with REPEAT_NOTE, and nothing else twice.
 */
export function hasUnmarkedRepeat(answers: readonly { params: Record<string, unknown> }[]): boolean {
  return answers.slice(1).some((call) => !String(call.params.text).startsWith(REPEAT_NOTE));
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function untilInboxSettles(database: string, patienceMs: number): Promise<void> {
  const db = await openSqlite<DB>(database);
  try {
    const start = Date.now();
    // An unfixed server has no inbox table: nothing to wait for.
    const tables = await db.introspection.getTables();
    if (!tables.some((t) => t.name === 'inbox')) return;
    while (Date.now() - start < patienceMs) {
      const open = await db
        .selectFrom('inbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', 'in', ['pending', 'claimed'])
        .executeTakeFirstOrThrow();
      if (Number(open.n) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await db.destroy();
  }
}

async function notesPerCommand(database: string, commands: readonly number[]): Promise<number[]> {
  const db = await openSqlite<DB>(database);
  try {
    const rows = await db.selectFrom('updates').select('note').where('note', 'like', 'burst %').execute();
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.note ?? '', (counts.get(row.note ?? '') ?? 0) + 1);
    return commands.map((n) => counts.get(`burst ${n}`) ?? 0);
  } finally {
    await db.destroy();
  }
}
