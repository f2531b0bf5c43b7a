import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Activity, CloudAdapter, type TurnContext } from 'botbuilder';
import type { Logger } from '../../src/ports/logger.ts';

/** Activities are small (files arrive as links); anything bigger is not from Teams. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * CloudAdapter with our own HTTP transport. The SDK's `process()` answers 500 for a token with a bad
 * signature (only its own AuthenticationError becomes 401: the JWT library's errors pass through);
 * here the request is authenticated first, by the SDK, and any failure there is a 401 logged through
 * our logger. The turn then runs exactly as `process()` would run it.
 */
export class HostedCloudAdapter extends CloudAdapter {
  authenticate(activity: Activity, authHeader: string) {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  /**
   * The authentication result rebuilt from what `kept` kept of it (no token: the claims it proved),
   * so an activity taken from the inbox after a restart replies with the same app identity.
   */
  restore(kept: KeptAuth): Awaited<ReturnType<HostedCloudAdapter['authenticate']>> {
    // Shaped like the SDK's ClaimsIdentity, which its code reads through these three members only;
    // the class itself is not exported by botbuilder.
    const claimsIdentity = {
      claims: kept.claims,
      isAuthenticated: kept.isAuthenticated,
      getClaimValue: (type: string) => kept.claims.find((c) => c.type === type)?.value ?? null,
    } as unknown as KeptIdentity;
    return {
      audience: kept.audience,
      claimsIdentity,
      ...(kept.callerId ? { callerId: kept.callerId } : {}),
      connectorFactory: this.botFrameworkAuthentication.createConnectorFactory(claimsIdentity),
    };
  }

  runAuthenticated(
    auth: Awaited<ReturnType<HostedCloudAdapter['authenticate']>>,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ) {
    return this.processActivity(auth, activity, logic);
  }
}

type KeptIdentity = Awaited<ReturnType<HostedCloudAdapter['authenticate']>>['claimsIdentity'];

/** What an inbox entry keeps of a request's authentication: its claims, never its token. */
export type KeptAuth = {
  audience: string;
  callerId?: string;
  claims: { type: string; value: string }[];
  isAuthenticated: boolean;
};

export function keepAuth(auth: Awaited<ReturnType<HostedCloudAdapter['authenticate']>>): KeptAuth {
  return {
    audience: auth.audience,
    ...(auth.callerId ? { callerId: auth.callerId } : {}),
    claims: auth.claimsIdentity.claims.map(({ type, value }) => ({ type, value })),
    isAuthenticated: auth.claimsIdentity.isAuthenticated,
  };
}

export type TeamsRoute = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** What authentication proved about a request: kept with an inbox entry to run its turn later. */
export type TeamsAuthResult = Awaited<ReturnType<HostedCloudAdapter['authenticate']>>;

/**
 * Reads and authenticates POST /api/messages. Undefined when the request was refused; it has been
 * answered then (405, 413, 400, 403, 401 or 503) and logged.
 */
export async function readAuthenticated(
  req: IncomingMessage,
  res: ServerResponse,
  adapter: HostedCloudAdapter,
  logger: Logger,
  acceptsServiceUrl: (url: string) => boolean,
): Promise<{ activity: Activity; auth: TeamsAuthResult } | undefined> {
  if (req.method !== 'POST') return void send(res, 405, { error: 'POST only' });
  const body = await readBody(req);
  if (body === 'too_large') return void send(res, 413, { error: 'request too large' });
  const activity = toActivity(body);
  if (!activity)
    return void send(res, 400, { error: 'expected a Bot Framework activity (JSON with a type)' });
  if (!acceptsServiceUrl(activity.serviceUrl)) {
    logger.warn('teams request refused: its serviceUrl is not on this machine', { type: activity.type });
    return void send(res, 403, { error: 'serviceUrl not allowed' });
  }
  try {
    return { activity, auth: await adapter.authenticate(activity, headerOf(req, 'authorization')) };
  } catch (error) {
    // The SDK marks a failure to load the signing keys 500; that is ours to fix, and Teams should retry.
    const unavailable = statusOf(error) === 500;
    logger[unavailable ? 'error' : 'warn']('teams request refused: authentication failed', {
      reason: error instanceof Error ? error.message : String(error),
      type: activity.type,
    });
    return unavailable
      ? void send(res, 503, { error: 'authentication unavailable' })
      : void send(res, 401, { error: 'unauthorized' });
  }
}

/** POST /api/messages: read the activity, authenticate it, run the turn, answer with its invoke response. */
export function createMessagesRoute(
  adapter: HostedCloudAdapter,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
  /** Which reply addresses (serviceUrl) to accept; without credentials, only this machine's. */
  acceptsServiceUrl: (url: string) => boolean = () => true,
): TeamsRoute {
  return async (req, res) => {
    const request = await readAuthenticated(req, res, adapter, logger, acceptsServiceUrl);
    if (!request) return;
    const result = await adapter.runAuthenticated(request.auth, request.activity, logic);
    send(res, result?.status ?? 200, result?.body);
  };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.byteLength;
    if (size > MAX_BODY_BYTES) return 'too_large';
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The parsed body as an Activity, with its timestamps turned into Dates as the SDK's own
 * `validateAndFixActivity` does; the rest is checked by the SDK's authentication and our handler.
 */
export function toActivity(body: unknown): Activity | undefined {
  if (!isActivity(body)) return undefined;
  for (const name of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const value: unknown = body[name];
    if (typeof value === 'string') body[name] = new Date(value);
  }
  return body;
}

function isActivity(value: unknown): value is Activity {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const conversation = record.conversation;
  return (
    typeof record.type === 'string' &&
    typeof record.serviceUrl === 'string' &&
    typeof conversation === 'object' &&
    conversation !== null &&
    typeof (conversation as Record<string, unknown>).id === 'string'
  );
}

function headerOf(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

export function send(res: ServerResponse, status: number, body: unknown): void {
  if (body === undefined || body === null) {
    res.writeHead(status);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
