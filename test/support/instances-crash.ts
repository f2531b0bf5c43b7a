import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { openPostgres } from '../../adapters/db/open-postgres.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { startFakeSlackApi } from './fake-slack-api.ts';
import { BOT_TOKEN, SIGNING_SECRET, sign } from './fake-slack-client.ts';
import { slashFields } from './fake-slack-payloads.ts';
import { exited, hasUnmarkedRepeat, startServer } from './inbox-crash.ts';
import { freePort } from './serve-rectrack.ts';

export type InstancesCrashFigures = {
  acknowledged: number;
  /** Acknowledged and never answered. */
  lost: number;
  /** Answered more than once without the later copies saying they may be a repeat (REPEAT_NOTE). */
  answeredTwiceUnmarked: number;
  appliedOnce: number;
  appliedTwiceOrMore: number;
  /** What the first few acknowledged commands that changed nothing were answered (for a failure's message). */
  notAppliedAnswers: string[];
  /** What the database holds for the first few acknowledged commands never answered (for a failure's message). */
  lostEntries: string[];
  /** Digest parts posted in the channel, and how many of them were a second post of the same part. */
  digestPosts: number;
  digestPostedTwice: number;
  /** Digest runs the ledger marks sent whose post is not in the channel. */
  sentButNotPosted: number;
};

const CHANNEL = { id: 'C0RECS', name: 'recs' };
const root = join(import.meta.dirname, '..', '..');

/**
 * Three real `rectrack serve` processes on one PostgreSQL database behind a round-robin sender, Slack a
 * local stand-in: a digest that falls due every minute, a burst of signed slash commands, kill -9 of one
 * instance mid-burst, then what reached Slack and what the database holds.
 */
export async function runInstancesCrash(options: {
  databaseUrl: string;
  commands: number;
  killAfter: number;
}): Promise<InstancesCrashFigures> {
  const api = await startFakeSlackApi();
  const ports = [await freePort(), await freePort(), await freePort()];
  const bases = ports.map((port) => `http://127.0.0.1:${port}`);
  const env = (port: number) => ({
    PORT: String(port),
    DATABASE_URL: options.databaseUrl,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: api.apiUrl,
    // A short lease, so the survivors take over the killed instance's claims within seconds.
    INBOX_LEASE_SECONDS: '2',
  });
  const servers: ChildProcess[] = [];
  const db = await openPostgres<DB>(options.databaseUrl, { poolSize: 2 });
  try {
    // One after another: the first migrates, the others find the schema current.
    for (const [n, port] of ports.entries()) servers.push(await startServer(root, env(port), bases[n] ?? ''));
    const send = (n: number, text: string, name: string, trigger: string) => {
      const body = new URLSearchParams({
        command: '/recs',
        ...slashFields(text, api.responseUrl(name), trigger, { channel: CHANNEL }),
      }).toString();
      const timestamp = Math.floor(Date.now() / 1000);
      return fetch(`${bases[n % 3]}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': sign(body, timestamp),
        },
        body,
      });
    };
    const answers = (name: string) =>
      api.callsTo('response_url').filter((c) => c.params.url === `/respond/${name}`);
    for (const [n, text] of [
      'report new "Shared inspection" key BURST published 1 February 2024 publisher HMICFRS',
      'add BURST "Forces should keep every command" due 1 March 2027',
      'digest weekly Monday 9am',
    ].entries()) {
      await send(n, text, `seed-${n}`, `seed-${n}`);
      await api.waitFor(() => answers(`seed-${n}`)[0], 20_000);
    }
    // Every minute a slot falls due, so the instances' schedulers race for several during the test.
    await db.updateTable('digest_subscriptions').set({ cron: '* * * * *' }).execute();

    const acknowledged: number[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < options.commands) {
        const n = next++;
        // After the kill the load balancer stops sending to the dead instance.
        const to = killed && n % 3 === 1 ? n + 1 : n;
        try {
          const res = await send(to, `BURST-1 note: burst ${n}`, `c${n}`, `burst.${n}`);
          if (res.status === 200 && !(await res.text()).includes('busy')) acknowledged.push(n);
        } catch {
          // The instance died with the request in flight: never acknowledged.
        }
        if (!killed && acknowledged.length >= options.killAfter) {
          killed = true;
          servers[1]?.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 9 }, worker));
    await exited(servers[1] as ChildProcess);
    const start = Date.now();
    const waiting = () => acknowledged.some((n) => answers(`c${n}`).length === 0);
    // Answers, and at least two digest slots (a minute apart) come and go among the survivors.
    while (Date.now() - start < 150_000 && (waiting() || digestParts(api.messagesIn(CHANNEL.id)).size < 2)) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    for (const server of servers) server.kill('SIGTERM');
    await Promise.all(servers.map(exited));

    const notes = await db.selectFrom('updates').select('note').where('note', 'like', 'burst %').execute();
    const counts = new Map<string, number>();
    for (const { note } of notes) counts.set(note ?? '', (counts.get(note ?? '') ?? 0) + 1);
    const applied = acknowledged.map((n) => counts.get(`burst ${n}`) ?? 0);
    const posts = [...digestParts(api.messagesIn(CHANNEL.id)).values()];
    const sent = await db
      .selectFrom('delivery_runs')
      .select('key')
      .where('kind', '=', 'digest')
      .where('status', '=', 'sent')
      .execute();
    const lost = acknowledged.filter((n) => answers(`c${n}`).length === 0);
    const lostEntries = await Promise.all(
      lost.slice(0, 3).map(async (n) => {
        const entry = await db
          .selectFrom('inbox')
          .leftJoin('outbox', 'outbox.id', 'inbox.id')
          .select([
            'inbox.id',
            'key',
            'status',
            'attempts',
            'claimed_by',
            'error',
            'sent',
            'attempt',
            'attempt_at',
          ])
          .where('key', 'like', `command:%:burst.${n}`)
          .executeTakeFirst();
        return JSON.stringify({ n, entry: entry ?? null, applied: counts.get(`burst ${n}`) ?? 0 });
      }),
    );
    const posted = new Set([...digestParts(api.messagesIn(CHANNEL.id)).keys()].map((k) => k.split('#')[0]));
    return {
      acknowledged: acknowledged.length,
      lost: lost.length,
      answeredTwiceUnmarked: acknowledged.filter((n) => hasUnmarkedRepeat(answers(`c${n}`))).length,
      lostEntries,
      appliedOnce: applied.filter((c) => c === 1).length,
      appliedTwiceOrMore: applied.filter((c) => c > 1).length,
      notAppliedAnswers: acknowledged
        .filter((_, i) => applied[i] === 0)
        .slice(0, 3)
        .map((n) => JSON.stringify(answers(`c${n}`)[0]?.params ?? null).slice(0, 300)),
      digestPosts: posts.reduce((sum, c) => sum + c, 0),
      digestPostedTwice: posts.filter((c) => c > 1).length,
      sentButNotPosted: sent.filter(({ key }) => !posted.has(key)).length,
    };
  } finally {
    for (const server of servers)
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    await db.destroy();
    await api.close();
  }
}

/** How many times each digest part (run id # part) was posted, read from the messages' metadata. */
function digestParts(messages: readonly { metadata?: unknown }[]): Map<string, number> {
  const parts = new Map<string, number>();
  for (const message of messages) {
    const payload = (message.metadata as { event_payload?: { run_id?: string; part?: number } } | undefined)
      ?.event_payload;
    if (payload?.run_id === undefined) continue;
    const key = `${payload.run_id}#${payload.part ?? 0}`;
    parts.set(key, (parts.get(key) ?? 0) + 1);
  }
  return parts;
}
