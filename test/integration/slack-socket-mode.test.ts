import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openApp } from '../../src/main.ts';
import { createSlack } from '../../src/platforms.ts';
import { startFakeSlackApi } from '../support/fake-slack-api.ts';
import { fixture } from '../support/fake-slack-client.ts';
import { startFakeSocketMode } from '../support/fake-slack-socket.ts';
import { seen } from '../support/fake-slack-steps.ts';
import { silentLogger } from '../support/silent-logger.ts';

/** Socket Mode: no public URL; rectrack connects out and Slack sends the same payloads over it. */
describe('rectrack in Slack over Socket Mode', () => {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  async function start() {
    const api = await startFakeSlackApi();
    closers.push(api.close);
    const config = loadConfig({
      DATABASE_URL: 'sqlite::memory:',
      SLACK_APP_TOKEN: 'xapp-test-app-token',
      SLACK_BOT_TOKEN: 'xoxb-test-bot-token',
      SLACK_API_URL: api.apiUrl,
    });
    if (!config.ok) throw new Error(config.problems.join('\n'));
    const app = await openApp(config.config);
    closers.push(() => app.close());
    const slack = await createSlack(config.config, app, silentLogger);
    if (!slack) throw new Error('Slack is not configured');
    return { api, slack };
  }

  it('connects with the app token, takes a slash command, acks it and answers through response_url', async () => {
    const { api, slack } = await start();
    const socket = await startFakeSocketMode();
    closers.push(socket.close);
    api.answerNext('apps.connections.open', { body: { ok: true, url: socket.url } });
    expect(slack.routes.size).toBe(0);
    await slack.start();
    closers.push(() => slack.stop());
    await socket.ready;
    expect(api.callsTo('apps.connections.open')[0]?.token).toBe('xapp-test-app-token');

    const payload = {
      ...fixture('slash-command.json'),
      command: '/recs',
      text: 'help',
      response_url: api.responseUrl('sock'),
    };
    socket.deliver('slash_commands', payload, 'env-1');
    await api.waitFor(() => socket.acks.find((a) => a.envelope_id === 'env-1'));
    const reply = await api.waitFor(() =>
      api.callsTo('response_url').find((c) => c.params.url === '/respond/sock'),
    );
    expect(seen(reply)).toContain('report new');
  });

  it('fails to start, naming Slack’s error, when the app token is refused', async () => {
    const { api, slack } = await start();
    api.answerNext('apps.connections.open', { body: { ok: false, error: 'invalid_auth' } });
    await expect(slack.start()).rejects.toThrow(/invalid_auth/);
  });
});
