import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKyselySlackInstallationStore } from '../../adapters/db/slack-installation-store.ts';
import { BOT_SCOPES } from '../../adapters/slack/manifest.ts';
import { type SlackHarness, startSlackHarness, triggerId } from '../support/fake-slack-client.ts';
import { directMessage, eventCallback, slashFields } from '../support/fake-slack-payloads.ts';
import { seen, slash } from '../support/fake-slack-steps.ts';

const OAUTH_ENV = {
  SLACK_CLIENT_ID: '111.222',
  SLACK_CLIENT_SECRET: 'client-secret',
  SLACK_STATE_SECRET: 'state-secret',
};
const INSTALLED_TOKEN = 'xoxb-installed-token';
const OAUTH_TEAM = { team: 'TOAUTH', enterprise: null };

describe('rectrack in Slack: installing into many workspaces (OAuth)', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness({ env: OAUTH_ENV });
  });
  afterEach(() => h.close());

  /** /slack/install -> Slack's consent page -> /slack/oauth_redirect, as a browser would follow it. */
  async function install(): Promise<Response> {
    const start = await fetch(`${h.base}/slack/install`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const consent = new URL(start.headers.get('location') ?? '');
    expect(consent.origin + consent.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(consent.searchParams.get('client_id')).toBe('111.222');
    expect(consent.searchParams.get('scope')?.split(',')).toEqual([...BOT_SCOPES]);
    const state = consent.searchParams.get('state') ?? '';
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return fetch(`${h.base}/slack/oauth_redirect?code=granted-code&state=${encodeURIComponent(state)}`, {
      headers: { cookie },
      redirect: 'manual',
    });
  }

  it('installs through /slack/install and /slack/oauth_redirect, storing the installation', async () => {
    const done = await install();
    expect(done.status).toBe(200);
    const exchange = h.api.callsTo('oauth.v2.access')[0];
    expect(exchange?.params.code).toBe('granted-code');
    const stored = await createKyselySlackInstallationStore(h.app.db).find({
      enterpriseId: null,
      teamId: 'TOAUTH',
      isEnterpriseInstall: false,
    });
    expect(stored?.installation).toContain(INSTALLED_TOKEN);
  });

  it('with RECTRACK_SECRET_KEY, stores the installation sealed and still answers with its token', async () => {
    await h.close();
    h = await startSlackHarness({
      env: { ...OAUTH_ENV, RECTRACK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') },
    });
    expect((await install()).status).toBe(200);
    const row = await h.app.db.selectFrom('slack_installations').select('installation').executeTakeFirst();
    expect(row?.installation).toMatch(/^enc:v1:/);
    expect(row?.installation).not.toContain(INSTALLED_TOKEN);
    await h.event(directMessage('help', 'EvSealed1', { team: 'TOAUTH' }));
    const post = await h.api.waitFor(() => h.api.callsTo('chat.postMessage')[0]);
    expect(post.token).toBe(INSTALLED_TOKEN);
  });

  it('refuses a redirect whose state it did not issue', async () => {
    const res = await fetch(`${h.base}/slack/oauth_redirect?code=granted-code&state=forged`, {
      redirect: 'manual',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(h.api.callsTo('oauth.v2.access')).toEqual([]);
  });

  it('answers an installed workspace with that workspace’s token', async () => {
    await install();
    expect(seen(await slash(h, 'help', OAUTH_TEAM))).toContain('report new');
    await h.event(directMessage('help', 'EvOauth1', { team: 'TOAUTH' }));
    const post = await h.api.waitFor(() => h.api.callsTo('chat.postMessage')[0]);
    expect(post.token).toBe(INSTALLED_TOKEN);
  });

  it('tells a workspace without an installation to ask an admin, and forgets one that uninstalls', async () => {
    await h.command(
      slashFields('help', h.api.responseUrl('none'), triggerId(), { team: 'TNONE', enterprise: null }),
    );
    const refused = await h.api.waitFor(() =>
      h.api.callsTo('response_url').find((c) => c.params.url === '/respond/none'),
    );
    expect(seen(refused)).toContain("rectrack isn't installed in this workspace");

    await install();
    await h.event(
      eventCallback('app_home_opened.json', { type: 'app_uninstalled' }, 'EvUninstall', { team: 'TOAUTH' }),
    );
    const store = createKyselySlackInstallationStore(h.app.db);
    // The event is acknowledged before its listener runs; give the delete a moment.
    for (let i = 0; i < 50; i++) {
      if (!(await store.find({ enterpriseId: null, teamId: 'TOAUTH', isEnterpriseInstall: false }))) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(
      await store.find({ enterpriseId: null, teamId: 'TOAUTH', isEnterpriseInstall: false }),
    ).toBeUndefined();
  });

  it('never writes a token to the log', async () => {
    await install();
    await slash(h, 'help', OAUTH_TEAM);
    h.api.answerNext('chat.postMessage', { body: { ok: false, error: 'invalid_auth' } });
    await h.event(directMessage('help', 'EvOauth2', { team: 'TOAUTH' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.logs.length).toBeGreaterThan(0);
    expect(JSON.stringify(h.logs)).not.toMatch(/xox[a-z]-|client-secret|state-secret/);
  });
});
