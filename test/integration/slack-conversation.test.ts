import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT_TOKEN, type SlackHarness, startSlackHarness } from '../support/fake-slack-client.ts';
import { blockActions, directMessage, eventCallback } from '../support/fake-slack-payloads.ts';
import { blocksOf, elementsOf, seedReport, seen, slash } from '../support/fake-slack-steps.ts';
import { IMPORT_DOCUMENT } from '../support/import-fixtures.ts';

// The slash-command and interaction fixtures come from team T0FENMARSH in Enterprise Grid org
// E0FENGRID; events for the same workspace carry the org in `authorizations`.
const SAME_WORKSPACE = { team: 'T0FENMARSH', enterprise: 'E0FENGRID' };

describe('rectrack in Slack: commands, messages, mentions and App Home', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
    h.api.addUser('W0ALICE01', { displayName: 'Alice Admin' });
    h.api.addUser('U0BOB', { displayName: 'Bob Smith' });
  });
  afterEach(() => h.close());

  it('registers a report, adds an item and assigns it by @mention, with names from users.info', async () => {
    const registered = await slash(
      h,
      'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55',
    );
    expect(seen(registered)).toContain('Registered OSAEC23');
    expect(
      seen(await slash(h, 'add OSAEC23 "Chief Constables should review training" due 31 October 2030')),
    ).toContain('Added OSAEC23-1');
    // Slack sends mentions escaped, as <@U…>; should_escape is on in the manifest.
    const assigned = await slash(h, 'assign OSAEC23-1 <@U0BOB>');
    expect(seen(assigned)).toContain('OSAEC23-1 is now owned by Bob Smith');
    expect(h.api.callsTo('users.info').map((c) => c.params.user)).toContain('U0BOB');
    expect(h.api.callsTo('users.info').every((c) => c.token === BOT_TOKEN)).toBe(true);
  });

  it('makes Slack workspace admins and owners rectrack admins; other members are members', async () => {
    h.api.addUser('U0OWNER', { displayName: 'Olive Owner', isOwner: true });
    h.api.addUser('U0MEMBER', { displayName: 'Max Member' });
    await slash(h, 'help');
    const byMember = await slash(h, 'report new "Audit" key AUD24', { user: 'U0MEMBER' });
    expect(seen(byMember)).toContain('Only an admin can register reports');
    const byOwner = await slash(h, 'report new "Audit" key AUD24', { user: 'U0OWNER' });
    expect(seen(byOwner)).toContain('Registered AUD24');
  });

  it('shows an item card with RAG, owner, buttons, an assign picker and an Update… modal button', async () => {
    await seedReport(h);
    const card = await slash(h, 'OSAEC23-1');
    const header = blocksOf(card).find((b) => b.type === 'header');
    expect(JSON.stringify(header)).toContain('OSAEC23-1 · Recommendation 1');
    expect(seen(card)).toContain('Owner');
    const actions = blocksOf(card).find((b) => b.block_id === 'rt_card|OSAEC23-1');
    expect(actions).toBeDefined();
    const elements = elementsOf(card);
    expect(elements.some((e) => e.type === 'users_select' && e.action_id === 'rt_assign')).toBe(true);
    expect(elements.some((e) => e.action_id === 'rt_update_open' && e.value === 'OSAEC23-1')).toBe(true);
    expect(elements.some((e) => e.value === 'OSAEC23-1 done')).toBe(true);
    // "Blocked" needs a reason, so it opens the update modal with blocked chosen, under an action_id
    // of its own: Block Kit refuses a block where two elements share one.
    expect(
      elements.some((e) => e.action_id === 'rt_update_open_blocked' && e.value === 'OSAEC23-1|blocked'),
    ).toBe(true);
    const ids = elements.map((e) => e.action_id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes the same grammar in a direct message and answers in that DM', async () => {
    await seedReport(h);
    await slash(h, 'assign OSAEC23-1 <@U0BOB>');
    const res = await h.event(
      directMessage('OSAEC23-1 in progress: training plan approved', 'EvDM1', {
        ...SAME_WORKSPACE,
        user: 'U0BOB',
      }),
    );
    expect(res.status).toBe(200);
    const post = await h.api.waitFor(() =>
      h.api.callsTo('chat.postMessage').find((c) => c.params.channel === 'D0ELLISRO'),
    );
    expect(seen(post)).toContain('OSAEC23-1 is now in progress');
    // The owner's App Home is refreshed after their update.
    await h.api.waitFor(() => h.api.callsTo('views.publish').find((c) => c.params.user_id === 'U0BOB'));
  });

  it('answers an @mention privately in the channel, with the bot mention stripped', async () => {
    await seedReport(h);
    await h.event(
      eventCallback(
        'app_mention.json',
        { text: '<@UBOT> report OSAEC23', user: 'W0ALICE01' },
        'EvMention1',
        SAME_WORKSPACE,
      ),
    );
    const post = await h.api.waitFor(() => h.api.callsTo('chat.postEphemeral')[0]);
    expect(post.params.channel).toBe('C0QSBRIEFS');
    expect(post.params.user).toBe('W0ALICE01');
    expect(seen(post)).toContain('OSAEC23 · Online CSAE inspection');
    expect(seen(post)).toContain('Share in channel');
  });

  it('publishes App Home with my items, overdue items and open reports when it is opened', async () => {
    await seedReport(h);
    await slash(h, 'assign OSAEC23-1 <@W0ALICE01>');
    // Earlier changes refreshed it already; wait for the publish this event causes.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = h.api.callsTo('views.publish').length;
    await h.event(eventCallback('app_home_opened.json', { user: 'W0ALICE01' }, 'EvHome1', SAME_WORKSPACE));
    const publish = await h.api.waitFor(() => h.api.callsTo('views.publish')[before]);
    expect(publish.params.user_id).toBe('W0ALICE01');
    const view = JSON.stringify(publish.params.view);
    expect(view).toContain('"type":"home"');
    expect(view).toContain('OSAEC23-1');
    expect(view).toContain('Overdue');
    expect(view).toContain('OSAEC23 · Online CSAE inspection');
    expect(view).toContain('rt_report_open');
  });

  it('imports a report file shared in the DM: downloaded with the bot token, previewed, saved on click', async () => {
    const bytes = new TextEncoder().encode(IMPORT_DOCUMENT.text);
    h.api.addFile('F0RASSO24', { name: 'calderbrook-rasso.txt', bytes, token: BOT_TOKEN });
    const upload = directMessage(
      '',
      'EvFile1',
      { ...SAME_WORKSPACE, user: 'W0ALICE01' },
      { subtype: 'file_share', files: [{ id: 'F0RASSO24' }] },
    );
    await h.event(upload);
    const preview = await h.api.waitFor(() =>
      h.api.callsTo('chat.postMessage').find((c) => c.params.channel === 'D0ELLISRO'),
    );
    expect(h.api.callsTo('file.download')[0]?.token).toBe(BOT_TOKEN);
    expect(seen(preview)).toContain('Import preview');
    expect(seen(preview)).toContain('5 recommendations, 2 areas for improvement, 2 causes of concern');
    const save = elementsOf(preview).find((e) => String(e.value).startsWith('import confirm '));
    expect(save).toBeDefined();
    const key = String(save?.value).replace('import confirm ', '');
    await h.interaction(
      blockActions({
        actionId: String(save?.action_id),
        value: `import confirm ${key}`,
        responseUrl: h.api.responseUrl('save'),
        container: { type: 'message', message_ts: '1.2', channel_id: 'D0ELLISRO', is_ephemeral: false },
      }),
    );
    const saved = await h.api.waitFor(() =>
      h.api.callsTo('response_url').find((c) => c.params.url === '/respond/save'),
    );
    // A click in the DM updates that message in place.
    expect(saved.params.replace_original).toBe(true);
    expect(seen(await slash(h, `report ${key}`))).toContain(`${key}-5`);
  });

  it('will not send the bot token to a file host that is not Slack', async () => {
    h.api.answerNext('files.info', {
      body: {
        ok: true,
        file: { id: 'F1', name: 'x.txt', size: 10, url_private_download: 'https://files.example.org/x.txt' },
      },
    });
    await h.event(
      directMessage('', 'EvFile2', SAME_WORKSPACE, { subtype: 'file_share', files: [{ id: 'F1' }] }),
    );
    const reply = await h.api.waitFor(() => h.api.callsTo('chat.postMessage')[0]);
    expect(seen(reply)).toContain('I can only download files stored in Slack');
  });

  it('ignores its own messages and message edits in the DM', async () => {
    await h.event(directMessage('help', 'EvBot1', { ...SAME_WORKSPACE }, { bot_id: 'BBOT', user: 'UBOT' }));
    await h.event(directMessage('help', 'EvEdit1', { ...SAME_WORKSPACE }, { subtype: 'message_changed' }));
    await h.event(directMessage('help', 'EvReal1', { ...SAME_WORKSPACE }));
    await h.api.waitFor(() => h.api.callsTo('chat.postMessage').length > 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
