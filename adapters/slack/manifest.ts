import type { webApi } from '@slack/bolt';

/** The app manifest's shape, from the Web API's apps.manifest.create (https://docs.slack.dev/reference/app-manifest). */
export type Manifest = webApi.AppsManifestCreateArguments['manifest'];
type BotScope = NonNullable<NonNullable<NonNullable<Manifest['oauth_config']>['scopes']>['bot']>[number];
type BotEvent = NonNullable<
  NonNullable<NonNullable<Manifest['settings']>['event_subscriptions']>['bot_events']
>[number];

/**
 * What manifests/slack/manifest.yaml must declare for this code to work; a test holds the two
 * together, and these lists are checked against Slack's own scope and event names by the compiler.
 */
export const SLASH_COMMAND = '/recs';

export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'app_mentions:read',
  'im:history',
  'users:read',
  'files:read',
  'files:write',
  'im:write',
  'channels:history',
  'groups:history',
] as const satisfies readonly BotScope[];

export const BOT_EVENTS = [
  'app_mention',
  'message.im',
  'app_home_opened',
  'app_uninstalled',
  'tokens_revoked',
] as const satisfies readonly BotEvent[];

/** Paths on our HTTP server; the manifest's URLs end with them. */
export const PATHS = {
  events: '/slack/events',
  install: '/slack/install',
  oauthRedirect: '/slack/oauth_redirect',
} as const;
