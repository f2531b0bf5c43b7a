import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openApp } from '../../src/main.ts';
import { createTeams } from '../../src/platforms.ts';
import type { LogFields, Logger } from '../../src/ports/logger.ts';
import {
  APP_ID,
  personal,
  startTeamsHarness,
  TENANT,
  type TeamsHarness,
} from '../support/fake-bot-connector-harness.ts';

const REGISTER =
  'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55';

async function workspaceExists(h: TeamsHarness): Promise<boolean> {
  return (await h.deps.store.workspaces.findByExternal('teams', TENANT)) !== undefined;
}

describe('Teams with credentials: every request must carry a valid Bot Framework token', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness({ credentials: true });
  });
  afterEach(() => h.close());

  it('refuses a request without a token (401) and applies nothing', async () => {
    const { status, calls } = await h.exchange(personal(h, REGISTER));
    expect(status).toBe(401);
    expect(calls).toHaveLength(0);
    expect(await workspaceExists(h)).toBe(false);
    expect(h.logs.some((l) => l.message === 'teams request refused: authentication failed')).toBe(true);
  });

  it('refuses a forged token (same key id, unpublished key) and applies nothing', async () => {
    const activity = personal(h, REGISTER);
    const forged = h.signer.forge({ aud: APP_ID, serviceUrl: String(activity.serviceUrl) });
    const { status } = await h.exchange(activity, { authorization: `Bearer ${forged}` });
    expect(status).toBe(401);
    expect(await workspaceExists(h)).toBe(false);
  });

  it.each([
    ['for another bot', { aud: '99999999-9999-9999-9999-999999999999' }],
    ['expired', { expiresInSeconds: -3600 }],
    ['from another issuer', { iss: 'https://evil.example.org' }],
    ['for another service URL', { serviceUrl: 'https://elsewhere.example.org/' }],
  ])('refuses a properly signed token %s', async (_name, change) => {
    const activity = personal(h, REGISTER);
    const token = h.signer.sign({ aud: APP_ID, serviceUrl: String(activity.serviceUrl), ...change });
    const { status } = await h.exchange(activity, { authorization: `Bearer ${token}` });
    expect(status).toBe(401);
    expect(await workspaceExists(h)).toBe(false);
  });

  it('accepts a token signed by the published key and runs the command', async () => {
    const { status } = await h.postSigned(personal(h, REGISTER));
    expect(status).toBe(200);
    const workspace = await h.deps.store.workspaces.findByExternal('teams', TENANT);
    expect(workspace).toBeDefined();
    expect(await h.deps.store.reports.findByKey(workspace?.id ?? '', 'OSAEC23')).toBeDefined();
    // The answer needs an outbound token from Microsoft Entra ID, which this test cannot issue: the
    // attempt is made with our app's credentials, and its failure is logged as what to check.
    const failed = h.logs.find((l) => l.message === 'teams message not sent');
    expect(failed).toMatchObject({ level: 'error', fields: { code: 'unauthorized' } });
    expect(String(failed?.fields.reason)).toContain('TEAMS_APP_PASSWORD');
  });
});

describe('Teams without credentials', () => {
  function recorder() {
    const lines: { message: string; fields?: LogFields }[] = [];
    const logger: Logger = {
      info: () => {},
      warn: (message, fields) => lines.push({ message, ...(fields ? { fields } : {}) }),
      error: () => {},
    };
    return { lines, logger };
  }

  it('mounts no /api/messages unless TEAMS_ALLOW_UNAUTHENTICATED=true, and then warns loudly', async () => {
    const off = loadConfig({ DATABASE_URL: 'sqlite::memory:' });
    const on = loadConfig({ DATABASE_URL: 'sqlite::memory:', TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
    if (!off.ok || !on.ok) throw new Error('config');
    const app = await openApp(off.config);
    try {
      const quiet = recorder();
      expect(await createTeams(off.config, app, quiet.logger)).toBeUndefined();
      expect(quiet.lines).toHaveLength(0);
      const loud = recorder();
      const bot = await createTeams(on.config, app, loud.logger);
      expect([...(bot?.routes.keys() ?? [])]).toEqual(['/api/messages']);
      expect(loud.lines.map((l) => l.message).join('\n')).toMatch(/WITHOUT checking who sent them/);
    } finally {
      await app.close();
    }
  });

  it('with credentials set, the flag is ignored (and says so): tokens are still checked', async () => {
    const both = loadConfig({
      DATABASE_URL: 'sqlite::memory:',
      TEAMS_APP_ID: APP_ID,
      TEAMS_APP_PASSWORD: 'secret',
      TEAMS_APP_TENANT_ID: TENANT,
      TEAMS_ALLOW_UNAUTHENTICATED: 'true',
    });
    if (!both.ok) throw new Error('config');
    const app = await openApp(both.config);
    try {
      const log = recorder();
      expect(await createTeams(both.config, app, log.logger)).toBeDefined();
      expect(log.lines.map((l) => l.message).join('\n')).toMatch(/TEAMS_ALLOW_UNAUTHENTICATED is ignored/);
      expect(log.lines.map((l) => l.message).join('\n')).not.toMatch(/WITHOUT checking/);
    } finally {
      await app.close();
    }
  });
});
