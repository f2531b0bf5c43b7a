import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modalProblems } from '../support/block-kit-rules.ts';
import { type SlackHarness, startSlackHarness } from '../support/fake-slack-client.ts';
import { blockActions, viewSubmission } from '../support/fake-slack-payloads.ts';
import { elementsOf, seen, slash } from '../support/fake-slack-steps.ts';
import { CALDERBROOK, extracted } from '../support/import-edit-fixtures.ts';

type Json = Record<string, unknown>;

const EPHEMERAL = { type: 'message', message_ts: '1.2', channel_id: 'C0AUDITREC', is_ephemeral: true };

/** A choice in a modal's select, as Slack sends it: a block_actions from the view. */
function selectInModal(view: Json, value: string, responseUrl: string): Json {
  const body = blockActions({ actionId: 'rt_import_item', responseUrl });
  const { response_url: _none, ...rest } = body;
  return {
    ...rest,
    container: { type: 'view', view_id: 'VEDIT' },
    view: { ...view, id: 'VEDIT', hash: '1700000000.abc', state: { values: {} } },
    actions: [
      {
        type: 'static_select',
        action_id: 'rt_import_item',
        block_id: 'item',
        selected_option: { text: { type: 'plain_text', text: value }, value },
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

describe('rectrack in Slack: the import preview’s Edit… modal', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
    h.api.addUser('W0ALICE01', { displayName: 'Alice Admin' });
  });
  afterEach(() => h.close());

  it('Edit… opens a valid modal; choosing an item redraws it; submitting updates the preview', async () => {
    const preview = await slash(h, `report import\n${CALDERBROOK.text}`);
    const edit = elementsOf(preview).find((e) => e.action_id === 'rt_import_edit_open');
    expect(edit).toMatchObject({ type: 'button', value: 'import show C1' });

    // Edit… on the (private) preview: a modal on its first item.
    const url = h.api.responseUrl('preview');
    await h.interaction(
      blockActions({
        actionId: 'rt_import_edit_open',
        blockId: 'rt_import_edit',
        value: String(edit?.value),
        responseUrl: url,
        container: EPHEMERAL,
      }),
    );
    const opened = await h.api.waitFor(() => h.api.callsTo('views.open')[0]);
    const first = opened.params.view as Json;
    expect(first.callback_id).toBe('rt_import_edit');
    expect(modalProblems(first)).toEqual([]);
    expect(JSON.stringify(first)).toContain(
      JSON.stringify(extracted(CALDERBROOK, 1, 'causesOfConcern').text),
    );

    // Choosing recommendation 3 redraws the modal with its text and deadline.
    await h.interaction(selectInModal(first, '3', url));
    const updated = await h.api.waitFor(() => h.api.callsTo('views.update')[0]);
    expect(updated.params).toMatchObject({ view_id: 'VEDIT', hash: '1700000000.abc' });
    const view = updated.params.view as Json;
    expect(modalProblems(view)).toEqual([]);
    const three = extracted(CALDERBROOK, 3);
    expect(JSON.stringify(view)).toContain(`"initial_value":${JSON.stringify(three.text)}`);
    expect(JSON.stringify(view)).toContain('"initial_value":"By 31 March 2025"');
    const metadata = String(view.private_metadata);

    const values = (due: string) => ({
      item: { rt_import_item: { type: 'static_select', selected_option: { value: '3' } } },
      text_3: {
        value: { type: 'plain_text_input', value: 'The force should review its “RASSO” demand – by team.' },
      },
      due_3: { value: { type: 'plain_text_input', value: due } },
      merge_3: { value: { type: 'static_select', selected_option: { value: '4' } } },
      also_3: { value: { type: 'radio_buttons', selected_option: null } },
    });
    // An unreadable deadline stays in the modal, under the deadline, and nothing is applied.
    const refused = await h.interaction(viewSubmission('rt_import_edit', values('whenever'), metadata));
    expect(await refused.json()).toEqual({
      response_action: 'errors',
      errors: {
        due_3: `I couldn't read "whenever" as a deadline. Try "31 March 2026", "within 6 months", "immediately" or "none".`,
      },
    });

    const accepted = await h.interaction(viewSubmission('rt_import_edit', values('31 March 2026'), metadata));
    expect(accepted.status).toBe(200);
    const answer = await h.api.waitFor(() =>
      h.api.callsTo('response_url').find((c) => c.params.url === '/respond/preview'),
    );
    // The preview, redrawn in place of the private one, with all three edits in it.
    expect(answer.params.replace_original).toBe(true);
    const shown = seen(answer);
    expect(shown).toContain('Merged 4 into 3.');
    expect(shown).toMatch(
      /3 {4}31 Mar 2026 \(under C2\) · The force should review its “RASSO” demand – by team\. Within/,
    );
    expect(shown).not.toMatch(/\\n4 {4}/);
    expect(shown).toContain('4 recommendations');
    expect(elementsOf(answer).some((e) => e.action_id === 'rt_import_edit_open')).toBe(true);

    // Every click and form was one of ours: nobody was told otherwise.
    const said = [...h.api.callsTo('chat.postMessage'), ...h.api.callsTo('response_url')].map(seen);
    expect(said.join('\n')).not.toMatch(/isn't one of rectrack's/);

    const whole = seen(await slash(h, 'import show 3'));
    expect(whole).toContain(
      `The force should review its “RASSO” demand – by team. ${extracted(CALDERBROOK, 4).text}`,
    );
  });

  it('says so, without a modal, when there is no import to edit', async () => {
    const url = h.api.responseUrl('stale');
    await h.interaction(
      blockActions({
        actionId: 'rt_import_edit_open',
        blockId: 'rt_import_edit',
        value: 'import show 3',
        responseUrl: url,
        container: EPHEMERAL,
      }),
    );
    const answer = await h.api.waitFor(() =>
      h.api.callsTo('response_url').find((c) => c.params.url === '/respond/stale'),
    );
    expect(seen(answer)).toContain('You have no import waiting');
    expect(h.api.callsTo('views.open')).toEqual([]);
  });
});
