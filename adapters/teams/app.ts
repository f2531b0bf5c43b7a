import type { CoreDeps } from '../../src/core/handle-message.ts';
import { createTurnPipeline } from '../../src/core/turn.ts';
import type { Clock } from '../../src/ports/clock.ts';
import type { IdGenerator } from '../../src/ports/ids.ts';
import type { InboxEntry, InboxStore } from '../../src/ports/inbox.ts';
import type { Logger } from '../../src/ports/logger.ts';
import type { TeamsConversationStore } from '../../src/ports/teams-conversations.ts';
import type { UrlFetcher } from '../../src/ports/url-fetcher.ts';
import { appIdOf, createAuthentication, type TeamsAuth } from './auth.ts';
import { createDownloads, DOWNLOADS_PATH } from './downloads.ts';
import { createMessagesRoute, HostedCloudAdapter, type TeamsRoute } from './http.ts';
import { createTeamsInbox } from './inbox.ts';
import { createTurnHandler } from './listeners.ts';
import { isLoopbackUrl } from './loopback.ts';
import { createTeamsMessenger, type TeamsMessenger } from './messenger.ts';
import { MAX_MESSAGE_BYTES } from './render.ts';
import type { TeamsEnv } from './run.ts';

export type { TeamsAuth, TeamsAuthEndpoints } from './auth.ts';
export type { TeamsChannelAddress, TeamsMessenger } from './messenger.ts';

export const MESSAGES_PATH = '/api/messages';

export type TeamsBotOptions = {
  deps: CoreDeps;
  logger: Logger;
  clock: Clock;
  conversations: TeamsConversationStore;
  auth: TeamsAuth;
  /** Fetches the file links in activities (adapters/net/guarded-fetch.ts). */
  fetchUrl: UrlFetcher;
  /** Exact `host:port`s file downloads may reach unchecked (the tests' stand-in). */
  fileTrustedHosts?: readonly string[];
  /** Largest message in bytes (UTF-16); tests lower it to see pagination. */
  maxMessageBytes?: number;
  /**
   * The inbox: activities are written to it before Teams gets its HTTP answer, and `accepted` tells
   * the worker (which then calls TeamsBot.processInbox). Without it, turns run in the request.
   */
  inbox?: { store: InboxStore; ids: IdGenerator; limit: number; accepted(): void; invokeWaitMs?: number };
  /**
   * Where rectrack serve is reached from outside (TEAMS_PUBLIC_URL): exports in channels and group chats
   * are offered as links there (the personal chat gets file consent cards, which need no address).
   */
  publicUrl?: string;
};

export type TeamsBot = {
  /** Paths to mount on the HTTP server. */
  routes: Map<string, TeamsRoute>;
  /** Sends to stored conversations later (digests, reminders). */
  messenger: TeamsMessenger;
  /** Runs one inbox entry's turn (the inbox worker calls this); absent without an inbox. */
  processInbox?: (entry: InboxEntry) => Promise<void>;
};

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The Teams bot: botbuilder's CloudAdapter behind POST /api/messages on our HTTP server, with every
 * setting passed in. Everything that imports botbuilder lives in this folder, so moving to the
 * Microsoft 365 Agents SDK replaces this folder and nothing else.
 */
export function createTeamsBot(options: TeamsBotOptions): TeamsBot {
  const { logger } = options;
  if (options.auth.kind === 'unauthenticated') {
    logger.warn(
      '!!! TEAMS_ALLOW_UNAUTHENTICATED=true: /api/messages accepts requests WITHOUT checking who sent them. ' +
        'Use this only on your own machine with the Agents Playground: rectrack listens on 127.0.0.1 only ' +
        'and replies only to a serviceUrl on this machine. !!!',
    );
  }
  const adapter = new HostedCloudAdapter(createAuthentication(options.auth));
  const maxMessageBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const downloads = createDownloads({
    publicUrl: options.publicUrl?.replace(/\/$/, ''),
    clock: options.clock,
  });
  const env: TeamsEnv = {
    logger,
    clock: options.clock,
    turns: createTurnPipeline(options.deps, logger),
    conversations: options.conversations,
    files: {
      maxBytes: MAX_FILE_BYTES,
      trustedHosts: options.fileTrustedHosts ?? [],
      timeoutMs: 30_000,
      fetch: options.fetchUrl,
    },
    maxMessageBytes,
    downloads,
  };
  // A token's serviceUrl claim is checked by the SDK; with no token, only a local one is trusted.
  const acceptsServiceUrl = options.auth.kind === 'unauthenticated' ? isLoopbackUrl : undefined;
  const logic = createTurnHandler(env);
  const inbox = options.inbox
    ? createTeamsInbox(
        {
          ...options.inbox,
          inbox: options.inbox.store,
          clock: options.clock,
          logger,
          once: { outbox: options.deps.store.outbox, clock: options.clock, logger },
          acceptsServiceUrl: acceptsServiceUrl ?? (() => true),
        },
        adapter,
        logic,
      )
    : undefined;
  const route = inbox?.route ?? createMessagesRoute(adapter, logic, logger, acceptsServiceUrl);
  return {
    routes: new Map([
      [MESSAGES_PATH, route],
      ...(options.publicUrl ? [[DOWNLOADS_PATH, downloads.route] as const] : []),
    ]),
    ...(inbox ? { processInbox: (entry: InboxEntry) => inbox.process(entry) } : {}),
    messenger: createTeamsMessenger({
      adapter,
      appId: appIdOf(options.auth),
      conversations: options.conversations,
      logger,
      maxMessageBytes,
    }),
  };
}
