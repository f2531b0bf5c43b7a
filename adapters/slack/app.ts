import {
  App,
  type CodedError,
  defaultBodyLimit,
  HTTPReceiver,
  SocketModeReceiver,
  type webApi,
} from '@slack/bolt';
import type { CoreDeps } from '../../src/core/handle-message.ts';
import { createTurnPipeline } from '../../src/core/turn.ts';
import type { Clock } from '../../src/ports/clock.ts';
import type { IdGenerator } from '../../src/ports/ids.ts';
import type { InboxEntry, InboxStore } from '../../src/ports/inbox.ts';
import type { Logger } from '../../src/ports/logger.ts';
import type { Messenger } from '../../src/ports/messenger.ts';
import type { SlackInstallationStore } from '../../src/ports/slack-installations.ts';
import type { UrlFetcher } from '../../src/ports/url-fetcher.ts';
import { singleWorkspace } from './auth.ts';
import { boltLogger } from './bolt-logger.ts';
import { describeSlackError } from './errors.ts';
import { createHomeRefresher, publishHome } from './home.ts';
import { mount, refuseFutureRequests, type SlackRoute } from './http.ts';
import { createSlackInbox } from './inbox.ts';
import { findBotToken, keyOf, toBoltInstallationStore } from './installations.ts';
import { registerListeners } from './listeners.ts';
import { BOT_SCOPES, PATHS } from './manifest.ts';
import { createSlackProactiveMessenger } from './messenger.ts';
import { createPeople } from './people.ts';
import { createReplySender, respondTo } from './reply-sender.ts';
import type { SlackEnv } from './run.ts';

export type SlackAppOptions = {
  deps: CoreDeps;
  logger: Logger;
  clock: Clock;
  signingSecret: string;
  /** One workspace: its bot token. */
  botToken?: string;
  /** Socket Mode instead of HTTP: the app-level token (xapp-…). */
  appToken?: string;
  /** Many workspaces: OAuth install, installations kept through the port. */
  oauth?: {
    clientId: string;
    clientSecret: string;
    stateSecret: string;
    installations: SlackInstallationStore;
  };
  /** The Web API's base URL (tests, proxies); Slack's own when unset. */
  apiUrl?: string;
  /** Fetches the files people share (adapters/net/guarded-fetch.ts). */
  fetchUrl: UrlFetcher;
  /** For tests: how rate-limit waits sleep. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Over HTTP, the inbox: requests are written to it before they are acknowledged, and `accepted`
   * tells the worker (which then calls SlackApp.processInbox). Without it, listeners run in-process.
   */
  inbox?: { store: InboxStore; ids: IdGenerator; limit: number; accepted(): void };
};

export type SlackApp = {
  /** Paths to mount on the HTTP server; empty in Socket Mode. */
  routes: Map<string, SlackRoute>;
  /** Connects Socket Mode; nothing to do over HTTP (our server is already listening). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Digests and reminders for the scheduler, with each workspace's bot token. */
  messenger: Messenger;
  /** Runs one inbox entry through the listeners (the inbox worker calls this); absent without an inbox. */
  processInbox?: (entry: InboxEntry) => Promise<void>;
};

const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Bolt's own limit on a request body, kept when the inbox reads the body first. */
const MAX_REQUEST_BYTES = defaultBodyLimit;
/** Changes this close together share one App Home refresh. */
const HOME_REFRESH_WINDOW_MS = 1500;
const NOT_INSTALLED =
  "rectrack isn't installed in this workspace (or was removed). Ask a workspace admin to install it again.";

