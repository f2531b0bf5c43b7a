import type { ResponsesForm } from '../../src/core/reply/reply.ts';
import type { PressMode, ResponseField } from './actions.ts';
import { CARD_VERSION, type CardElement, execute } from './cards.ts';

/*
 * "Responses…": a card inside the card (Action.ShowCard) with an item's force and PCC responses and
 * its disposition (or a report's overall responses), filled in with what they are now, and a button
 * per field. Each button sends the command a person could type (respond OSAEC23-5 force: ...,
 * OSAEC23-5 accepted); on an item card the answer redraws the card with the change in it.
 */

/** A longer text is not put in the box (the card must stay small); typing replaces it whole. */
const MAX_PREFILL = 4000;

const DISPOSITIONS = [
  { title: 'Accepted', value: 'accepted' },
  { title: 'Not accepted (closes it)', value: 'not accepted' },
  { title: 'Not for us (another body)', value: 'not for us' },
];
const WORDS: Record<string, string> = {
  accepted: 'accepted',
  not_accepted: 'not accepted',
  not_for_us: 'not for us',
};

function responseBox(id: 'force' | 'pcc', label: string, text: string): CardElement {
  return {
    type: 'Input.Text',
    id,
    label,
    isMultiline: true,
    ...(text !== '' && text.length <= MAX_PREFILL
      ? { value: text }
      : text.length > MAX_PREFILL
        ? { placeholder: `${text.length} characters now, too long to show here: what you write replaces it` }
        : {}),
  };
}

export function responsesActions(form: ResponsesForm): CardElement {
  const overall = form.scope === 'report';
  // An item card is redrawn in place with the change; a report's answer comes below it.
  const mode: PressMode = overall ? 'post' : 'card';
  const card = overall ? {} : { card: form.ref };
  const save = (title: string, field: ResponseField, command: string) =>
    execute(title, { command, mode, with: 'responses', field, ...card });
  const body: CardElement[] = [
    responseBox('force', overall ? 'Overall force response' : 'Force response', form.force),
    responseBox('pcc', overall ? 'Overall PCC response' : 'PCC response', form.pcc),
  ];
  const actions = [
    save('Save force response', 'force', `respond ${form.ref} force`),
    save('Save PCC response', 'pcc', `respond ${form.ref} pcc`),
  ];
  if (!overall) {
    const current = form.disposition ? WORDS[form.disposition] : undefined;
    body.push({
      type: 'Input.ChoiceSet',
      id: 'disposition',
      label: "The force's decision",
      style: 'compact',
      placeholder: 'Not recorded',
      ...(current ? { value: current } : {}),
      choices: DISPOSITIONS,
    });
    actions.push(save('Save decision', 'disposition', form.ref));
  }
  return {
    type: 'ActionSet',
    actions: [
      {
        type: 'Action.ShowCard',
        title: 'Responses…',
        card: { type: 'AdaptiveCard', version: CARD_VERSION, body, actions },
      },
    ],
  };
}
