import { describe, expect, it } from 'vitest';
import { isPlatformConfigured, loadConfig, loadTeamsPackageConfig } from '../../src/config.ts';

describe('Teams settings', () => {
  it('TEAMS_ALLOW_UNAUTHENTICATED is off unless exactly true, and on it counts as a platform', () => {
    const off = loadConfig({});
    const on = loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
    expect(off.ok && off.config.teamsAllowUnauthenticated).toBe(false);
    expect(on.ok && on.config.teamsAllowUnauthenticated).toBe(true);
    expect(on.ok && isPlatformConfigured(on.config)).toBe(true);
    expect(on.ok && on.config.teams).toBeUndefined();
    expect(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'yes' })).toEqual({
      ok: false,
      problems: ['TEAMS_ALLOW_UNAUTHENTICATED: must be true or false'],
    });
  });

  it('a managed identity needs the app and tenant ids but no password', () => {
    const result = loadConfig({
      TEAMS_APP_ID: 'app',
      TEAMS_APP_TENANT_ID: 't',
      TEAMS_APP_TYPE: 'UserAssignedMSI',
    });
    expect(result.ok && result.config.teams).toMatchObject({
      appId: 'app',
      tenantId: 't',
      appType: 'UserAssignedMSI',
    });
  });

  it('the package settings: app id and public https URL required, the rest defaulted', () => {
    expect(
      loadTeamsPackageConfig({
        TEAMS_APP_ID: '11111111-1111-1111-1111-111111111111',
        TEAMS_PUBLIC_URL: 'https://bot.example.org/',
      }),
    ).toEqual({
      ok: true,
      config: {
        appId: '11111111-1111-1111-1111-111111111111',
        publicUrl: 'https://bot.example.org',
        publicHost: 'bot.example.org',
        developerName: 'rectrack',
        developerUrl: 'https://bot.example.org',
        privacyUrl: 'https://bot.example.org',
        termsUrl: 'https://bot.example.org',
      },
    });
    const bad = loadTeamsPackageConfig({
      TEAMS_APP_ID: 'nope',
      TEAMS_PUBLIC_URL: 'http://bot.example.org',
      TEAMS_TERMS_URL: 'ftp://x',
    });
    expect(bad.ok ? [] : bad.problems.map((p) => p.split(':')[0])).toEqual([
      'TEAMS_APP_ID',
      'TEAMS_PUBLIC_URL',
      'TEAMS_TERMS_URL',
    ]);
  });
});
