import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, type SlackHarness, sign, startSlackHarness } from '../support/fake-slack-client.ts';
import {
  blockActions,
  directMessage,
  eventCallback,
  viewSubmission,
} from '../support/fake-slack-payloads.ts';
import { blocksOf, seedReport, seen, slash } from '../support/fake-slack-steps.ts';

const SAME_WORKSPACE = { team: 'T0FENMARSH', enterprise: 'E0FENGRID' };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Payloads Slack sends that the other Slack suites don't: each gets an answer, or deliberately none. */
describe('Slack payload variants', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(() => h.close());

  it('every documented event fixture reaches its handler and is answered', async () => {
    expect((await h.event(fixture('app_home_opened.json'))).status).toBe(200);
    const home = await h.api.waitFor(() => h.api.callsTo('views.publish')[0]);
    expect(home.params.user_id).toBe('U0JONASBY');

    expect((await h.event(fixture('app_mention.json'))).status).toBe(200);
    const mention = await h.api.waitFor(() => h.api.callsTo('chat.postEphemeral')[0]);
    expect(mention.params.user).toBe('U0MEIRAPT');
    expect(seen(mention)).toContain("I don't know what");

    expect((await h.event(fixture('message_im.json'))).status).toBe(200);
    const dm = await h.api.waitFor(() => h.api.callsTo('chat.postMessage')[0]);
    expect(dm.params.channel).toBe('D0ELLISRO');
    expect(seen(dm)).toContain('Is this thing switched on');
  });

  it('takes a slash command body with only the fields in Slack’s docs example (as /recs) and answers it', async () => {
    const fields = fixture('slash-command.minimal.json') as Record<string, string>;
    const url = h.api.responseUrl('docs');
    const body = new URLSearchParams({ ...fields, command: '/recs', response_url: url }).toString();
    expect((await h.post(body, 'application/x-www-form-urlencoded')).status).toBe(200);
    const reply = await h.api.waitFor(() => h.api.callsTo('response_url')[0]);
    expect(seen(reply)).toContain('I don\'t know what \\"48213\\" means');
  });

  it('acknowledges a click on a button that is not rectrack’s at once and says nothing happened', async () => {
    // The fixture's own action ("legacy_action"), as a button on an old or foreign message would send.
    const started = Date.now();
    const res = await h.interaction(
      blockActions({
        actionId: 'legacy_action',
        value: 'press_me_42',
        responseUrl: h.api.responseUrl('old'),
      }),
    );
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2500);
    const reply = await h.api.waitFor(() => h.api.callsTo('response_url')[0]);
    expect(seen(reply)).toContain("That button isn't one of rectrack's");
    // Our own buttons still reach their listener, and only it.
    await h.interaction(
      blockActions({ actionId: 'rt_cmd_0', value: 'help', responseUrl: h.api.responseUrl('help') }),
    );
    const help = await h.api.waitFor(() => h.api.callsTo('response_url')[1]);
    expect(seen(help)).toContain('report new');
    await pause(200);
    expect(h.api.callsTo('response_url')).toHaveLength(2);
  });

  it('closes a form that is not rectrack’s (the fixture’s legacy-feedback-form) and says nothing was saved', async () => {
    const payload = fixture('view_submission.json');
    const started = Date.now();
    const res = await h.interaction(payload);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2500);
    const dm = await h.api.waitFor(() => h.api.callsTo('chat.postMessage')[0]);
    expect(dm.params.channel).toBe('W0ALICE01');
    expect(seen(dm)).toContain("That form isn't one of rectrack's");
  });

  it('a button whose command names something that no longer exists gets a clear answer', async () => {
    await h.interaction(
      blockActions({ actionId: 'rt_cmd_1', value: 'OSAEC99-77 done', responseUrl: h.api.responseUrl('g') }),
    );
    const reply = await h.api.waitFor(() => h.api.callsTo('response_url')[0]);
    expect(seen(reply)).toContain("There's no report with key OSAEC99");
  });

  it('a register-report form with every field missing is sent back with the fields to fix', async () => {
    const res = await h.interaction(viewSubmission('rt_report_new', {}, '{}'));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { response_action: string; errors: Record<string, string> };
    expect(answer.response_action).toBe('errors');
    expect(Object.keys(answer.errors).sort()).toEqual(['key', 'title']);
  });

  it('refuses a url_verification with a bad signature, without echoing the challenge', async () => {
    const payload = fixture('url_verification.json');
    const body = JSON.stringify(payload);
    const now = Math.floor(Date.now() / 1000);
    const res = await h.post(body, 'application/json', { signature: sign(body, now, 'not-the-secret') });
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain(String(payload.challenge));
  });

  it('answers Slack’s ssl_check and runs nothing', async () => {
    const res = await h.post('ssl_check=1&token=abc', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    await pause(200);
    expect(h.api.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('acknowledges an event type it does not handle and posts nothing', async () => {
    const event = eventCallback(
      'message_im.json',
      { type: 'reaction_added', user: 'U1', reaction: 'thumbsup', item: { type: 'message' } },
      'EvReaction1',
    );
    expect((await h.event(event)).status).toBe(200);
    await pause(300);
    expect(h.api.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('never answers bots, deleted or edited messages, or its own mention (no loops)', async () => {
    await h.event(directMessage('help', 'EvB1', {}, { subtype: 'bot_message', bot_id: 'BOTHER' }));
    await h.event(directMessage('help', 'EvB2', {}, { bot_id: 'BOTHER2', bot_profile: { id: 'BOTHER2' } }));
    await h.event(directMessage('help', 'EvB3', {}, { subtype: 'message_deleted' }));
    await h.event(directMessage('help', 'EvB4', {}, { subtype: 'message_changed' }));
    await h.event(
      eventCallback('app_mention.json', { bot_id: 'BX', user: 'UX', text: '<@UBOT> help' }, 'EvB5'),
    );
    await h.event(eventCallback('app_mention.json', { user: 'UBOT', text: '<@UBOT> help' }, 'EvB6'));
    await pause(500);
    expect(h.api.calls.map((c) => c.method).filter((m) => m !== 'auth.test')).toEqual([]);
  });

  it('answers a command of only whitespace with what to type', async () => {
    expect(seen(await slash(h, '   \t  '))).toContain('Tell me what to do');
  });

  it('takes a huge note and keeps every Slack text block of the card and history within 3000 characters', async () => {
    await seedReport(h, SAME_WORKSPACE);
    const note = `${'word '.repeat(3999)}end`;
    expect(seen(await slash(h, `OSAEC23-1 note: ${note}`, SAME_WORKSPACE))).toContain('Noted on OSAEC23-1');
    const card = await slash(h, 'OSAEC23-1', SAME_WORKSPACE);
    const history = await slash(h, 'history OSAEC23-1', SAME_WORKSPACE);
    for (const block of [...blocksOf(card), ...blocksOf(history)]) {
      const text = (block.text as { text?: string } | undefined)?.text ?? '';
      expect(text.length).toBeLessThanOrEqual(3000);
    }
    // Shown cut to Slack's limits (the full note stays in the database), never refused by Slack.
    expect(seen(history)).toContain('commented: word word');
  });
});
