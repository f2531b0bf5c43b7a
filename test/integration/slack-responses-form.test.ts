import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modalProblems } from '../support/block-kit-rules.ts';
import { type SlackHarness, startSlackHarness } from '../support/fake-slack-client.ts';
import { blockActions, viewSubmission } from '../support/fake-slack-payloads.ts';
import { elementsOf, seedReport, seen, slash } from '../support/fake-slack-steps.ts';

type Json = Record<string, unknown>;

const EPHEMERAL = { type: 'message', message_ts: '1.2', channel_id: 'C0AUDITREC', is_ephemeral: true };
const FORCE = 'We accept this – training starts in “spring”.\n\nA second paragraph.';

/** The item card's Responses… modal, through the real Bolt app over HTTP and the fake Web API. */
describe('rectrack in Slack: the Responses… form', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
    h.api.addUser('W0ALICE01', { displayName: 'Alice Admin' });
    await seedReport(h);
  });
  afterEach(() => h.close());

  /** Presses Responses… under the message `call` showed (privately), and returns the modal opened. */
  async function open(call: Awaited<ReturnType<typeof slash>>, name: string): Promise<Json> {
    const button = elementsOf(call).find((e) => e.action_id === 'rt_responses_open');
    const opened = h.api.callsTo('views.open').length;
    await h.interaction(
      blockActions({
        actionId: 'rt_responses_open',
        blockId: 'rt_responses',
        value: String(button?.value),
        responseUrl: h.api.responseUrl(name),
        container: EPHEMERAL,
      }),
    );
    const call2 = await h.api.waitFor(() => h.api.callsTo('views.open')[opened]);
    return call2.params.view as Json;
  }

  it('opens with the current text filled in, saves what changed, and redraws the item card', async () => {
    await slash(h, `respond OSAEC23-1 force: ${FORCE}`);
    const card = await slash(h, 'OSAEC23-1');
    expect(elementsOf(card).find((e) => e.action_id === 'rt_responses_open')).toMatchObject({
      type: 'button',
      value: 'responses OSAEC23-1',
    });
    const view = await open(card, 'card');
    expect(view.callback_id).toBe('rt_responses');
    expect(modalProblems(view)).toEqual([]);
    expect(JSON.stringify(view)).toContain(`"initial_value":${JSON.stringify(FORCE)}`);

    // The force response left as it was, a PCC response written, the decision chosen.
    const values = {
      force: { value: { type: 'plain_text_input', value: FORCE } },
      pcc: { value: { type: 'plain_text_input', value: 'I will hold the force to account.' } },
      disposition: { value: { type: 'static_select', selected_option: { value: 'accepted' } } },
    };
    const res = await h.interaction(viewSubmission('rt_responses', values, String(view.private_metadata)));
    expect(res.status).toBe(200);
    const answer = await h.api.waitFor(() =>
      h.api.callsTo('response_url').find((c) => c.params.url === '/respond/card'),
    );
    expect(answer.params.replace_original).toBe(true);
    const shown = seen(answer);
    expect(shown).toContain('Recorded the PCC response for OSAEC23-1. OSAEC23-1 is recorded as accepted.');
    expect(shown).toContain('PCC response: I will hold the force to account.');
    expect(shown).not.toContain('Recorded the force response');
    // The force response kept its paragraphs, quotes and dash; it was recorded once.
    const responses = await slash(h, 'responses OSAEC23-1');
    expect(seen(responses)).toContain(JSON.stringify(FORCE).slice(1, -1));
    expect(seen(await slash(h, 'history OSAEC23-1')).match(/response recorded/g)).toHaveLength(2);
  });

  it('keeps the modal open, with the reason, when nothing changed or a response was emptied', async () => {
    await slash(h, 'respond OSAEC23-1 pcc: Noted.');
    const view = await open(await slash(h, 'OSAEC23-1'), 'card');
    const metadata = String(view.private_metadata);
    const same = await h.interaction(
      viewSubmission(
        'rt_responses',
        { pcc: { value: { type: 'plain_text_input', value: 'Noted.' } } },
        metadata,
      ),
    );
    expect(await same.json()).toEqual({
      response_action: 'errors',
      errors: { force: 'Nothing changed: edit a response or the decision.' },
    });
    const emptied = await h.interaction(
      viewSubmission('rt_responses', { pcc: { value: { type: 'plain_text_input', value: '' } } }, metadata),
    );
    expect(await emptied.json()).toEqual({
      response_action: 'errors',
      errors: { pcc: 'A response cannot be emptied: write the new text, or leave it as it was.' },
    });
    expect(seen(await slash(h, 'responses OSAEC23-1'))).toContain('Noted.');
  });

  it("opens the report's overall responses from the report", async () => {
    const report = await slash(h, 'report OSAEC23');
    const view = await open(report, 'report');
    expect(modalProblems(view)).toEqual([]);
    expect(JSON.stringify(view)).toContain('Overall force response');
    expect(JSON.stringify(view)).not.toContain('disposition');
    const values = { force: { value: { type: 'plain_text_input', value: 'Norfolk accepts them all.' } } };
    await h.interaction(viewSubmission('rt_responses', values, String(view.private_metadata)));
    const answer = await h.api.waitFor(() =>
      h.api.callsTo('response_url').find((c) => c.params.url === '/respond/report'),
    );
    expect(seen(answer)).toContain('Recorded the overall force response for OSAEC23.');
    expect(seen(await slash(h, 'report OSAEC23'))).toContain(
      'Overall force response: Norfolk accepts them all.',
    );
  });
});
