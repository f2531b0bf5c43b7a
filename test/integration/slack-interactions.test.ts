import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackHarness, startSlackHarness } from '../support/fake-slack-client.ts';
import { blockActions, viewSubmission } from '../support/fake-slack-payloads.ts';
import { blocksOf, seedReport, seen, slash } from '../support/fake-slack-steps.ts';

const CARD = 'rt_card|OSAEC23-1';

describe('rectrack in Slack: buttons, menus, sharing and modals', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
    h.api.addUser('W0ALICE01', { displayName: 'Alice Admin' });
    h.api.addUser('U0CAROL', { displayName: 'Carol Jones' });
    await seedReport(h);
    await slash(h, 'assign OSAEC23-1 <@W0ALICE01>');
  });
  afterEach(() => h.close());

  /** Clicks, then waits for what came back through that click's response_url. */
  async function click(input: Omit<Parameters<typeof blockActions>[0], 'responseUrl'>, name: string) {
    const url = h.api.responseUrl(name);
    const res = await h.interaction(blockActions({ ...input, responseUrl: url }));
    expect(res.status).toBe(200);
    const path = new URL(url).pathname;
    return h.api.waitFor(() => h.api.callsTo('response_url').find((c) => c.params.url === path));
  }

  it('a button sends its command and redraws the card in place with the change', async () => {
    const reply = await click({ actionId: 'rt_cmd_1', blockId: CARD, value: 'OSAEC23-1 done' }, 'done');
    expect(reply.params.replace_original).toBe(true);
    expect(seen(reply)).toContain('OSAEC23-1 is now done');
    // The card itself, redrawn: its header and the new status.
    expect(JSON.stringify(blocksOf(reply).find((b) => b.type === 'header'))).toContain('OSAEC23-1 ·');
    expect(seen(reply)).toContain('*Status*\\ndone');
  });

  it('the same click delivered twice applies once', async () => {
    const click1 = {
      actionId: 'rt_cmd_0',
      blockId: CARD,
      value: 'OSAEC23-1 note: chased the lead',
      actionTs: '1700000000.000100',
    };
    await click(click1, 'twice-1');
    const res = await h.interaction(blockActions({ ...click1, responseUrl: h.api.responseUrl('twice-2') }));
    expect(res.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.api.callsTo('response_url').filter((c) => c.params.url === '/respond/twice-2')).toEqual([]);
    const history = await slash(h, 'history OSAEC23-1');
    expect(seen(history).match(/chased the lead/g)).toHaveLength(1);
  });

  it('the people picker assigns the card to the chosen person', async () => {
    const reply = await click({ actionId: 'rt_assign', blockId: CARD, selectedUser: 'U0CAROL' }, 'assign');
    expect(seen(reply)).toContain('OSAEC23-1 is now owned by Carol Jones');
    expect(seen(reply)).toContain('Carol Jones');
  });

  it('an overflow entry sends its command', async () => {
    const reply = await click(
      { actionId: 'rt_more', blockId: CARD, selectedOption: 'history OSAEC23-1' },
      'more',
    );
    expect(seen(reply)).toContain('History of OSAEC23-1');
  });

  it('"Share in channel" posts the answer for everyone and removes the private copy', async () => {
    const url = h.api.responseUrl('share');
    await h.interaction(blockActions({ actionId: 'rt_share', value: 'report OSAEC23', responseUrl: url }));
    const shared = await h.api.waitFor(() =>
      h.api
        .callsTo('response_url')
        .find((c) => c.params.url === '/respond/share' && c.params.response_type === 'in_channel'),
    );
    expect(seen(shared)).toContain('OSAEC23 · Online CSAE inspection');
    expect(seen(shared)).not.toContain('Share in channel');
    await h.api.waitFor(() =>
      h.api
        .callsTo('response_url')
        .find((c) => c.params.url === '/respond/share' && c.params.delete_original === true),
    );
  });

  it('refuses to "share" a command that changes something', async () => {
    await h.interaction(
      blockActions({ actionId: 'rt_share', value: 'OSAEC23-1 done', responseUrl: h.api.responseUrl('bad') }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.api.callsTo('response_url').filter((c) => c.params.url === '/respond/bad')).toEqual([]);
    expect(seen(await slash(h, 'OSAEC23-1'))).toContain('*Status*\\nnot started');
  });

  it('the update modal opens from a card, checks its fields, and its submission becomes commands', async () => {
    const url = h.api.responseUrl('card');
    await h.interaction(
      blockActions({
        actionId: 'rt_update_open_blocked',
        blockId: CARD,
        value: 'OSAEC23-1|blocked',
        responseUrl: url,
        container: { type: 'message', message_ts: '1.2', channel_id: 'C0AUDITREC', is_ephemeral: true },
      }),
    );
    const opened = await h.api.waitFor(() => h.api.callsTo('views.open')[0]);
    const view = opened.params.view as Record<string, unknown>;
    expect(view.callback_id).toBe('rt_update');
    expect(JSON.stringify(view)).toContain('"initial_option":{"text":{"type":"plain_text","text":"Blocked"');
    const metadata = String(view.private_metadata);

    // Blocked without a reason: the modal stays open with the error under the note.
    const blocked = { status: { value: { type: 'static_select', selected_option: { value: 'blocked' } } } };
    const refused = await h.interaction(viewSubmission('rt_update', blocked, metadata));
    expect(await refused.json()).toEqual({
      response_action: 'errors',
      errors: { note: 'Say what it is blocked on.' },
    });

    const values = {
      status: { value: { type: 'static_select', selected_option: { value: 'in progress' } } },
      note: { value: { type: 'plain_text_input', value: 'training plan approved' } },
      evidence: { value: { type: 'url_text_input', value: 'https://example.org/plan' } },
      due: { value: { type: 'datepicker', selected_date: '2031-06-30' } },
      reason: { value: { type: 'plain_text_input', value: 'the national tool slipped' } },
    };
    const accepted = await h.interaction(viewSubmission('rt_update', values, metadata));
    expect(accepted.status).toBe(200);
    const reply = await h.api.waitFor(() =>
      h.api.callsTo('response_url').find((c) => c.params.url === '/respond/card'),
    );
    expect(reply.params.replace_original).toBe(true);
    expect(seen(reply)).toContain('OSAEC23-1 is now in progress');
    expect(seen(reply)).toContain('30 June 2031');
    const history = seen(await slash(h, 'history OSAEC23-1'));
    expect(history).toContain('training plan approved');
    expect(history).toContain('https://example.org/plan');
    expect(history).toContain('the national tool slipped');
  });

  it('`/recs report new` opens the register modal; its submission registers the report', async () => {
    await h.command({ text: 'report new', response_url: h.api.responseUrl('reg'), trigger_id: 'trig.reg' });
    const opened = await h.api.waitFor(() => h.api.callsTo('views.open')[0]);
    expect(opened.params.trigger_id).toBe('trig.reg');
    const view = opened.params.view as Record<string, unknown>;
    expect(view.callback_id).toBe('rt_report_new');
    const values = {
      title: { value: { type: 'plain_text_input', value: 'Custody "spot check" 2024' } },
      key: { value: { type: 'plain_text_input', value: 'cust24' } },
      publisher: { value: { type: 'plain_text_input', value: 'HMICFRS' } },
      published: { value: { type: 'datepicker', selected_date: '2024-03-01' } },
      link: { value: { type: 'url_text_input', value: null } },
      s55: { value: { type: 'checkboxes', selected_options: [{ value: 's55' }] } },
    };
    await h.interaction(viewSubmission('rt_report_new', values, String(view.private_metadata)));
    const reply = await h.api.waitFor(() =>
      h.api.callsTo('response_url').find((c) => c.params.url === '/respond/reg'),
    );
    expect(seen(reply)).toContain("Registered CUST24: Custody 'spot check' 2024");
    expect(seen(reply)).toContain('26 April 2024');
  });
});
