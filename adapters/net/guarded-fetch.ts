import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Fetched, FetchRequest, UrlFetcher } from '../../src/ports/url-fetcher.ts';
import { isPublicAddress } from './public-address.ts';

export type ResolvedAddress = { address: string; family: number };
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

const systemResolve: Resolve = (hostname) => dnsLookup(hostname, { all: true });

type Refused = Extract<Fetched, { ok: false }>;
const refuse = (refusal: Refused['refusal'], detail: string, status?: number): Refused => ({
  ok: false,
  refusal,
  detail,
  ...(status === undefined ? {} : { status }),
});

/**
 * The one way rectrack fetches a URL a user or a payload supplied. Every hop, the first and each
 * redirect, must be https to an allowed host whose every resolved address is public; the connection
 * then goes to the address that was checked (so a second DNS answer can't swap in an internal one),
 * redirects are followed by hand up to a limit, and the body is cut off past a size and a deadline.
 * `resolve` is the DNS lookup (tests give their own answers).
 */
export function createGuardedFetch(options: { resolve?: Resolve } = {}): UrlFetcher {
  const resolve = options.resolve ?? systemResolve;
  return async (url, request) => {
    const deadline = AbortSignal.timeout(request.timeoutMs);
    let current = url;
    for (let hop = 0; ; hop++) {
      const checked = await checkHop(current, request, resolve);
      if ('refusal' in checked) return checked;
      let response: IncomingMessage;
      try {
        response = await send(checked, request, deadline);
      } catch (error) {
        if (deadline.aborted) return refuse('timeout', `no answer within ${request.timeoutMs} ms`);
        return refuse('network', error instanceof Error ? error.message : String(error));
      }
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        if (hop >= request.maxRedirects)
          return refuse('redirect', `redirected to ${hostOf(location, current)}`, status);
        current = new URL(location, current).href;
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        return refuse('http_status', `HTTP ${status}`, status);
      }
      return readCapped(response, request.maxBytes, deadline, request.timeoutMs);
    }
  };
}

type CheckedHop = { url: URL; address: ResolvedAddress | undefined };

async function checkHop(
  text: string,
  request: FetchRequest,
  resolve: Resolve,
): Promise<CheckedHop | Refused> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse('bad_url', 'not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('bad_url', `${url.protocol} URL`);
  // The operator's own hosts (SLACK_API_URL) and tests' stand-ins: set in config, not by a user.
  if (request.trustedHosts?.includes(url.host)) return { url, address: undefined };
  if (url.protocol !== 'https:') return refuse('not_https', `${url.host} over plain http`);
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (!request.allowsHost(hostname)) return refuse('host_not_allowed', `${hostname} is not an allowed host`);
  let addresses: ResolvedAddress[];
  if (isIP(hostname)) {
    addresses = [{ address: hostname, family: isIP(hostname) }];
  } else {
    try {
      addresses = await resolve(hostname);
    } catch (error) {
      return refuse('network', `${hostname} did not resolve: ${error instanceof Error ? error.message : ''}`);
    }
  }
  const inside = addresses.find((a) => !isPublicAddress(a.address));
  if (inside || addresses.length === 0) {
    return refuse('private_address', `${hostname} resolves to ${inside?.address ?? 'nothing'}`);
  }
  return { url, address: addresses[0] };
}

function send(hop: CheckedHop, fetch: FetchRequest, signal: AbortSignal): Promise<IncomingMessage> {
  const { url, address } = hop;
  // Connect to the address that was checked; TLS still verifies the certificate for the host name.
  const pinned: LookupFunction | undefined = address
    ? (_host, opts, callback) => {
        if (opts.all) callback(null, [address]);
        else callback(null, address.address, address.family);
      }
    : undefined;
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const options = {
      headers: fetch.headers ?? {},
      signal,
      ...(fetch.upload ? { method: fetch.upload.method } : {}),
      ...(pinned ? { lookup: pinned } : {}),
    };
    const req = request(url, options, resolve);
    req.once('error', reject);
    req.end(fetch.upload ? Buffer.from(fetch.upload.body) : undefined);
  });
}

async function readCapped(
  response: IncomingMessage,
  maxBytes: number,
  deadline: AbortSignal,
  timeoutMs: number,
): Promise<Fetched> {
  const declared = Number(response.headers['content-length'] ?? '0');
  if (declared > maxBytes) {
    response.destroy();
    return refuse('too_large', `${declared} bytes declared, over ${maxBytes}`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of response) {
      total += (chunk as Buffer).byteLength;
      // Counted as it arrives: a missing or false Content-Length can't make us read a huge body.
      if (total > maxBytes) {
        response.destroy();
        return refuse('too_large', `over ${maxBytes} bytes`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (deadline.aborted) return refuse('timeout', `body not read within ${timeoutMs} ms`);
    return refuse('network', error instanceof Error ? error.message : String(error));
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks)) };
}

function hostOf(location: string, base: string): string {
  try {
    return new URL(location, base).host;
  } catch {
    return 'an unreadable address';
  }
}
