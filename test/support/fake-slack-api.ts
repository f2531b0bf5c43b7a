import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageProblems, viewProblems } from './block-kit-rules.ts';

/** One call the app made to the fake Slack: a Web API method, a response_url POST or a file download. */
export type RecordedCall = {
  method: string;
  params: Record<string, unknown>;
  /** The bearer token sent, if any. */
  token: string | undefined;
  at: number;
};

export type FakeAnswer = {
  status?: number;
  headers?: Record<string, string>;
  body: Record<string, unknown>;
  /** Answer this much later (a slow Slack); a post that answers ok is in the channel from the start. */
  delayMs?: number;
};

/** A message chat.postMessage put in a channel, as conversations.history gives it back. */
export type FakeMessage = { ts: string; text: unknown; metadata?: unknown };

export type FakeUser = {
  name?: string;
  displayName?: string;
  isAdmin?: boolean;
  isOwner?: boolean;
  tz?: string;
  /** A deactivated account: users.info still answers, with `deleted: true`. */
  deleted?: boolean;
  /** The user's home team: another organisation's, for someone in a Slack Connect channel. */
  teamId?: string;
  enterpriseId?: string;
};

export type FakeFile = { name: string; bytes: Uint8Array; token: string };

/**
 * Runs when a call arrives, before anything else (a test kills the app there, mid-send). `drop` loses
 * the request as a broken connection would: not recorded, not applied, never answered.
 */
export type CallHook = () => 'drop' | undefined;
/** A file the app uploaded and shared (files.getUploadURLExternal, its URL, files.completeUploadExternal). */
export type SharedFile = { id: string; name: string; title: string; bytes: Uint8Array; comment: unknown };

/** An upload in progress: what getUploadURLExternal was told, and the bytes once POSTed. */
type PendingUpload = { name: string; length: number; bytes?: Uint8Array; completed: boolean };

/** A payload the stand-in refused as Slack would, with the Block Kit rules it broke. */
export type RejectedPayload = { method: string; problems: string[] };

// The methods whose payload Slack checks against the Block Kit rules before accepting it.
const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'response_url']);
const VIEW_METHODS = new Set(['views.open', 'views.publish', 'views.update', 'views.push']);

function payloadProblems(method: string, params: Record<string, unknown>): string[] {
  if (MESSAGE_METHODS.has(method)) return messageProblems(params);
  if (VIEW_METHODS.has(method)) {
    const view = params.view;
    return typeof view === 'object' && view !== null ? viewProblems(view as Record<string, unknown>) : [];
  }
  return [];
}

/**
 * A small stand-in for Slack over real HTTP: the Web API under /api/, response_urls under
 * /respond/NAME, and private file downloads under /files/ID. It records every call and can be told
 * to answer a method with an error or a 429 (with Retry-After) before answering normally again.
 * Like Slack, it answers `invalid_blocks` to a message or view that breaks a Block Kit rule
 * (block-kit-rules.ts); `close()` then fails, so every Slack test checks what it made.
 */