/**
 * Bolt on our HTTP server (HTTPReceiver's requestListener mounted on /slack/events, /slack/install,
 * /slack/oauth_redirect), or over Socket Mode when an app token is given. The SDK gets every setting
 * passed in; it reads no environment. https://docs.slack.dev/tools/bolt-js/concepts/receiver
 */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const log = boltLogger(options.logger);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const clientOptions = slackClientOptions(log, options.apiUrl);
  const env: SlackEnv = {
    deps: options.deps,
    logger: options.logger,
    people: createPeople({ clock: options.clock, ttlMs: 60 * 60 * 1000, maxEntries: 10_000 }),
    turns: createTurnPipeline(options.deps, options.logger),
    replies: createReplySender({
      logger: options.logger,
      sleep,
      once: { outbox: options.deps.store.outbox, clock: options.clock, logger: options.logger },
    }),
    home: createHomeRefresher({
      windowMs: HOME_REFRESH_WINDOW_MS,
      publish: (client, who) => publishHome(env, client, who),
      logger: options.logger,
    }),
    trustedHosts: options.apiUrl ? [new URL(options.apiUrl).host] : [],
    maxFileBytes: MAX_FILE_BYTES,
    fetchUrl: options.fetchUrl,
    sleep,
  };
  const { oauth } = options;
  if (oauth) env.onUninstall = (query) => oauth.installations.delete(keyOf(query));
  const messenger = createSlackProactiveMessenger({
    botToken: async (team) => (oauth ? findBotToken(oauth.installations, team) : options.botToken),
    clientOptions,
    sleep,
  });

  let app: App;
  let inbox: ReturnType<typeof createSlackInbox> | undefined;
  const routes = new Map<string, SlackRoute>();
  if (options.appToken) {
    // Built here rather than by App so its connection client also gets SLACK_API_URL.
    const receiver = new SocketModeReceiver({
      appToken: options.appToken,
      logger: log,
      installerOptions: { clientOptions },
    });
    app = new App({
      receiver,
      authorize: singleWorkspace(options, clientOptions),
      logger: log,
      clientOptions,
      extendedErrorHandler: true,
    });
  } else {
    const receiver = new HTTPReceiver({
      signingSecret: options.signingSecret,
      endpoints: PATHS.events,
      logger: log,
      // Ack first, work after: the HTTP answer goes out when a listener calls ack().
      processBeforeResponse: false,
      ...(oauth
        ? {
            clientId: oauth.clientId,
            clientSecret: oauth.clientSecret,
            stateSecret: oauth.stateSecret,
            scopes: [...BOT_SCOPES],
            installationStore: toBoltInstallationStore(oauth.installations, options.clock),
            installerOptions: {
              directInstall: true,
              installPath: PATHS.install,
              redirectUriPath: PATHS.oauthRedirect,
              clientOptions,
            },
          }
        : {}),
    });
    app = new App({
      receiver,
      ...(oauth ? {} : { authorize: singleWorkspace(options, clientOptions) }),
      logger: log,
      clientOptions,
      extendedErrorHandler: true,
    });
    const route = mount(receiver, options.logger);
    // Before everything else on /slack/events, the inbox included, which acknowledges what it stores.
    const notFromTheFuture = (next: SlackRoute) => refuseFutureRequests(next, options.logger, options.clock);
    if (options.inbox) {
      const { store, ids, limit, accepted } = options.inbox;
      inbox = createSlackInbox(
        {
          inbox: store,
          ids,
          limit,
          accepted,
          clock: options.clock,
          logger: options.logger,
          signingSecret: options.signingSecret,
          bodyLimit: MAX_REQUEST_BYTES,
        },
        route,
      );
      routes.set(PATHS.events, notFromTheFuture(inbox.route));
    } else routes.set(PATHS.events, notFromTheFuture(route));
    if (oauth) {
      routes.set(PATHS.install, route);
      routes.set(PATHS.oauthRedirect, route);
    }
  }
  app.error(async ({ error, body }: { error: CodedError; body: object }) => {
    if (error.code === 'slack_bolt_authorization_error') {
      // Usually a workspace that hasn't installed the app (or uninstalled it): say so rather than
      // leave a slash command unanswered.
      options.logger.warn('slack request from a workspace without an installation', { team: teamOf(body) });
      const url = field(body, 'response_url');
      const respond = url ? respondTo(url, env.trustedHosts) : undefined;
      await respond?.({ text: NOT_INSTALLED, response_type: 'ephemeral' }).catch(() => undefined);
      return;
    }
    options.logger.error('slack listener failed', {
      code: describeSlackError(error).code,
      error: error.message,
    });
  });
  registerListeners(app, env);
  const inboxed = inbox;
  return {
    routes,
    messenger,
    ...(inboxed ? { processInbox: (entry: InboxEntry) => inboxed.process(app, entry) } : {}),
    start: async () => {
      if (options.appToken) await app.start();
    },
    stop: async () => {
      env.home.cancel();
      if (options.appToken) await app.stop();
    },
  };
}

/** The Web API client's settings for Bolt and the messenger (which turns its retries off). */
export function slackClientOptions(logger: webApi.WebClientOptions['logger'], apiUrl?: string) {
  return {
    logger,
    // We wait out 429s ourselves (errors.ts), so a long Retry-After can't stall a reply for minutes.
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 2, minTimeout: 200, maxTimeout: 2000 },
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
  } satisfies webApi.WebClientOptions;
}

function teamOf(body: object): string | undefined {
  const team: unknown = (body as Record<string, unknown>).team;
  return (
    field(body, 'team_id') ?? (typeof team === 'object' && team !== null ? field(team, 'id') : undefined)
  );
}

function field(value: object, name: string): string | undefined {
  const found: unknown = (value as Record<string, unknown>)[name];
  return typeof found === 'string' ? found : undefined;
}
