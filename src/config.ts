import { z } from 'zod';
import { redactSecrets } from './redact.ts';

/**
 * The only reader of process.env. Every problem is reported at once, and a half-configured
 * platform is an error naming what is missing, never a silent fallback to the console.
 */
const optional = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.string().trim().min(1).default('sqlite:./data/rectrack.sqlite'),
  DEFAULT_TIME_ZONE: z
    .string()
    .trim()
    .default('Europe/London')
    .refine(isTimeZone, { message: 'must be an IANA time zone such as Europe/London' }),
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional,
  // Multi-workspace install (OAuth): these three instead of SLACK_BOT_TOKEN.
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  SLACK_API_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TEAMS_APP_ID: optional,
  TEAMS_APP_PASSWORD: optional,
  TEAMS_APP_TENANT_ID: optional,
  // Local testing only (Agents Playground): /api/messages without credentials or token checks.
  TEAMS_ALLOW_UNAUTHENTICATED: z
    .string()
    .trim()
    .refine((v) => ['', 'true', 'false'].includes(v), { message: 'must be true or false' })
    .optional(),
  // https://no-color.org: any non-empty value turns colour off.
  NO_COLOR: optional,
  TEAMS_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  // Where rectrack serve is reached from outside; Teams gets exports as download links there.
  TEAMS_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  INBOX_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(500),
  INBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  // Seals Slack tokens in the database (AES-256-GCM); the previous keys still open what they sealed.
  RECTRACK_SECRET_KEY: optional,
  RECTRACK_SECRET_KEY_PREVIOUS: optional,
});

/** A SQLite file (one machine), or a PostgreSQL server that several instances share. */
export type Database = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** One workspace with `botToken`, or any number installed through OAuth with `oauth`; never both. */
export type SlackConfig = {
  signingSecret: string;
  botToken: string | undefined;
  appToken: string | undefined;
  apiUrl: string | undefined;
  oauth: SlackOAuthConfig | undefined;
};
export type SlackOAuthConfig = { clientId: string; clientSecret: string; stateSecret: string };
export type TeamsConfig = {
  appId: string;
  appPassword: string;
  tenantId: string | undefined;
  appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
};

/** 32-byte keys: the one that seals, and those that only open (rotation). */
export type SecretKeysConfig = { current: Uint8Array; previous: Uint8Array[] };

export type Config = {
  port: number;
  database: Database;
  defaultTimeZone: string;
  noColor: boolean;
  slack: SlackConfig | undefined;
  teams: TeamsConfig | undefined;
  /** TEAMS_ALLOW_UNAUTHENTICATED=true: serve /api/messages with no credentials (local testing only). */
  teamsAllowUnauthenticated: boolean;
  /** TEAMS_PUBLIC_URL: the public address download links for Teams exports start with. */
  teamsPublicUrl?: string;
  /** Requests written down before they are acknowledged: how many may wait unfinished, and each claim's lease. */
  inbox: { limit: number; leaseMs: number };
  /** RECTRACK_SECRET_KEY (and _PREVIOUS); unset, tokens are stored as they come. */
  secretKeys?: SecretKeysConfig;
};

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => redactSecrets(`${i.path.join('.')}: ${i.message}`));
  const value = (name: string) => (env[name]?.trim() ? env[name]?.trim() : undefined);
  const slack = group(problems, 'Slack', slackRequired(problems, value), SLACK_OPTIONAL, value);
  const appType = value('TEAMS_APP_TYPE') ?? 'SingleTenant';
  // A managed identity has no password (botbuilder refuses one); it needs the tenant like SingleTenant.
  const msi = appType === 'UserAssignedMSI';
  const teams = group(
    problems,
    'Teams',
    [
      'TEAMS_APP_ID',
      ...(msi ? [] : ['TEAMS_APP_PASSWORD']),
      ...(appType === 'SingleTenant' || msi ? ['TEAMS_APP_TENANT_ID'] : []),
    ],
    [],
    value,
  );
  if (!parsed.success) return { ok: false, problems };
  const e = parsed.data;
  const database = parseDatabaseUrl(e.DATABASE_URL, problems);
  const secretKeys = parseSecretKeys(e.RECTRACK_SECRET_KEY, e.RECTRACK_SECRET_KEY_PREVIOUS, problems);
  if (problems.length > 0 || !database) return { ok: false, problems };
  return {
    ok: true,
    config: {
      port: e.PORT,
      database,
      defaultTimeZone: e.DEFAULT_TIME_ZONE,
      noColor: e.NO_COLOR !== undefined,
      slack: slack
        ? {
            signingSecret: e.SLACK_SIGNING_SECRET ?? '',
            botToken: e.SLACK_BOT_TOKEN,
            appToken: e.SLACK_APP_TOKEN,
            apiUrl: e.SLACK_API_URL,
            oauth:
              e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET
                ? {
                    clientId: e.SLACK_CLIENT_ID,
                    clientSecret: e.SLACK_CLIENT_SECRET,
                    stateSecret: e.SLACK_STATE_SECRET,
                  }
                : undefined,
          }
        : undefined,
      teams: teams
        ? {
            appId: e.TEAMS_APP_ID ?? '',
            appPassword: e.TEAMS_APP_PASSWORD ?? '',
            tenantId: e.TEAMS_APP_TENANT_ID,
            appType: e.TEAMS_APP_TYPE,
          }
        : undefined,
      teamsAllowUnauthenticated: e.TEAMS_ALLOW_UNAUTHENTICATED === 'true',
      ...(e.TEAMS_PUBLIC_URL ? { teamsPublicUrl: e.TEAMS_PUBLIC_URL } : {}),
      inbox: { limit: e.INBOX_LIMIT, leaseMs: e.INBOX_LEASE_SECONDS * 1000 },
      ...(secretKeys ? { secretKeys } : {}),
    },
  };
}

