import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, serveRectrack } from '../support/serve-rectrack.ts';
import {
  createServerDatabase,
  dropServerDatabase,
  serverDatabaseUrl,
  TEST_PG_URL,
} from '../support/test-databases.ts';

const SECRET_KEY = Buffer.alloc(32, 7).toString('base64');
const dir = mkdtempSync(join(tmpdir(), 'rectrack-shutdown-'));
const databases: string[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const name of databases) await dropServerDatabase(name);
});

const settings: [string, () => Promise<string>][] = [
  ['SQLite', async () => `sqlite:${join(dir, 'rectrack.sqlite')}`],
  ...(TEST_PG_URL
    ? ([
        [
          'PostgreSQL',
          async () => {
            const name = await createServerDatabase();
            databases.push(name);
            return serverDatabaseUrl(name);
          },
        ],
      ] as [string, () => Promise<string>][])
    : []),
];

/** `rectrack serve` as an orchestrator runs it: probes, then SIGTERM and a deadline. */
describe.each(settings)('rectrack serve on %s', (_name, databaseUrl) => {
  it('is ready once up, logs JSON lines without secrets, and stops on SIGTERM within 10 s', {
    timeout: 60_000,
  }, async () => {
    const url = await databaseUrl();
    const port = await freePort();
    const served = await serveRectrack(
      {
        PORT: String(port),
        DATABASE_URL: url,
        TEAMS_ALLOW_UNAUTHENTICATED: 'true',
        RECTRACK_SECRET_KEY: SECRET_KEY,
      },
      dir,
    );
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([200, 'ready']);
    const notFound = await fetch(`${base}/nothing`, { headers: { 'x-request-id': 'probe-42' } });
    expect(notFound.headers.get('x-request-id')).toBe('probe-42');

    const asked = Date.now();
    const exit = new Promise<number | null>((resolve) => served.child.once('exit', (code) => resolve(code)));
    served.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(Date.now() - asked).toBeLessThan(10_000);

    const lines = served
      .stderr()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l.message)).toEqual(expect.arrayContaining(['listening', 'stopping', 'stopped']));
    expect(lines).toContainEqual(expect.objectContaining({ message: 'http request', requestId: 'probe-42' }));
    const password = new URL(url).password;
    const text = served.stderr();
    expect(text).not.toContain(SECRET_KEY);
    if (password) expect(text).not.toContain(password);
  });
});
