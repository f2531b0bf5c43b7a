/**
 * Fetching a URL someone else supplied (a file link in a chat message) without letting it reach the
 * internal network: implemented in adapters/net/guarded-fetch.ts.
 */
export type FetchRequest = {
  /** Which host names may be fetched (the platform's own file hosts). */
  allowsHost: (hostname: string) => boolean;
  /** Exact `host:port`s set by the operator (SLACK_API_URL) or a test stand-in: any scheme, any address. */
  trustedHosts?: readonly string[];
  headers?: Record<string, string>;
  /** GET without one; a PUT sends `body` (an upload to a URL the platform gave, such as Teams' file consent). */
  upload?: { method: 'PUT'; body: Uint8Array };
  /** Largest answer read. */
  maxBytes: number;
  /** For the whole fetch, redirects included. */
  timeoutMs: number;
  /** Redirects followed (each hop checked like the first); 0 answers a redirect as a refusal. */
  maxRedirects: number;
};

export type FetchRefusal =
  | 'bad_url'
  | 'not_https'
  | 'host_not_allowed'
  | 'private_address'
  | 'redirect'
  | 'http_status'
  | 'too_large'
  | 'timeout'
  | 'network';

export type Fetched =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; refusal: FetchRefusal; status?: number; detail: string };

export type UrlFetcher = (url: string, request: FetchRequest) => Promise<Fetched>;
