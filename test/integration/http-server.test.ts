import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../adapters/http/server.ts';
import { silentLogger } from '../support/silent-logger.ts';

describe('the HTTP server', () => {
  let close = () => {};
  afterEach(() => close());

  async function start(ready: () => Promise<boolean>) {
    const routes = new Map([['/boom', () => Promise.reject(new Error('bug'))]]);
    const server = createHttpServer({ routes, ready, logger: silentLogger });
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
});