export async function startFakeSlackApi() {
  const calls: RecordedCall[] = [];
  const queued = new Map<string, FakeAnswer[]>();
  const users = new Map<string, FakeUser>();
  const files = new Map<string, FakeFile>();
  const history = new Map<string, FakeMessage[]>();
  const hooks = new Map<string, CallHook[]>();
  const uploads = new Map<string, PendingUpload>();
  const shared = new Map<string, SharedFile[]>();
  let posts = 0;
  const rejected: RejectedPayload[] = [];
  let base = '';

  /** Each post gets a distinct ts, as in Slack, where it names the message. */
  function nextTs(): string {
    posts++;
    return `${Math.floor(Date.now() / 1000)}.${String(posts).padStart(6, '0')}`;
  }

  function postedIn(channel: string): FakeMessage[] {
    const messages = history.get(channel) ?? [];
    history.set(channel, messages);
    return messages;
  }

  /** Newest first from `oldest`, paged by an offset cursor; metadata only with include_all_metadata. */
  function historyPage(params: Record<string, unknown>): Record<string, unknown> {
    const oldest = Number(params.oldest ?? 0);
    const limit = Number(params.limit ?? 100);
    const from = Number(params.cursor ?? 0);
    const withMetadata = String(params.include_all_metadata) === 'true';
    const newer = postedIn(String(params.channel ?? ''))
      .filter((m) => Number(m.ts) > oldest)
      .reverse();
    const page = newer.slice(from, from + limit).map((m) => ({
      type: 'message',
      ts: m.ts,
      text: m.text,
      ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
    }));
    const more = from + limit < newer.length;
    return {
      ok: true,
      messages: page,
      has_more: more,
      response_metadata: { next_cursor: more ? String(from + limit) : '' },
    };
  }
  let installedToken = 'xoxb-installed-token';

  function answerFor(method: string, params: Record<string, unknown>): FakeAnswer {
    const next = queued.get(method)?.shift();
    if (next) return next;
    const problems = payloadProblems(method, params);
    if (problems.length > 0) {
      rejected.push({ method, problems });
      return { body: { ok: false, error: 'invalid_blocks', errors: problems } };
    }
    switch (method) {
      case 'auth.test':
        return {
          body: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0FENMARSH', user: 'rectrack' },
        };
      case 'users.info': {
        const id = String(params.user ?? '');
        const user = users.get(id) ?? {};
        const name = user.name ?? id.toLowerCase();
        return {
          body: {
            ok: true,
            user: {
              id,
              name,
              real_name: name,
              tz: user.tz ?? 'Europe/London',
              is_admin: user.isAdmin ?? false,
              is_owner: user.isOwner ?? false,
              deleted: user.deleted ?? false,
              profile: { display_name: user.displayName ?? name },
              ...(user.teamId ? { team_id: user.teamId } : {}),
              ...(user.enterpriseId ? { enterprise_user: { enterprise_id: user.enterpriseId } } : {}),
            },
          },
        };
      }
      case 'chat.postMessage':
        return { body: { ok: true, channel: params.channel } };
      case 'conversations.history':
        return { body: historyPage(params) };
      case 'chat.postEphemeral':
        return { body: { ok: true, message_ts: `${Date.now() / 1000}` } };
      case 'chat.update':
        return { body: { ok: true, channel: params.channel, ts: params.ts } };
      case 'views.open':
      case 'views.publish':
        return { body: { ok: true, view: { id: 'VFAKE' } } };
      case 'files.info': {
        const id = String(params.file ?? '');
        const file = files.get(id);
        if (!file) return { body: { ok: false, error: 'file_not_found' } };
        return {
          body: {
            ok: true,
            file: {
              id,
              name: file.name,
              size: file.bytes.byteLength,
              url_private_download: `${base}/files/${id}`,
            },
          },
        };
      }
      // Slack's upload flow (https://docs.slack.dev/messaging/working-with-files#uploading_files), with
      // its rules: a filename and the exact length first; the bytes POSTed to the URL given, no more
      // and no less; then each file completed once, into a conversation the bot can reach.
      case 'files.getUploadURLExternal': {
        const length = Number(params.length);
        if (!params.filename || !Number.isInteger(length) || length <= 0) {
          return { body: { ok: false, error: 'invalid_arguments' } };
        }
        const id = `F${String(uploads.size + 1).padStart(6, '0')}`;
        uploads.set(id, { name: String(params.filename), length, completed: false });
        return { body: { ok: true, upload_url: `${base}/upload/${id}`, file_id: id } };
      }
      case 'files.completeUploadExternal': {
        const list = params.files;
        if (!Array.isArray(list) || list.length === 0)
          return { body: { ok: false, error: 'invalid_arguments' } };
        const channel = String(params.channel_id ?? '');
        for (const entry of list as { id?: string }[]) {
          const upload = uploads.get(String(entry.id));
          if (!upload || upload.completed) return { body: { ok: false, error: 'file_not_found' } };
          if (!upload.bytes) return { body: { ok: false, error: 'file_upload_not_found' } };
        }
        const into = shared.get(channel) ?? [];
        shared.set(channel, into);
        for (const entry of list as { id: string; title?: string }[]) {
          const upload = uploads.get(entry.id) as PendingUpload & { bytes: Uint8Array };
          upload.completed = true;
          into.push({
            id: entry.id,
            name: upload.name,
            title: entry.title ?? upload.name,
            bytes: upload.bytes,
            comment: params.initial_comment,
          });
        }
        return { body: { ok: true, files: list } };
      }
      case 'conversations.open':
        return { body: { ok: true, channel: { id: `D${String(params.users ?? '')}` } } };
      case 'oauth.v2.access':
        return {
          body: {
            ok: true,
            app_id: 'A0RECTRACK',
            access_token: installedToken,
            token_type: 'bot',
            scope: 'commands,chat:write',
            bot_user_id: 'UBOT',
            team: { id: 'TOAUTH', name: 'OAuth Team' },
            enterprise: null,
            is_enterprise_install: false,
            authed_user: { id: 'UINSTALLER' },
          },
        };
      default:
        return { body: { ok: true } };
    }
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', base);
      const raw = await readBody(req);
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (url.pathname.startsWith('/files/')) {
        const id = url.pathname.slice('/files/'.length);
        calls.push({ method: 'file.download', params: { id }, token, at: Date.now() });
        const file = files.get(id);
        if (!file || token !== file.token) {
          res.writeHead(302, { location: 'https://slack.com/signin' });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(Buffer.from(file.bytes));
        return;
      }
      const method = url.pathname.startsWith('/respond/')
        ? 'response_url'
        : url.pathname.replace(/^\/api\//, '');
      if (hooks.get(method)?.shift()?.() === 'drop') {
        res.destroy();
        return;
      }
      if (url.pathname.startsWith('/upload/')) {
        const id = url.pathname.slice('/upload/'.length);
        calls.push({ method: 'file.upload', params: { id, bytes: raw.byteLength }, token, at: Date.now() });
        const upload = uploads.get(id);
        // The URL is signed for one file of the announced length.
        if (!upload || upload.bytes || raw.byteLength !== upload.length) {
          res.writeHead(400, { 'content-type': 'text/plain' });
          res.end('bad upload');
          return;
        }
        upload.bytes = new Uint8Array(raw);
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`OK - ${raw.byteLength}`);
        return;
      }
      if (url.pathname.startsWith('/respond/')) {
        const params = JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
        calls.push({
          method: 'response_url',
          params: { ...params, url: url.pathname },
          token,
          at: Date.now(),
        });
        const answer = queued.get('response_url')?.shift();
        if (answer) {
          res.writeHead(answer.status ?? 200, { 'content-type': 'text/plain' });
          res.end(JSON.stringify(answer.body));
          return;
        }
        const problems = payloadProblems('response_url', params);
        if (problems.length > 0) {
          rejected.push({ method: 'response_url', problems });
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error: 'invalid_blocks' }));
          return;
        }
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
        return;
      }
      const params = parseParams(req.headers['content-type'] ?? '', raw.toString('utf8'));
      const bodyToken = typeof params.token === 'string' ? params.token : undefined;
      calls.push({ method, params, token: token ?? bodyToken, at: Date.now() });
      const answer = answerFor(method, params);
      let body = answer.body;
      if (method === 'chat.postMessage' && body.ok === true) {
        const ts = nextTs();
        postedIn(String(params.channel ?? '')).push({
          ts,
          text: params.text,
          ...(params.metadata ? { metadata: params.metadata } : {}),
        });
        body = { ...body, ts };
      }
      if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      // A caller that gave up has gone; the answer then lands nowhere, as with a slow Slack.
      if (res.destroyed) return;
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    base,
    apiUrl: `${base}/api/`,
    calls,
    /** Payloads refused with `invalid_blocks`; a test that means to send one empties this before closing. */
    rejected,
    /** The calls of one method (or `response_url`, `file.download`), oldest first. */
    callsTo: (method: string) => calls.filter((c) => c.method === method),
    /** A response_url for a fake command or click; POSTs to it are recorded as `response_url`. */
    responseUrl: (name: string) => `${base}/respond/${name}`,
    /** The next call to `method` gets this answer; later calls are answered normally. */
    answerNext(method: string, ...answers: FakeAnswer[]) {
      queued.set(method, [...(queued.get(method) ?? []), ...answers]);
    },
    /** The next call to `method` (or `response_url`) runs `hook` as it arrives: see CallHook. */
    whenCalled(method: string, hook: CallHook) {
      hooks.set(method, [...(hooks.get(method) ?? []), hook]);
    },
    /** What chat.postMessage put in a channel, oldest first (a post that answered an error is not there). */
    messagesIn: (channel: string) => [...postedIn(channel)],
    /** The files shared into a conversation by files.completeUploadExternal, oldest first. */
    filesIn: (channel: string) => [...(shared.get(channel) ?? [])],
    addUser(id: string, user: FakeUser) {
      users.set(id, user);
    },
    addFile(id: string, file: FakeFile) {
      files.set(id, file);
    },
    setInstalledToken(token: string) {
      installedToken = token;
    },
    /** Resolves once `check` passes, polling; fails with what was recorded when it doesn't in time. */
    async waitFor<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
      const start = Date.now();
      for (;;) {
        const value = check();
        if (value) return value;
        if (Date.now() - start > timeoutMs) {
          throw new Error(`timed out; calls so far: ${calls.map((c) => c.method).join(', ')}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (rejected.length > 0) {
        const lines = rejected.map((r) => `${r.method}: ${r.problems.join('; ')}`);
        throw new Error(`Slack would have refused with invalid_blocks:\n${lines.join('\n')}`);
      }
    },
  };
}

export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The WebClient posts form fields with JSON-encoded blocks and views; this decodes both. */
function parseParams(contentType: string, text: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(text || '{}') as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    params[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return params;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
