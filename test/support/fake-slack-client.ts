import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createHttpServer } from '../../adapters/http/server.ts';
import type { InboxWorker } from '../../adapters/scheduler/inbox-worker.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { type App, createInbox, openApp } from '../../src/main.ts';
import { createSlack } from '../../src/platforms.ts';
import type { Clock } from '../../src/ports/clock.ts';
import type { LogFields, Logger } from '../../src/ports/logger.ts';
import type { Store } from '../../src/ports/store.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.ts';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-bot-token';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'slack');

/** A payload from test/fixtures/slack, parsed, so each test changes only what it is about. */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
}

/** A fixture file's exact text (the `.form.txt` bodies are posted unchanged). */
export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8').trim();
}

/** Slack's v0 signature: HMAC-SHA256 of `v0:timestamp:body` (https://docs.slack.dev/authentication/verifying-requests-from-slack). */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export type SendOptions = {
  /** Seconds since the epoch; now by default (Bolt refuses more than 5 minutes off). */
  timestamp?: number;
  signature?: string;
  retryNum?: number;
  /** Another instance's base URL (startAnotherInstance); this harness's own by default. */
  base?: string;
};

export type RecordedLog = { level: string; message: string; fields: LogFields | undefined };

/**
 * The real app (SQLite, Bolt, our HTTP server) on a loopback port, with Slack's Web API replaced by a
 * fake. Requests go in signed, exactly as Slack sends them.
 */
export async function startSlackHarness(
  options: {
    env?: Record<string, string>;
    wrapStore?: (store: Store) => Store;
    /** The core's clock (digests, due dates); Slack's signatures keep real time. */
    clock?: Clock;
  } = {},
) {
  const api = await startFakeSlackApi();
  const env = {
    DATABASE_URL: 'sqlite::memory:',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
    ...(options.env ?? { SLACK_BOT_TOKEN: BOT_TOKEN }),
  };
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const config: Config = loaded.config;
  const opened = await openApp(config);
  const app: App = {
    ...opened,
    deps: {
      ...opened.deps,
      ...(options.wrapStore ? { store: options.wrapStore(opened.deps.store) } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    },
  };
  const logs: RecordedLog[] = [];
  const record =
    (level: string) =>
    (message: string, fields?: LogFields): void => {
      logs.push({ level, message, fields });
    };
  const logger: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
  const workers: InboxWorker[] = [];
  /** A Slack app whose requests go through the inbox, with its own worker, as in `rectrack serve`. */
  async function slackWithInbox() {
    const created = await createSlack(config, app, logger, { accepted: () => worker.poke() });
    if (!created) throw new Error('Slack is not configured');
    const worker = createInbox(
      config,
      app,
      logger,
      created.processInbox ? { slack: created.processInbox } : {},
    );
    worker.start();
    workers.push(worker);
    return created;
  }
  const slack = await slackWithInbox();
  const server = createHttpServer({
    routes: slack.routes,
    logger,
    ready: async () => {
      await sql`select 1`.execute(app.db);
      return true;
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const others: Array<() => Promise<void>> = [];
  /**
   * A second rectrack process on the same database (its own Bolt app, memory and port), as behind a
   * load balancer or after a restart. Returns its base URL.
   */
  async function startAnotherInstance(): Promise<string> {
    const second = await slackWithInbox();
    const other = createHttpServer({ routes: second.routes, logger, ready: async () => true });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    others.push(() => new Promise<void>((resolve) => other.close(() => resolve())));
    return `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  }

  async function post(body: string, contentType: string, send: SendOptions = {}): Promise<Response> {
    const timestamp = send.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': send.signature ?? sign(body, timestamp),
    };
    if (send.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(send.retryNum);
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    return fetch(`${send.base ?? base}/slack/events`, { method: 'POST', headers, body });
  }

  return {
    base,
    api,
    app,
    slack,
    logs,
    post,
    startAnotherInstance,
    /** A slash command as Slack posts it (form fields), from the fixture with these fields changed. */
    command(fields: Record<string, string>, send?: SendOptions): Promise<Response> {
      const payload = { ...fixture('slash-command.json'), command: '/recs', ...fields } as Record<
        string,
        string
      >;
      return post(new URLSearchParams(payload).toString(), 'application/x-www-form-urlencoded', send);
    },
    /** An interaction (block_actions, view_submission): one form field, `payload`, holding JSON. */
    interaction(payload: unknown, send?: SendOptions): Promise<Response> {
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return post(body, 'application/x-www-form-urlencoded', send);
    },
    /** An Events API callback (JSON). */
    event(payload: unknown, send?: SendOptions): Promise<Response> {
      return post(JSON.stringify(payload), 'application/json', send);
    },
    async close() {
      for (const close of others) await close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const worker of workers) await worker.stop();
      await slack.stop();
      await app.close();
      await api.close();
    },
  };
}

export type SlackHarness = Awaited<ReturnType<typeof startSlackHarness>>;
export type { FakeSlackApi };

let counter = 0;

/** A unique trigger id, as Slack gives each command invocation its own. */
export function triggerId(): string {
  counter += 1;
  return `${Date.now()}.${counter}.trigger`;
}
