import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../adapters/http/server.ts';
import type { Logger } from '../../src/ports/logger.ts';
import { silentLogger } from '../support/silent-logger.ts';

describe('the HTTP server', () => {
  let close = () => {};
  afterEach(() => close());

  async function start(ready: () => Promise<boolean | string[]>, logger: Logger = silentLogger) {
    const routes = new Map([['/boom', () => Promise.reject(new Error('bug'))]]);
    const server = createHttpServer({ routes, ready, logger });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    close = () => server.close();
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('answers health and readiness checks', async () => {
    const base = await start(async () => true);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).text()).toBe('ready');
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
  });

  it('is not ready while the database is unreachable, and a failing route gets a 500', async () => {
    const base = await start(() => Promise.reject(new Error('database closed')));
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect((await fetch(`${base}/boom`)).status).toBe(500);
  });

  it('says why it is not ready, so an operator reading the probe knows what to fix', async () => {
    const base = await start(async () => ['migrations not applied: 0011-x (run rectrack migrate)']);
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.text()).toBe('not ready: migrations not applied: 0011-x (run rectrack migrate)');
    const ready = await start(async () => []);
    expect(await (await fetch(`${ready}/readyz`)).text()).toBe('ready');
  });

  it('gives every request an id, keeps the id a proxy gave, and logs it with the outcome', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger: Logger = { ...silentLogger, info: (message, fields) => lines.push({ message, ...fields }) };
    const base = await start(async () => true, logger);
    const mine = await fetch(`${base}/nothing-here`, { headers: { 'x-request-id': 'lb-1234' } });
    expect(mine.headers.get('x-request-id')).toBe('lb-1234');
    const made = await fetch(`${base}/nothing-here`, { headers: { 'x-request-id': 'no spaces <allowed>' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await fetch(`${base}/healthz`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines).toEqual([
      expect.objectContaining({
        message: 'http request',
        requestId: 'lb-1234',
        path: '/nothing-here',
        status: 404,
      }),
      expect.objectContaining({ requestId: made.headers.get('x-request-id'), status: 404 }),
    ]);
  });
});
