import { createKyselySlackInstallationStore } from '../adapters/db/slack-installation-store.ts';
import { createKyselyTeamsConversationStore } from '../adapters/db/teams-conversation-store.ts';
import { createGuardedFetch } from '../adapters/net/guarded-fetch.ts';
import type { SlackApp } from '../adapters/slack/app.ts';
import { systemClock } from '../adapters/system/clock.ts';
import type { TeamsBot } from '../adapters/teams/app.ts';
import type { Config } from './config.ts';
import type { App } from './main.ts';
import type { Logger } from './ports/logger.ts';

/*
 * The chat platforms' part of the composition root, apart from src/main.ts so that only `serve`
 * loads their SDKs (main.ts imports this file when it serves), and each SDK only when its platform
 * is configured: Bolt and botbuilder each take tens of megabytes a server without them never needs.
 */

/**
 * The Slack app for this config (Bolt over our HTTP server, or Socket Mode), or undefined when Slack
 * is not configured. Its routes go on the one HTTP server; `start` connects Socket Mode.
 */
export async function createSlack(
  config: Config,
  app: App,
  logger: Logger,
  inbox?: { accepted(): void },
): Promise<SlackApp | undefined> {
  const slack = config.slack;
  if (!slack) return undefined;
  const { createSlackApp } = await import('../adapters/slack/app.ts');
  return createSlackApp({
    ...inboxOption(config, app, inbox),
    deps: app.deps,
    logger,
    clock: systemClock,
    fetchUrl: createGuardedFetch(),
    signingSecret: slack.signingSecret,
    ...(slack.botToken ? { botToken: slack.botToken } : {}),
    ...(slack.appToken ? { appToken: slack.appToken } : {}),
    ...(slack.apiUrl ? { apiUrl: slack.apiUrl } : {}),
    ...(slack.oauth
      ? {
          oauth: {
            ...slack.oauth,
            installations: createKyselySlackInstallationStore(app.db, app.secrets),
          },
        }
      : {}),
  });
}

/** The durable inbox a platform writes its requests to before answering them, when the worker runs. */
function inboxOption(config: Config, app: App, inbox: { accepted(): void } | undefined) {
  if (!inbox) return {};
  return {
    inbox: { store: app.inbox, ids: app.deps.ids, limit: config.inbox.limit, accepted: inbox.accepted },
  };
}

/**
 * The Teams bot for this config, or undefined when Teams is off: with credentials, every request's
 * token is checked; without them only TEAMS_ALLOW_UNAUTHENTICATED=true mounts /api/messages (and the
 * adapter warns loudly), so a Slack-only deployment never exposes an open Teams endpoint.
 */
export async function createTeams(
  config: Config,
  app: App,
  logger: Logger,
  inbox?: { accepted(): void },
): Promise<TeamsBot | undefined> {
  const teams = config.teams;
  if (!teams && !config.teamsAllowUnauthenticated) return undefined;
  const { createTeamsBot } = await import('../adapters/teams/app.ts');
  if (teams && config.teamsAllowUnauthenticated) {
    logger.warn(
      'TEAMS_ALLOW_UNAUTHENTICATED is ignored: Teams credentials are set, so every request is checked',
    );
  }
  return createTeamsBot({
    ...inboxOption(config, app, inbox),
    deps: app.deps,
    logger,
    clock: systemClock,
    fetchUrl: createGuardedFetch(),
    conversations: createKyselyTeamsConversationStore(app.db),
    ...(config.teamsPublicUrl ? { publicUrl: config.teamsPublicUrl } : {}),
    auth: teams
      ? {
          kind: 'credentials',
          appId: teams.appId,
          appPassword: teams.appPassword,
          ...(teams.tenantId ? { tenantId: teams.tenantId } : {}),
          appType: teams.appType,
        }
      : { kind: 'unauthenticated' },
  });
}
