import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { createKyselyInboxStore } from '../../adapters/db/inbox-store.ts';
import { createKyselyStore } from '../../adapters/db/kysely-store.ts';
import { migrateToLatest } from '../../adapters/db/migrate.ts';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { createKyselyTeamsConversationStore } from '../../adapters/db/teams-conversation-store.ts';
import { createDocumentReader } from '../../adapters/documents/reader.ts';
import { createHttpServer, type Route } from '../../adapters/http/server.ts';
import { createGuardedFetch } from '../../adapters/net/guarded-fetch.ts';
import { createCronCalendar } from '../../adapters/scheduler/cron-calendar.ts';
import { createInboxWorker, type InboxWorker } from '../../adapters/scheduler/inbox-worker.ts';
import { randomIds } from '../../adapters/system/ids.ts';
import { createTeamsBot, type TeamsAuth, type TeamsBot } from '../../adapters/teams/app.ts';
import type { CoreDeps } from '../../src/core/handle-message.ts';
import type { LogFields, Logger } from '../../src/ports/logger.ts';
import type { TeamsConversationStore } from '../../src/ports/teams-conversations.ts';
import { type FakeBotConnector, startFakeBotConnector } from './fake-bot-connector.ts';
import { CHANNEL_ISSUER, createTokenSigner } from './fake-bot-connector-tokens.ts';
import { createFixedClock } from './fixed-clock.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'teams');

export const TENANT = '6f1d2c3b-8e4a-4b7c-9d05-1a2b3c4d5e6f';
export const ALEX = '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
export const APP_ID = '3c5e7a9b-1d2f-4e6a-8b0c-2d4f6a8c0e1b';

export type Activity = Record<string, unknown>;
export type LogLine = { level: 'info' | 'warn' | 'error'; message: string; fields: LogFields };

export type TeamsHarnessOptions = {
  /** Check tokens (signed by the local signer below) instead of running unauthenticated. */
  credentials?: boolean;
  maxMessageBytes?: number;
  /** Share a database (and connector) with another harness: a second instance of the bot. */
  db?: Kysely<DB>;
  connector?: FakeBotConnector;
  /**
   * Through the inbox, as `rectrack serve` runs it: activities written down before the HTTP answer
   * and run by an inbox worker (`worker: false` leaves them there, as a process killed right after
   * the answer would).
   */
  inbox?: { limit?: number; worker?: boolean; invokeWaitMs?: number };
  /** Serve exports as download links at this server's own address (TEAMS_PUBLIC_URL). */
  downloads?: boolean;
};

/**
 * The real Teams adapter (botbuilder's CloudAdapter) behind the real HTTP server on a loopback port,
 * on SQLite, with the Bot Connector replaced by the local stand-in: tests POST activities the way
 * Teams does and read what the bot sent back.
 */
