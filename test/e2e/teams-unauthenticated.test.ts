import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personal, startTeamsHarness, type TeamsHarness } from '../support/fake-bot-connector-harness.ts';
import { freePort, type Served, serveRectrack } from '../support/serve-rectrack.ts';

/** Whether a TCP connection to host:port is accepted. */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('Teams without credentials (TEAMS_ALLOW_UNAUTHENTICATED, local use only)', () => {
  describe('the activity’s reply address', () => {
    let h: TeamsHarness;
    beforeAll(async () => {
      h = await startTeamsHarness();
    });
    afterAll(() => h.close());

    it.each([
      'http://10.0.0.5:3978/',
      'http://169.254.169.254/latest/',
      'https://smba.trafficmanager.net/emea/',
      'http://127.0.0.1.nip.io/',
      'not a url',
    ])('refuses an activity whose serviceUrl is %s, and sends nothing', async (serviceUrl) => {
      const res = await h.exchange(personal(h, 'reports', { serviceUrl }));
      expect(res.status).toBe(403);
      expect(res.calls).toEqual([]);
      expect(h.logs.some((l) => l.message.includes('serviceUrl is not on this machine'))).toBe(true);
    });

    it('answers one whose serviceUrl is on this machine', async () => {
      const res = await h.say('help');
      expect(res.status).toBe(200);
      expect(res.posted.length).toBeGreaterThan(0);
    });
  });

  describe('rectrack serve', () => {
    let dir: string;
    let served: Served;
    let port: number;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'rectrack-teams-local-'));
      port = await freePort();
      served = await serveRectrack(
        {
          TEAMS_ALLOW_UNAUTHENTICATED: 'true',
          PORT: String(port),
          DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
        },
        dir,
      );
    }, 30_000);
    afterAll(async () => {
      await served?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('listens on 127.0.0.1 only', async () => {
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      // Another loopback address reaches a server bound to every interface, but not one bound to 127.0.0.1.
      expect(await reachable('127.0.0.2', port)).toBe(false);
      const external = Object.values(networkInterfaces())
        .flat()
        .filter((a): a is NonNullable<typeof a> => a !== undefined && !a.internal && a.family === 'IPv4');
      for (const address of external) expect(await reachable(address.address, port)).toBe(false);
      expect(served.stderr()).toContain('"host":"127.0.0.1"');
    });
  });
});
