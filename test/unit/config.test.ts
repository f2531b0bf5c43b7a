import { describe, expect, it } from 'vitest';
import { isPlatformConfigured, loadConfig } from '../../src/config.ts';

describe('loadConfig', () => {
  it('defaults to the console on a local SQLite file in London time', () => {
    const result = loadConfig({});
    expect(result).toEqual({
      ok: true,
      config: {
        port: 3000,
        database: { kind: 'sqlite', path: './data/rectrack.sqlite' },
        defaultTimeZone: 'Europe/London',
        noColor: false,
        slack: undefined,
        teams: undefined,
        teamsAllowUnauthenticated: false,
        inbox: { limit: 500, leaseMs: 30_000 },
      },
    });
    expect(result.ok && isPlatformConfigured(result.config)).toBe(false);
  });

  it('treats empty variables (as in a copied .env.example) as unset', () => {
    const result = loadConfig({
      SLACK_SIGNING_SECRET: '',
      SLACK_BOT_TOKEN: '',
      TEAMS_APP_ID: '',
      SLACK_API_URL: '',
    });
    expect(result.ok && result.config.slack).toBeUndefined();
  });

  it('reports every problem at once', () => {
    const result = loadConfig({ PORT: 'eighty', DEFAULT_TIME_ZONE: 'Mars/Olympus' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(2);
    expect(result.problems.join('\n')).toMatch(/PORT/);
    expect(result.problems.join('\n')).toMatch(/DEFAULT_TIME_ZONE: must be an IANA time zone/);
  });

  it('names the missing variables of a partly configured platform', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', TEAMS_APP_ID: 'app' });
    expect(result).toEqual({
      ok: false,
      problems: [
        'Slack is partly configured: set SLACK_SIGNING_SECRET as well (or unset the other Slack variables).',
        'Teams is partly configured: set TEAMS_APP_PASSWORD and TEAMS_APP_TENANT_ID as well (or unset the other Teams variables).',
      ],
    });
  });

  it('does not need a tenant id for a multi-tenant Teams bot', () => {
    const result = loadConfig({
      TEAMS_APP_ID: 'app',
      TEAMS_APP_PASSWORD: 'pw',
      TEAMS_APP_TYPE: 'MultiTenant',
    });
    expect(result.ok && result.config.teams).toEqual({
      appId: 'app',
      appPassword: 'pw',
      tenantId: undefined,
      appType: 'MultiTenant',
    });
    expect(result.ok && isPlatformConfigured(result.config)).toBe(true);
  });

  it('configures Slack with both secrets and an optional API URL', () => {
    const result = loadConfig({
      SLACK_SIGNING_SECRET: 's',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_API_URL: 'http://127.0.0.1:9999/api/',
    });
    expect(result.ok && result.config.slack).toEqual({
      signingSecret: 's',
      botToken: 'xoxb-1',
      appToken: undefined,
      apiUrl: 'http://127.0.0.1:9999/api/',
    });
  });

  it.each([
    ['sqlite:./x.sqlite', './x.sqlite'],
    ['sqlite::memory:', ':memory:'],
    ['sqlite:///var/lib/rectrack.sqlite', '/var/lib/rectrack.sqlite'],
  ])('reads DATABASE_URL %s', (url, path) => {
    const result = loadConfig({ DATABASE_URL: url });
    expect(result.ok && result.config.database).toEqual({ kind: 'sqlite', path });
  });

  it.each(['postgres://rectrack:s3cret@db.internal:5432/rectrack', 'postgresql://localhost/rectrack'])(
    'reads DATABASE_URL %s as PostgreSQL',
    (url) => {
      const result = loadConfig({ DATABASE_URL: url });
      expect(result.ok && result.config.database).toEqual({ kind: 'postgres', url });
    },
  );

  it('refuses a PostgreSQL URL it cannot read, without quoting its password', () => {
    const result = loadConfig({ DATABASE_URL: 'postgres://rectrack:s3cret@db.internal:port/rectrack' });
    expect(result.ok).toBe(false);
    const problem = !result.ok ? (result.problems[0] ?? '') : '';
    expect(problem).toMatch(/not a valid PostgreSQL URL \(e\.g\. postgres:\/\/rectrack:PASSWORD@/);
    expect(problem).not.toContain('s3cret');
  });

  it('refuses a database it cannot open yet, saying what it expected', () => {
    const result = loadConfig({ DATABASE_URL: 'mysql://localhost/x' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/expected sqlite:PATH/);
  });
});
