import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createGuardedFetch, type Resolve } from '../../adapters/net/guarded-fetch.ts';
import { isPublicAddress } from '../../adapters/net/public-address.ts';
import type { FetchRequest } from '../../src/ports/url-fetcher.ts';

/** Local HTTP servers that count what reaches them: a refusal must come before any request. */
const servers: Server[] = [];
async function serve(handler: RequestListener) {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { host, url: `http://${host}`, hits };
}
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

const PLATFORM = (hostname: string) => hostname === 'files.example.com' || hostname.endsWith('.slack.test');
const request = (changes: Partial<FetchRequest> = {}): FetchRequest => ({
  allowsHost: PLATFORM,
  maxBytes: 1000,
  timeoutMs: 2000,
  maxRedirects: 3,
  ...changes,
});
/** DNS with fixed answers, so an allowed name can point wherever a test needs. */
const dns =
  (answers: Record<string, string>): Resolve =>
  async (hostname) => {
    const address = answers[hostname];
    if (!address) throw new Error(`ENOTFOUND ${hostname}`);
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };

describe('the guarded fetcher for user-supplied URLs', () => {
  it('refuses plain http, even to an allowed host, and sends nothing', async () => {
    const target = await serve((_req, res) => res.end('secret'));
    const fetched = await createGuardedFetch({ resolve: dns({ 'files.example.com': '127.0.0.1' }) })(
      `${target.url}/x`,
      request({ allowsHost: () => true }),
    );
    expect(fetched).toMatchObject({ ok: false, refusal: 'not_https' });
    expect(target.hits).toEqual([]);
  });

  it('refuses a host that is not on the allowlist', async () => {
    const fetched = await createGuardedFetch({ resolve: dns({ 'evil.example': '93.184.216.34' }) })(
      'https://evil.example/file',
      request(),
    );
    expect(fetched).toMatchObject({ ok: false, refusal: 'host_not_allowed' });
  });

  it.each([
    ['127.0.0.1'],
    ['10.1.2.3'],
    ['172.20.0.5'],
    ['192.168.1.10'],
    ['169.254.169.254'],
    ['100.64.0.1'],
    ['0.0.0.0'],
    ['::1'],
    ['fd00::1'],
    ['fe80::1'],
    ['::ffff:127.0.0.1'],
    ['::ffff:a9fe:a9fe'],
    ['64:ff9b::a00:1'],
  ])('refuses an allowed host name that resolves to %s', async (address) => {
    const fetched = await createGuardedFetch({ resolve: dns({ 'files.example.com': address }) })(
      'https://files.example.com/file',
      request(),
    );
    expect(fetched).toMatchObject({ ok: false, refusal: 'private_address' });
  });

  it('checks what real DNS answers (localhost) and IP literals, IPv4 and IPv6', async () => {
    const fetch = createGuardedFetch();
    const everyHost = request({ allowsHost: () => true });
    for (const url of [
      'https://localhost/x',
      'https://127.0.0.1/x',
      'https://[::1]/x',
      'https://[::ffff:7f00:1]/x',
    ]) {
      expect(await fetch(url, everyHost), url).toMatchObject({ ok: false, refusal: 'private_address' });
    }
  });

  it('follows no redirect to another host: each hop is checked again', async () => {
    const inside = await serve((_req, res) => res.end('internal data'));
    const cases: Array<[string, string]> = [
      [`${inside.url}/admin`, 'not_https'],
      ['https://evil.example/x', 'host_not_allowed'],
      ['https://files.example.com/x', 'private_address'],
      ['ftp://files.example.com/x', 'bad_url'],
    ];
    for (const [location, refusal] of cases) {
      const start = await serve((_req, res) => {
        res.writeHead(302, { location });
        res.end();
      });
      const fetched = await createGuardedFetch({ resolve: dns({ 'files.example.com': '10.0.0.1' }) })(
        `${start.url}/download`,
        request({ trustedHosts: [start.host] }),
      );
      expect(fetched, location).toMatchObject({ ok: false, refusal });
      expect(start.hits).toEqual(['/download']);
    }
    expect(inside.hits).toEqual([]);
  });

  it('follows a redirect that passes the checks, and stops after the limit', async () => {
    const host = await serve((req, res) => {
      if (req.url === '/loop') {
        res.writeHead(302, { location: '/loop' });
        return res.end();
      }
      if (req.url === '/start') {
        res.writeHead(302, { location: '/file' });
        return res.end();
      }
      res.end('the file');
    });
    const fetch = createGuardedFetch();
    const fetched = await fetch(`${host.url}/start`, request({ trustedHosts: [host.host] }));
    expect(fetched.ok && Buffer.from(fetched.bytes).toString()).toBe('the file');
    const once = await fetch(`${host.url}/start`, request({ trustedHosts: [host.host], maxRedirects: 0 }));
    expect(once).toMatchObject({ ok: false, refusal: 'redirect', status: 302 });
    const looping = await fetch(`${host.url}/loop`, request({ trustedHosts: [host.host] }));
    expect(looping).toMatchObject({ ok: false, refusal: 'redirect' });
  });

  it('stops reading past the size limit, declared or not', async () => {
    const host = await serve((req, res) => {
      if (req.url === '/declared') res.writeHead(200, { 'content-length': '5000' });
      else res.writeHead(200); // chunked: no length said
      res.end('x'.repeat(5000));
    });
    const fetch = createGuardedFetch();
    for (const path of ['/declared', '/chunked']) {
      const fetched = await fetch(`${host.url}${path}`, request({ trustedHosts: [host.host] }));
      expect(fetched, path).toMatchObject({ ok: false, refusal: 'too_large' });
    }
  });

  it('gives up at the time limit on a server that never answers, or answers too slowly', async () => {
    const host = await serve((req, res) => {
      if (req.url === '/trickle') {
        res.writeHead(200);
        res.write('a');
      }
    });
    const fetch = createGuardedFetch();
    for (const path of ['/silent', '/trickle']) {
      const started = Date.now();
      const fetched = await fetch(
        `${host.url}${path}`,
        request({ trustedHosts: [host.host], timeoutMs: 300 }),
      );
      expect(fetched, path).toMatchObject({ ok: false, refusal: 'timeout' });
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });

  it('judges addresses: public ones pass', () => {
    expect(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '8.8.8.8'].map(isPublicAddress)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['not-an-ip', '', '::'].map(isPublicAddress)).toEqual([false, false, false]);
  });
});