const KEY_HINT = 'must be 32 random bytes as base64 or hex (make one with: openssl rand -base64 32)';

/** A key is 32 bytes, written as base64 (44 characters) or hex (64); its value is never echoed. */
function parseKey(name: string, text: string, problems: string[]): Uint8Array | undefined {
  const bytes = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (bytes.byteLength === 32 && (/^[0-9a-f]{64}$/i.test(text) || bytes.toString('base64') === text))
    return bytes;
  problems.push(`${name}: ${KEY_HINT}.`);
  return undefined;
}

function parseSecretKeys(
  current: string | undefined,
  previous: string | undefined,
  problems: string[],
): SecretKeysConfig | undefined {
  if (current === undefined) {
    if (previous !== undefined)
      problems.push('RECTRACK_SECRET_KEY_PREVIOUS is set without RECTRACK_SECRET_KEY; set the new key too.');
    return undefined;
  }
  const key = parseKey('RECTRACK_SECRET_KEY', current, problems);
  const old = (previous ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '')
    .map((k) => parseKey('RECTRACK_SECRET_KEY_PREVIOUS', k, problems));
  if (!key || old.some((k) => k === undefined)) return undefined;
  return { current: key, previous: old.filter((k): k is Uint8Array => k !== undefined) };
}

export function isPlatformConfigured(config: Config): boolean {
  return config.slack !== undefined || config.teams !== undefined || config.teamsAllowUnauthenticated;
}

const SLACK_OAUTH = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'];
const SLACK_OPTIONAL = ['SLACK_APP_TOKEN', ...SLACK_OAUTH];

/**
 * Slack runs one of three ways: one workspace over HTTP (signing secret + bot token), many workspaces
 * installed through OAuth (signing secret + client id, secret and state secret), or one workspace over
 * Socket Mode (app token + bot token; no public URL, so no signature to check).
 */
function slackRequired(problems: string[], value: (name: string) => string | undefined): string[] {
  const oauth = SLACK_OAUTH.some((name) => value(name) !== undefined);
  if (oauth && value('SLACK_BOT_TOKEN') !== undefined) {
    problems.push(
      'Slack: set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (install in many workspaces), not both.',
    );
  }
  if (value('SLACK_APP_TOKEN') !== undefined) {
    if (oauth) {
      problems.push(
        'Slack: Socket Mode (SLACK_APP_TOKEN) runs one workspace; unset the SLACK_CLIENT_* variables.',
      );
    }
    return ['SLACK_BOT_TOKEN'];
  }
  return oauth ? ['SLACK_SIGNING_SECRET', ...SLACK_OAUTH] : ['SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN'];
}