export async function startTeamsHarness(options: TeamsHarnessOptions = {}) {
  const connector = options.connector ?? (await startFakeBotConnector());
  const ownsDb = !options.db;
  const db = options.db ?? (await openSqlite<DB>(':memory:'));
  if (ownsDb) await migrateToLatest(db);
  const clock = createFixedClock(new Date('2024-03-14T10:00:00Z'));
  const deps: CoreDeps = {
    store: createKyselyStore(db),
    clock,
    ids: randomIds,
    defaultTimeZone: 'Europe/London',
    documents: createDocumentReader({ maxBytes: 20 * 1024 * 1024 }),
    schedules: createCronCalendar(),
  };
  const logs: LogLine[] = [];
  const logger: Logger = {
    info: (message, fields = {}) => logs.push({ level: 'info', message, fields }),
    warn: (message, fields = {}) => logs.push({ level: 'warn', message, fields }),
    error: (message, fields = {}) => logs.push({ level: 'error', message, fields }),
  };
  const signer = createTokenSigner();
  connector.serveKeys(signer.jwks, CHANNEL_ISSUER);
  const auth: TeamsAuth = options.credentials
    ? {
        kind: 'credentials',
        appId: APP_ID,
        appPassword: 'not-a-real-secret',
        tenantId: TENANT,
        appType: 'SingleTenant',
        endpoints: {
          openIdMetadataUrl: connector.openIdMetadataUrl,
          tokenIssuer: CHANNEL_ISSUER,
          // Outbound tokens would come from here; nothing listens, so replies fail fast (and are logged).
          loginUrl: 'https://127.0.0.1:9/',
          oauthScope: 'https://api.botframework.com',
        },
      }
    : { kind: 'unauthenticated' };
  const conversations = createKyselyTeamsConversationStore(db);
  const inbox = createKyselyInboxStore(db);
  let worker: InboxWorker | undefined;
  // The server listens first, so the bot can be told its own address; routes are added once it exists.
  const routes = new Map<string, Route>();
  const server: Server = createHttpServer({ routes, logger, ready: async () => true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bot: TeamsBot = createTeamsBot({
    ...(options.inbox
      ? {
          inbox: {
            store: inbox,
            ids: randomIds,
            limit: options.inbox.limit ?? 100,
            accepted: () => worker?.poke(),
            ...(options.inbox.invokeWaitMs === undefined ? {} : { invokeWaitMs: options.inbox.invokeWaitMs }),
          },
        }
      : {}),
    deps,
    logger,
    clock,
    conversations,
    auth,
    fetchUrl: createGuardedFetch(),
    fileTrustedHosts: [connector.host],
    ...(options.maxMessageBytes ? { maxMessageBytes: options.maxMessageBytes } : {}),
    ...(options.downloads ? { publicUrl: base } : {}),
  });
  if (options.inbox && options.inbox.worker !== false && bot.processInbox) {
    worker = createInboxWorker({ inbox, clock, logger, handlers: { teams: bot.processInbox }, pollMs: 50 });
    worker.start();
  }
  for (const [path, route] of bot.routes) routes.set(path, route);

  async function post(activity: Activity, headers: Record<string, string> = {}) {
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  }

  /** POSTs an activity and returns the HTTP answer with what the bot sent to the connector meanwhile. */
  async function exchange(activity: Activity, headers: Record<string, string> = {}) {
    const before = connector.calls.length;
    const res = await post(activity, headers);
    const calls = connector.calls.slice(before);
    return { ...res, calls, posted: calls.filter((c) => c.kind === 'send' || c.kind === 'reply') };
  }

  return {
    connector,
    bot,
    exchange,
    /** A personal-chat message from Alex, and what came back. */
    say: (text: string) => exchange(personal({ connector }, text)),
    db,
    deps,
    clock,
    logs,
    signer,
    conversations: conversations satisfies TeamsConversationStore,
    url: base,
    post,
    /** POSTs with a token signed by the key the stand-in publishes. */
    postSigned: (activity: Activity) =>
      post(activity, {
        authorization: `Bearer ${signer.sign({ aud: APP_ID, serviceUrl: String(activity.serviceUrl) })}`,
      }),
    inbox,
    close: async () => {
      await worker?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.connector) await connector.close();
      if (ownsDb) await db.destroy();
    },
  };
}

export type TeamsHarness = Awaited<ReturnType<typeof startTeamsHarness>>;

let sequence = 0;

/** A fixture from test/fixtures/teams, parsed, pointed at the stand-in, with a fresh activity id. */
export function fixture(h: { connector: FakeBotConnector }, name: string): Activity {
  const activity = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Activity;
  activity.serviceUrl = h.connector.url;
  activity.id = `${String(activity.id)}-${++sequence}`;
  return activity;
}

/** The personal-chat fixture saying `text`. */
export function personal(h: { connector: FakeBotConnector }, text: string, changes: Activity = {}): Activity {
  return { ...fixture(h, 'personal-message'), text, ...changes };
}

/** The same activity from another tenant (and so another rectrack workspace). */
export function inTenant(activity: Activity, tenantId: string): Activity {
  const channelData = { ...(activity.channelData as Activity), tenant: { id: tenantId } };
  const conversation = { ...(activity.conversation as Activity), tenantId };
  return { ...activity, channelData, conversation };
}
