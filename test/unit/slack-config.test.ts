import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

/** The three ways Slack runs (README "Set up in Slack"), and the mixtures that can't work. */
describe('Slack configuration', () => {
  it('runs one workspace with a signing secret and a bot token', () => {
    const result = loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(result.ok && result.config.slack).toEqual({
      signingSecret: 's',
      botToken: 'xoxb-1',
      appToken: undefined,
      apiUrl: undefined,
      oauth: undefined,
    });
  });

  it('installs in many workspaces with the OAuth client id, secret and state secret instead of a token', () => {
    const result = loadConfig({
      SLACK_SIGNING_SECRET: 's',
      SLACK_CLIENT_ID: '111.222',
      SLACK_CLIENT_SECRET: 'cs',
      SLACK_STATE_SECRET: 'ss',
    });
    expect(result.ok && result.config.slack?.oauth).toEqual({
      clientId: '111.222',
      clientSecret: 'cs',
      stateSecret: 'ss',
    });
    expect(result.ok && result.config.slack?.botToken).toBeUndefined();
  });

  it('names what OAuth still needs', () => {
    const result = loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: '111.222' });
    expect(!result.ok && result.problems).toEqual([
      'Slack is partly configured: set SLACK_CLIENT_SECRET and SLACK_STATE_SECRET as well (or unset the other Slack variables).',
    ]);
  });

  it('refuses a bot token together with OAuth, which Bolt cannot combine', () => {
    const result = loadConfig({
      SLACK_SIGNING_SECRET: 's',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_CLIENT_ID: '1',
      SLACK_CLIENT_SECRET: '2',
      SLACK_STATE_SECRET: '3',
    });
    expect(!result.ok && result.problems.join('\n')).toMatch(/not both/);
  });

  it('runs Socket Mode with an app token and a bot token, no signing secret needed', () => {
    const result = loadConfig({ SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(result.ok && result.config.slack?.appToken).toBe('xapp-1');
    expect(!loadConfig({ SLACK_APP_TOKEN: 'xapp-1' }).ok).toBe(true);
  });
});