/** A platform is on when any of its variables is set; then all of its required ones must be. */
function group(
  problems: string[],
  platform: string,
  required: string[],
  optionalNames: string[],
  value: (name: string) => string | undefined,
): boolean {
  const started = [...required, ...optionalNames].some((name) => value(name) !== undefined);
  if (!started) return false;
  const missing = required.filter((name) => value(name) === undefined);
  if (missing.length === 0) return true;
  problems.push(
    `${platform} is partly configured: set ${missing.join(' and ')} as well (or unset the other ${platform} variables).`,
  );
  return false;
}

function parseDatabaseUrl(url: string, problems: string[]): Database | undefined {
  const sqlite = /^sqlite:(?:\/\/)?(.+)$/.exec(url);
  if (sqlite?.[1]) return { kind: 'sqlite', path: sqlite[1] };
  if (/^postgres(?:ql)?:\/\/[^/\s]+/.test(url)) {
    // Checked here so a mistyped URL is a settings problem at start, not a driver error later.
    if (URL.canParse(url)) return { kind: 'postgres', url };
    problems.push(
      `DATABASE_URL: not a valid PostgreSQL URL (e.g. postgres://rectrack:PASSWORD@db.internal:5432/rectrack), got "${redactSecrets(url)}"; a password with @, / or : in it must be percent-encoded.`,
    );
    return undefined;
  }
  // A PostgreSQL-style URL carries a password: the message quotes the setting without it.
  problems.push(
    `DATABASE_URL: expected sqlite:PATH (e.g. sqlite:./data/rectrack.sqlite) or postgres://USER:PASSWORD@HOST:PORT/DATABASE, got "${redactSecrets(url)}".`,
  );
  return undefined;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** What `npm run package:teams` fills into manifests/teams/manifest.json. */
export type TeamsPackageConfig = {
  appId: string;
  /** The public https origin of `rectrack serve`; its host becomes the manifest's valid domain. */
  publicUrl: string;
  publicHost: string;
  developerName: string;
  developerUrl: string;
  privacyUrl: string;
  termsUrl: string;
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const httpsUrl = z.url({ protocol: /^https$/, message: 'must be an https:// URL' });

const teamsPackageSchema = z.object({
  TEAMS_APP_ID: z
    .string({ error: 'is required: the Azure bot’s Microsoft App ID (a GUID)' })
    .trim()
    .regex(GUID, 'must be the Azure bot’s Microsoft App ID (a GUID)'),
  TEAMS_PUBLIC_URL: z.url({
    protocol: /^https$/,
    error: 'must be the https:// address rectrack serve is reached at (e.g. https://rectrack.example.org)',
  }),
  TEAMS_DEVELOPER_NAME: optional,
  TEAMS_DEVELOPER_URL: optional.pipe(httpsUrl.optional()),
  TEAMS_PRIVACY_URL: optional.pipe(httpsUrl.optional()),
  TEAMS_TERMS_URL: optional.pipe(httpsUrl.optional()),
});

export type TeamsPackageConfigResult =
  | { ok: true; config: TeamsPackageConfig }
  | { ok: false; problems: string[] };

/** The packaging script's settings, every problem at once, like loadConfig. */
export function loadTeamsPackageConfig(env: Record<string, string | undefined>): TeamsPackageConfigResult {
  const parsed = teamsPackageSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const e = parsed.data;
  const origin = new URL(e.TEAMS_PUBLIC_URL);
  const publicUrl = origin.href.replace(/\/$/, '');
  return {
    ok: true,
    config: {
      appId: e.TEAMS_APP_ID.toLowerCase(),
      publicUrl,
      publicHost: origin.host,
      developerName: e.TEAMS_DEVELOPER_NAME ?? 'rectrack',
      developerUrl: e.TEAMS_DEVELOPER_URL ?? publicUrl,
      privacyUrl: e.TEAMS_PRIVACY_URL ?? publicUrl,
      termsUrl: e.TEAMS_TERMS_URL ?? publicUrl,
    },
  };
}
