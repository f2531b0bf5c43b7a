import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cardProblems, fileCardProblems } from './adaptive-card-rules.ts';

/** One call the bot made to the stand-in Bot Connector. */
export type ConnectorCall = {
  kind: 'send' | 'reply' | 'update' | 'member' | 'file';
  method: string;
  /** The decoded conversation id from the path. */
  conversationId: string;
  /** The message replied to or updated (reply, update), or the member looked up. */
  targetId?: string;
  /** The activity the bot sent (send, reply, update). */
  activity?: Record<string, unknown>;
  authorization: string | undefined;
  at: number;
};

/** An activity the stand-in refused because a card in it breaks the Adaptive Card rules. */
export type RejectedActivity = { conversationId: string; problems: string[] };

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** What the Adaptive Cards attached to an activity break (adaptive-card-rules.ts). */
function activityProblems(activity: Record<string, unknown> | undefined): string[] {
  const attachments = Array.isArray(activity?.attachments) ? (activity.attachments as unknown[]) : [];
  return attachments.flatMap((attachment) => {
    const { contentType, content } = (attachment ?? {}) as { contentType?: unknown; content?: unknown };
    if (contentType !== ADAPTIVE_CARD) return fileCardProblems((attachment ?? {}) as Record<string, unknown>);
    if (typeof content !== 'object' || content === null)
      return ['an Adaptive Card attachment without content'];
    return cardProblems(content as Record<string, unknown>);
  });
}

/** A file the bot PUT to an upload URL (as Teams' file consent gives one), with the headers it sent. */
export type Upload = {
  name: string;
  bytes: Uint8Array;
  contentRange: string | undefined;
  contentLength: string | undefined;
};

export type ConnectorAnswer = { status: number; headers?: Record<string, string>; body?: unknown };
export type FakeMember = { id: string; name: string; aadObjectId: string };

/**
 * A small stand-in for the Bot Connector REST API over real HTTP
 * (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference):
 * it records every send, reply, update and member lookup, can be told to answer the next calls with
 * errors or 429s (with Retry-After), serves file downloads, takes file uploads, and, for auth tests, OpenID metadata and
 * signing keys. Ids in paths are read encoded or not. An activity whose Adaptive Card breaks a rule
 * Teams applies (adaptive-card-rules.ts) is refused with 400 BadArgument, and `close()` then fails,
 * so every Teams test checks the cards it made.
 */
