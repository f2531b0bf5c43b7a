import type { FormItem, ImportForm } from '../../src/core/reply/reply.ts';
import type { ImportEditKind, PressMode } from './actions.ts';
import { CARD_VERSION, type CardElement, execute, subtle } from './cards.ts';

/*
 * The import preview's "Edit…": a card inside the card (Action.ShowCard) with the item to pick, its
 * text and deadline, the item to merge into it, and one button per edit. Each button sends the same
 * command a person could type (import text 5 "..."), and the answer, the preview as it now is, takes
 * the card's place. After `import show 5` the form starts on that item, its text and deadline filled in.
 */

/** Choices per list: a long import would make the card too big for Teams (MAX_MESSAGE_BYTES). */
export const MAX_CHOICES = 100;
/** A longer text is not put in the box (the card must stay small); the box then replaces it whole. */
const MAX_PREFILL = 4000;

export function importEditActions(form: ImportForm): CardElement {
  const shown = form.items.find((i) => i.ref === form.item?.ref) ?? form.items[0];
  const listed = listedItems(form.items, shown?.ref);
  const text = form.item?.text ?? '';
  const body: CardElement[] = [
    {
      type: 'Input.ChoiceSet',
      id: 'ref',
      label: 'Item',
      style: 'compact',
      isRequired: true,
      errorMessage: 'Choose an item.',
      ...(shown ? { value: shown.ref } : {}),
      choices: listed.map((i) => ({ title: `${i.ref} · ${i.summary.slice(0, 30)}`, value: i.ref })),
    },
  ];
  if (form.items.length > listed.length) {
    body.push(
      subtle(
        `The list holds ${listed.length} of the ${form.items.length} items. For another, type import show 150 (its ref).`,
      ),
    );
  }
  body.push(
    {
      type: 'Input.Text',
      id: 'text',
      label: 'New text',
      isMultiline: true,
      placeholder: 'The whole text of the item',
      ...(text !== '' && text.length <= MAX_PREFILL ? { value: text } : {}),
    },
    {
      type: 'Input.Text',
      id: 'due',
      label: 'Deadline',
      placeholder: '31 March 2026, within 6 months, immediately or none',
      ...(form.item?.due ? { value: form.item.due } : {}),
    },
    {
      type: 'Input.ChoiceSet',
      id: 'merge',
      label: 'Merge another item into it',
      style: 'compact',
      placeholder: 'Choose an item of the same kind',
      choices: listed.map((i) => ({ title: i.ref, value: i.ref })),
    },
  );
  const press = (title: string, edit: ImportEditKind, mode: PressMode = 'replace', style?: 'danger') =>
    execute(title, { command: 'import', mode, with: 'import', edit }, style);
  const actions = [
    press('Replace text', 'text'),
    press('Set deadline', 'due'),
    press('Merge', 'merge'),
    // The item in full answers below; the preview stays.
    press('Show it whole', 'show', 'post'),
  ];
  if (form.items.some((i) => i.notForUs)) actions.push(press('Keep as ours', 'ours'));
  actions.push(press('Leave it out', 'drop', 'replace', 'danger'));
  return {
    type: 'ActionSet',
    actions: [
      {
        type: 'Action.ShowCard',
        title: 'Edit…',
        card: { type: 'AdaptiveCard', version: CARD_VERSION, body, actions },
      },
    ],
  };
}

/** The first 100 items, with the shown one always among them. */
function listedItems(items: readonly FormItem[], ref: string | undefined): FormItem[] {
  const first = items.slice(0, MAX_CHOICES);
  if (ref === undefined || first.some((i) => i.ref === ref)) return first;
  const shown = items.find((i) => i.ref === ref);
  return shown ? [...first.slice(0, MAX_CHOICES - 1), shown] : first;
}
