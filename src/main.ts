import { Readable } from 'node:stream';
import { runConsoleChat } from '../adapters/console/console-chat.ts';
import { createConsoleMessenger } from '../adapters/console/messenger.ts';
import { createKyselyInboxStore } from '../adapters/db/inbox-store.ts';
import { createKyselyStore } from '../adapters/db/kysely-store.ts';
import { migrateToLatest } from '../adapters/db/migrate.ts';
import {
  type DatabaseSetting,
  describeDatabase,
  explainUnusable,
  openDatabase,
} from '../adapters/db/open-database.ts';
import { openSqliteReaders } from '../adapters/db/open-sqlite.ts';
import { readinessProblems } from '../adapters/db/readiness.ts';
import type { Database, DB } from '../adapters/db/schema.ts';
import { createSecretBox, type SecretBox } from '../adapters/db/secret-box.ts';
import { resealSlackInstallations } from '../adapters/db/slack-installation-store.ts';
import { createDocumentReader, DEFAULT_MAX_BYTES } from '../adapters/documents/reader.ts';
import { createHttpServer, type Route } from '../adapters/http/server.ts';
import { createCronCalendar } from '../adapters/scheduler/cron-calendar.ts';
import { createInboxWorker, type InboxWorkerOptions } from '../adapters/scheduler/inbox-worker.ts';
import { createScheduler } from '../adapters/scheduler/scheduler.ts';
import { systemClock } from '../adapters/system/clock.ts';
import { createIdleTrim, type IdleTrim, v8Collector } from '../adapters/system/idle-trim.ts';
import { randomIds } from '../adapters/system/ids.ts';
import type { Config } from './config.ts';
import type { CoreDeps } from './core/handle-message.ts';
import type { InboxStore } from './ports/inbox.ts';
import type { Logger } from './ports/logger.ts';
import type { Messengers } from './ports/messenger.ts';

export { DatabaseUnusableError } from '../adapters/db/open-problems.ts';

/** The composition root: config -> database -> stores -> adapters. Nothing else wires things together. */
export type App = {
  deps: CoreDeps;
  db: Database;
  inbox: InboxStore;
  secrets: SecretBox;
  close(): Promise<void>;
};

/**
 * Opens the database and brings it up to date. A file that is not a database, read-only, or in a
 * folder rectrack may not write in throws DatabaseUnusableError, which the command line reports as
 * a settings problem.
 */
export async function openApp(config: Config, logger?: Logger): Promise<App> {
  const db = await openDatabase(config.database, {
    onIdleError: (error) => logger?.warn('database connection lost while idle', { error: error.message }),
  });
  const secrets = createSecretBox(config.secretKeys);
  try {
    await migrateToLatest(db).catch((error: unknown) => {
      throw explainUnusable(error, config.database);
    });
    if (config.secretKeys) {
      // Tokens stored plain (before the key was set) or under a previous key are sealed anew.
      const { resealed, unreadable } = await resealSlackInstallations(db, secrets);
      if (resealed > 0) logger?.info('slack installations sealed with RECTRACK_SECRET_KEY', { resealed });
      if (unreadable > 0)
        logger?.warn('slack installations sealed with a key rectrack was not given', { unreadable });
    }
  } catch (error) {
    await db.destroy();
    throw error;
  }
  let reader: Database | undefined;
  try {
    reader = await openReaders(config.database);
  } catch (error) {
    await db.destroy();
    throw explainUnusable(error, config.database);
  }
  const deps: CoreDeps = {
    store: createKyselyStore(db, reader ? { reader } : {}),
    clock: systemClock,
    ids: randomIds,
    defaultTimeZone: config.defaultTimeZone,
    documents: createDocumentReader({ maxBytes: DEFAULT_MAX_BYTES }),
    schedules: createCronCalendar(),
  };
  return {
    deps,
    db,
    inbox: createKyselyInboxStore(db),
    secrets,
    close: async () => {
      await reader?.destroy();
      await db.destroy();
    },
  };
}

/**
 * Read connections beside the one writer. Two keep a long list from holding up every other read
 * on a two-core machine; more would only compete for the same cores (each runs on libuv's pool).
 */
const READERS = 2;

/** SQLite's read connections; PostgreSQL reads from its pool, and an in-memory file has no second one. */
function openReaders(setting: DatabaseSetting): Promise<Database | undefined> {
  if (setting.kind !== 'sqlite' || setting.path === ':memory:') return Promise.resolve(undefined);
  return openSqliteReaders<DB>(setting.path, { connections: READERS });
}

export async function migrate(config: Config, logger: Logger): Promise<void> {
  const app = await openApp(config, logger);
  logger.info('database is up to date', { database: describeDatabase(config.database) });
  await app.close();
}

export type ChatOptions = { user: string; commands: string[]; logger: Logger };

