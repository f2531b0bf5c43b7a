import type { types, ViewStateValue } from '@slack/bolt';
import type { Disposition } from '../../src/core/model/entities.ts';
import type { ResponsesForm } from '../../src/core/reply/reply.ts';
import { ACTION, VIEW } from './actions.ts';
import { encodeContext, type ModalContext, type Submission, textHash } from './modals.ts';

type Values = Record<string, Record<string, ViewStateValue>>;

/*
 * "Responses…": a modal with an item's force and PCC responses and its disposition (or a report's
 * overall responses), filled in with what they are now. Submitting runs, for each field changed, the
 * command a person could type (respond OSAEC23-5 force: ..., OSAEC23-5 accepted), and the item card
 * comes back with them (responses-edit.ts opens and submits it). Limits: https://docs.slack.dev/reference/block-kit/block-elements
 */

const MAX_INPUT = 3000;

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

// The words the grammar reads for each disposition (src/core/grammar/item-intent.ts, status-words.ts).
const DISPOSITIONS: { value: Disposition; label: string; words: string }[] = [
  { value: 'accepted', label: 'Accepted', words: 'accepted' },
  { value: 'not_accepted', label: 'Not accepted (closes it)', words: 'not accepted' },
  { value: 'not_for_us', label: 'Not for us (another body)', words: 'not for us' },
];

/** The button under an item card or a report: opens the form. */
export function responsesButton(form: ResponsesForm): types.KnownBlock[] {
  const button: types.Button = {
    type: 'button',
    action_id: ACTION.openResponses,
    text: plain('Responses…'),
    value: `responses ${form.ref}`,
  };
  return [{ type: 'actions', block_id: 'rt_responses', elements: [button] }];
}

function responseInput(id: 'force' | 'pcc', label: string, text: string, ref: string): types.InputBlock {
  const fits = text.length <= MAX_INPUT;
  const who = id === 'pcc' ? 'pcc' : 'force';
  return {
    type: 'input',
    block_id: id,
    optional: true,
    label: plain(label),
    hint: plain(
      fits
        ? 'Change it here; leave it as it is to keep it.'
        : `It is ${text.length} characters, more than a form holds, so it is not shown: type respond ${ref} ${who}: ... to replace it.`,
    ),
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline: true,
      max_length: MAX_INPUT,
      ...(fits && text !== '' ? { initial_value: text } : {}),
    },
  };
}

export function responsesModal(form: ResponsesForm, where: ModalContext): types.ModalView {
  const force = form.force.length <= MAX_INPUT ? form.force : '';
  const pcc = form.pcc.length <= MAX_INPUT ? form.pcc : '';
  const context: ModalContext = {
    ...where,
    ref: form.ref,
    forceHash: textHash(force),
    pccHash: textHash(pcc),
    ...(form.disposition ? { disposition: form.disposition } : {}),
    ...(form.scope === 'item' ? { cardRef: form.ref } : {}),
  };
  const overall = form.scope === 'report';
  const blocks: types.View['blocks'] = [
    responseInput('force', overall ? 'Overall force response' : 'Force response', form.force, form.ref),
    responseInput('pcc', overall ? 'Overall PCC response' : 'PCC response', form.pcc, form.ref),
  ];
  if (!overall) {
    const options = DISPOSITIONS.map((d) => ({ text: plain(d.label), value: d.value }));
    const initial = options.find((o) => o.value === form.disposition);
    blocks.push({
      type: 'input',
      block_id: 'disposition',
      optional: true,
      label: plain("The force's decision"),
      element: {
        type: 'static_select',
        action_id: 'value',
        placeholder: plain('Not recorded'),
        options,
        ...(initial ? { initial_option: initial } : {}),
      },
    });
  }
  return {
    type: 'modal',
    callback_id: VIEW.responses,
    private_metadata: encodeContext(context),
    title: plain(`Responses ${form.ref}`.slice(0, 24)),
    submit: plain('Save'),
    close: plain('Cancel'),
    blocks,
  };
}

/** What changed since the modal opened -> the commands that record it: responses first, then the decision. */
export function responsesCommands(values: Values, context: ModalContext): Submission {
  const ref = context.ref;
  if (!ref) return { ok: true, commands: [] };
  const commands: string[] = [];
  const errors: Record<string, string> = {};
  for (const [id, hash] of [
    ['force', context.forceHash],
    ['pcc', context.pccHash],
  ] as const) {
    // As typed, paragraphs and all: a response goes into the published document.
    const text = (values[id]?.value?.value ?? '').trim();
    if (textHash(text) === (hash ?? textHash(''))) continue;
    if (text === '') errors[id] = 'A response cannot be emptied: write the new text, or leave it as it was.';
    else commands.push(`respond ${ref} ${id}: ${text}`);
  }
  const chosen = values.disposition?.value?.selected_option?.value;
  const disposition = DISPOSITIONS.find((d) => d.value === chosen);
  if (disposition && disposition.value !== context.disposition) commands.push(`${ref} ${disposition.words}`);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (commands.length === 0)
    return { ok: false, errors: { force: 'Nothing changed: edit a response or the decision.' } };
  return { ok: true, commands };
}