export async function startFakeBotConnector() {
  const calls: ConnectorCall[] = [];
  const queued: ConnectorAnswer[] = [];
  const members = new Map<string, FakeMember>();
  const files = new Map<string, Uint8Array>();
  const redirects = new Map<string, string>();
  const rejected: RejectedActivity[] = [];
  const uploads: Upload[] = [];
  let jwks: unknown = { keys: [] };
  let issuer = '';
  let next = 1;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname
      .split('/')
      .filter((p) => p !== '')
      .map((p) => decodeURIComponent(p));
    const authorization = req.headers.authorization;
    if (url.pathname === '/openid/.well-known/openid-configuration') {
      return json(res, 200, {
        issuer,
        jwks_uri: `${base}/openid/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    if (url.pathname === '/openid/keys') return json(res, 200, jwks);
    if (parts[0] === 'files' && parts[1]) {
      calls.push({
        kind: 'file',
        method: req.method ?? '',
        conversationId: '',
        targetId: parts[1],
        authorization,
        at: Date.now(),
      });
      const redirect = redirects.get(parts[1]);
      if (redirect) {
        res.writeHead(302, { location: redirect });
        res.end();
        return;
      }
      const bytes = files.get(parts[1]);
      if (!bytes) return json(res, 404, { error: 'no such file' });
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(bytes.byteLength),
      });
      res.end(Buffer.from(bytes));
      return;
    }
    if (parts[0] === 'uploads' && parts[1]) return receiveUpload(req, res, parts[1]);
    if (parts[0] !== 'v3' || parts[1] !== 'conversations' || !parts[2])
      return json(res, 404, { error: 'not found' });
    const conversationId = parts[2];
    const body = await readJson(req);
    const call: ConnectorCall = {
      kind: 'send',
      method: req.method ?? '',
      conversationId,
      authorization,
      at: Date.now(),
    };
    if (parts[3] === 'members' && parts[4]) {
      call.kind = 'member';
      call.targetId = parts[4];
    } else if (parts[3] === 'activities') {
      call.activity = body;
      if (parts[4]) {
        call.kind = req.method === 'PUT' ? 'update' : 'reply';
        call.targetId = parts[4];
      }
    } else {
      return json(res, 404, { error: 'not found' });
    }
    calls.push(call);
    const answer = queued.shift();
    if (answer) {
      res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.headers ?? {}) });
      res.end(JSON.stringify(answer.body ?? {}));
      return;
    }
    const problems = activityProblems(call.activity);
    if (problems.length > 0) {
      rejected.push({ conversationId, problems });
      return json(res, 400, { error: { code: 'BadArgument', message: problems.join('; ') } });
    }
    if (call.kind === 'member') {
      const member = members.get(call.targetId ?? '');
      if (!member)
        return json(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'no such member' } });
      return json(res, 200, { ...member, userPrincipalName: `${member.name}@example.org` });
    }
    const id = call.kind === 'update' ? (call.targetId ?? '') : `bot-msg-${next++}`;
    return json(res, 200, { id });
  }

  /**
   * An upload session URL as OneDrive gives one: the whole file in one PUT, whose Content-Range and
   * Content-Length must describe exactly the bytes sent, answered with 201 and the new item.
   */
  async function receiveUpload(req: IncomingMessage, res: ServerResponse, name: string) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = new Uint8Array(Buffer.concat(chunks));
    const contentRange = req.headers['content-range'];
    const contentLength = req.headers['content-length'];
    uploads.push({ name, bytes, contentRange, contentLength });
    const n = bytes.byteLength;
    if (req.method !== 'PUT') return json(res, 405, { error: 'PUT only' });
    if (contentLength !== String(n) || contentRange !== `bytes 0-${n - 1}/${n}`) {
      return json(res, 400, { error: { code: 'invalidRange', message: `${contentRange} for ${n} bytes` } });
    }
    return json(res, 201, { id: `item-${name}`, name, size: n });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => json(res, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    /** The serviceUrl activities carry, so the bot's replies come here. */
    url: `${base}/`,
    host: new URL(base).host,
    openIdMetadataUrl: `${base}/openid/.well-known/openid-configuration`,
    calls,
    /** Activities refused for their cards; a test that means to send one empties this before closing. */
    rejected,
    /** Activities the bot posted (sends and replies), in order. */
    posted: () => calls.filter((c) => c.kind === 'send' || c.kind === 'reply'),
    updates: () => calls.filter((c) => c.kind === 'update'),
    /** The next calls to conversations get these answers, one each, before normal answers resume. */
    answerNext(...answers: ConnectorAnswer[]) {
      queued.push(...answers);
    },
    addMember(member: FakeMember) {
      members.set(member.id, member);
      members.set(member.aadObjectId, member);
    },
    addFile(name: string, bytes: Uint8Array): string {
      files.set(name, bytes);
      return `${base}/files/${encodeURIComponent(name)}`;
    },
    /** A file link that answers with a redirect to `location` (a link leading somewhere else). */
    addFileRedirect(name: string, location: string): string {
      redirects.set(name, location);
      return `${base}/files/${encodeURIComponent(name)}`;
    },
    /** Files PUT to upload URLs, in order. */
    uploads,
    uploadUrl: (name: string) => `${base}/uploads/${encodeURIComponent(name)}`,
    serveKeys(keys: unknown, tokenIssuer: string) {
      jwks = keys;
      issuer = tokenIssuer;
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (rejected.length > 0) {
        const lines = rejected.map((r) => `${r.conversationId}: ${r.problems.join('; ')}`);
        throw new Error(`Teams would have refused these cards:\n${lines.join('\n')}`);
      }
    },
  };
}

export type FakeBotConnector = Awaited<ReturnType<typeof startFakeBotConnector>>;

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