export async function chat(config: Config, options: ChatOptions): Promise<void> {
  const app = await openApp(config, options.logger);
  const interactive = options.commands.length === 0 && process.stdin.isTTY === true;
  // Digests and reminders print in the terminal. Only an interactive session runs the schedule; a
  // scripted one delivers just what it asked for with `digest now`, once its commands are done.
  // Only problems are worth a line in the middle of a conversation, not every delivery.
  const quiet = { ...options.logger, info() {} };
  const scheduler = startScheduler(
    app,
    quiet,
    {
      console: createConsoleMessenger({
        output: process.stdout,
        color: process.stdout.isTTY === true && !config.noColor,
        ...(interactive ? { prompt: `${options.user}> ` } : {}),
      }),
    },
    // Someone at the terminal who says "digest now" is waiting for it: look every 2 seconds.
    2_000,
  );
  if (interactive) scheduler.start();
  try {
    const common = {
      deps: app.deps,
      user: options.user,
      output: process.stdout,
      color: process.stdout.isTTY === true && !config.noColor,
      logger: options.logger,
    };
    if (options.commands.length > 0) {
      await runConsoleChat({
        ...common,
        input: Readable.from(options.commands.map((c) => `${c}\n`)),
        interactive: false,
      });
    } else {
      await runConsoleChat({ ...common, input: process.stdin, interactive: process.stdin.isTTY === true });
    }
    await scheduler.stop();
    await scheduler.tick({ manualOnly: true });
  } finally {
    await scheduler.stop();
    await app.close();
  }
}

/** The digest and reminder scheduler over the app's store, sending through these messengers. */
export function startScheduler(app: App, logger: Logger, messengers: Messengers, intervalMs?: number) {
  const schedules = app.deps.schedules ?? createCronCalendar();
  return createScheduler({
    store: app.deps.store,
    clock: app.deps.clock,
    schedules,
    messengers,
    logger,
    ...(intervalMs === undefined ? {} : { intervalMs }),
  });
}

/**
 * The worker that answers what the platform routes wrote to the inbox (each platform's handler), in
 * this and, after a crash, any other instance. Started by the caller.
 */
export function createInbox(
  config: Config,
  app: App,
  logger: Logger,
  handlers: InboxWorkerOptions['handlers'],
) {
  return createInboxWorker({
    inbox: app.inbox,
    clock: app.deps.clock,
    logger,
    handlers,
    leaseMs: config.inbox.leaseMs,
  });
}

export async function serve(config: Config, logger: Logger): Promise<void> {
  // Memory the heap grew to in a burst of work is given back once it stops (idle-trim.ts). Starting
  // (the SDKs loaded, migrations run) is the first burst: it ends when the server listens.
  const trim = createIdleTrim({ collect: v8Collector() });
  const starting = trim.begin();
  const app = await openApp(config, logger);
  // Loaded here, not at the top: the Slack and Teams SDKs take a second or more to load, and the
  // other commands (chat, import, migrate) start without them.
  const { createSlack, createTeams } = await import('./platforms.ts');
  // One HTTP server: each configured platform adds its routes beside /healthz and /readyz.
  const routes = new Map<string, Route>();
  // The route pokes the worker made just below; nothing is accepted before the server listens.
  const accepted = { accepted: () => inbox.poke() };
  const slack = await createSlack(config, app, logger, accepted);
  const teams = await createTeams(config, app, logger, accepted);
  const inbox = createInbox(config, app, logger, {
    ...(slack?.processInbox ? { slack: whileBusy(trim, slack.processInbox) } : {}),
    ...(teams?.processInbox ? { teams: whileBusy(trim, teams.processInbox) } : {}),
  });
  // Platform routes count as work; the probes (/healthz, /readyz) do not, or a load balancer
  // asking every few seconds would set off a collection after each question.
  for (const [path, route] of slack?.routes ?? []) routes.set(path, routeWhileBusy(trim, route));
  await slack?.start();
  for (const [path, route] of teams?.routes ?? []) routes.set(path, routeWhileBusy(trim, route));
  let stopping = false;
  const server = createHttpServer({
    routes,
    logger,
    ready: async () =>
      stopping ? ['shutting down'] : readinessProblems(app.db, { inboxLimit: config.inbox.limit }),
  });
  // Unauthenticated Teams trusts whoever can reach /api/messages, so then only this machine can.
  const host = teams && !config.teams ? '127.0.0.1' : undefined;
  server.listen(config.port, host, () => {
    logger.info('listening', { port: config.port, host: host ?? 'all' });
    starting();
  });
  // Each configured platform's Messenger (src/ports/messenger.ts); a platform without one is left to
  // an instance that has it.
  const messengers: Messengers = {};
  if (slack) messengers.slack = slack.messenger;
  if (teams) messengers.teams = teams.messenger;
  const scheduler = startScheduler(app, logger, messengers);
  scheduler.start();
  inbox.start();
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    // Orchestrators wait about 30 s before kill -9; stop well inside that. Work still claimed then is
    // taken over by another instance when its lease ends, and the request ledger keeps a redo harmless.
    setTimeout(() => {
      logger.error('shutdown took over 10 s; exiting with work handed back to other instances');
      process.exit(1);
    }, SHUTDOWN_MS).unref();
    // No new connections; requests already in flight and the inbox work in hand are finished first.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    trim.stop();
    void slack?.stop();
    void Promise.allSettled([closed, scheduler.stop(), inbox.stop()])
      .then(() => app.close())
      .then(
        () => logger.info('stopped', { signal }),
        (error: unknown) => logger.error('shutdown failed', { error: String(error) }),
      );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

const SHUTDOWN_MS = 10_000;

/** An inbox handler whose entries count as work in hand for the idle trim. */
function whileBusy<T>(trim: IdleTrim, handler: (entry: T) => Promise<void>) {
  return (entry: T) => {
    const end = trim.begin();
    return handler(entry).finally(end);
  };
}

/** A route whose requests count as work in hand until their response is sent or the client leaves. */
function routeWhileBusy(trim: IdleTrim, route: Route): Route {
  return (req, res) => {
    res.once('close', trim.begin());
    return route(req, res);
  };
}
