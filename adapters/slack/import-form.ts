import type { types, ViewStateValue } from '@slack/bolt';
import type { FormItem, ImportForm } from '../../src/core/reply/reply.ts';
import { ACTION, VIEW } from './actions.ts';
import { encodeContext, type ModalContext, textHash } from './modals.ts';

type Values = Record<string, Record<string, ViewStateValue>>;

/*
 * The import preview's "Edit…" modal: pick an item, change its text or deadline, merge another into
 * it, leave it out or keep it as ours. It is a form over the grammar like the others: a submission
 * becomes `import text 5 "..."`, `import due 5 ...` and so on, run as if typed.
 * Limits (https://docs.slack.dev/reference/block-kit/block-elements): 100 options a select, 75
 * characters an option, 3,000 a plain_text_input, 24 a modal title.
 */

export const MAX_OPTIONS = 100;
const MAX_OPTION_TEXT = 75;
export const MAX_INPUT = 3000;
const MAX_DUE = 500;

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

/** Block ids carry the item's ref: Slack keeps what was typed in a block across views.update by its id. */
export const blockIds = (ref: string) => ({
  text: `text_${ref}`,
  due: `due_${ref}`,
  merge: `merge_${ref}`,
  also: `also_${ref}`,
});

/** "Edit…" under an import preview: opens the modal on the item shown (or the first). */
export function importEditButton(form: ImportForm): types.KnownBlock[] {
  const first = form.item?.ref ?? form.items[0]?.ref;
  if (first === undefined) return [];
  const button: types.Button = {
    type: 'button',
    action_id: ACTION.openImportEdit,
    text: plain('Edit…'),
    value: `import show ${first}`,
  };
  return [{ type: 'actions', block_id: 'rt_import_edit', elements: [button] }];
}

/** The modal for the form's shown item (`import show 5`), with the others to pick from. */
export function importEditModal(form: ImportForm, context: ModalContext): types.ModalView {
  const shown = form.item;
  const current = form.items.find((i) => i.ref === shown?.ref) ?? form.items[0];
  const ref = current?.ref ?? '';
  const ids = blockIds(ref);
  const listed = listedItems(form.items, ref);
  const blocks: types.View['blocks'] = [
    {
      type: 'input',
      block_id: 'item',
      dispatch_action: true,
      label: plain('Item'),
      element: {
        type: 'static_select',
        action_id: ACTION.importItem,
        options: listed.map(option),
        ...(current ? { initial_option: option(current) } : {}),
      },
    },
  ];
  if (form.items.length > listed.length) {
    blocks.push(
      note(
        `The list holds ${listed.length} of the ${form.items.length} items. For another, type import show 150 (its ref) and press Edit… under it.`,
      ),
    );
  }
  const text = shown?.text ?? '';
  const fits = text.length <= MAX_INPUT;
  blocks.push({
    type: 'input',
    block_id: ids.text,
    optional: true,
    label: plain('Text'),
    hint: plain(
      fits
        ? 'Change it here; leave it as it is to keep it.'
        : `Its text is ${text.length} characters, more than a form holds, so it is not shown: type import text ${ref} "..." to replace it.`,
    ),
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline: true,
      max_length: MAX_INPUT,
      ...(fits && text !== '' ? { initial_value: text } : {}),
    },
  });
  const due = shown?.due ?? '';
  blocks.push({
    type: 'input',
    block_id: ids.due,
    optional: true,
    label: plain('Deadline'),
    hint: plain('A date ("31 March 2026"), "within 6 months", "immediately" or "none"; several with ";".'),
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      max_length: MAX_DUE,
      ...(due !== '' && due.length <= MAX_DUE ? { initial_value: due } : {}),
    },
  });
  const others = form.items.filter((i) => i.kind === current?.kind && i.ref !== ref).slice(0, MAX_OPTIONS);
  if (others.length > 0) {
    blocks.push({
      type: 'input',
      block_id: ids.merge,
      optional: true,
      label: plain('Merge another item into it'),
      hint: plain("Its text is added to this item's, its responses too, and it leaves the list."),
      element: {
        type: 'static_select',
        action_id: 'value',
        placeholder: plain('Choose an item of the same kind'),
        options: others.map(option),
      },
    });
  }
  const also = [
    { text: plain('Leave it out of the import (other changes are then ignored)'), value: 'drop' },
  ];
  if (current?.notForUs) {
    also.push({ text: plain('Keep it as ours (it is addressed only to other bodies)'), value: 'ours' });
  }
  blocks.push({
    type: 'input',
    block_id: ids.also,
    optional: true,
    label: plain('Or'),
    element: { type: 'radio_buttons', action_id: 'value', options: also },
  });
  return {
    type: 'modal',
    callback_id: VIEW.importEdit,
    private_metadata: encodeContext({
      ...context,
      ref,
      due: due.length <= MAX_DUE ? oneLine(due) : '',
      textHash: textHash(fits ? text : ''),
    }),
    title: plain('Edit the import'),
    submit: plain('Apply'),
    close: plain('Cancel'),
    blocks,
  };
}

/** The first 100 items, with the shown one always among them. */
function listedItems(items: readonly FormItem[], ref: string): FormItem[] {
  const first = items.slice(0, MAX_OPTIONS);
  if (first.some((i) => i.ref === ref)) return first;
  const shown = items.find((i) => i.ref === ref);
  return shown ? [...first.slice(0, MAX_OPTIONS - 1), shown] : first;
}

function option(item: FormItem) {
  const text = `${item.ref} · ${item.summary}`;
  // The summary is already cut with an ellipsis; this only guards Slack's limit.
  return {
    text: plain(text.length <= MAX_OPTION_TEXT ? text : `${text.slice(0, MAX_OPTION_TEXT - 1)}…`),
    value: item.ref,
  };
}

function note(text: string): types.KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

/** What the modal asks for, read from its state; `changes` still need comparing with the item as it is. */
export type ImportEdit =
  | { ok: false; errors: Record<string, string> }
  | { ok: true; ref: string; text: string; due: string; merge: string | null; also: 'drop' | 'ours' | null };

export function readImportEdit(values: Values): ImportEdit {
  const ref = values.item?.[ACTION.importItem]?.selected_option?.value ?? '';
  const ids = blockIds(ref);
  // The item was changed and the form has not been redrawn for it yet: its fields belong to another.
  if (ref === '' || values[ids.text] === undefined) {
    return { ok: false, errors: { item: 'Wait a moment for the form to show this item, then apply.' } };
  }
  const also = values[ids.also]?.value?.selected_option?.value;
  return {
    ok: true,
    ref,
    text: oneLine(values[ids.text]?.value?.value),
    due: oneLine(values[ids.due]?.value?.value),
    merge: values[ids.merge]?.value?.selected_option?.value ?? null,
    also: also === 'drop' || also === 'ours' ? also : null,
  };
}

/**
 * The commands for what changed since the modal opened, in the order they apply: text and deadline
 * first (so a merged item's text follows the new text), then the merge, then ours. Leaving it out is
 * all there is.
 */
export function importEditCommands(edit: Extract<ImportEdit, { ok: true }>, context: ModalContext): string[] {
  const { ref } = edit;
  if (edit.also === 'drop') return [`import drop ${ref}`];
  const commands: string[] = [];
  if (edit.text !== '' && textHash(edit.text) !== context.textHash) {
    commands.push(`import text ${ref} "${edit.text}"`);
  }
  const due = changedDue(edit, context);
  if (due !== undefined) commands.push(`import due ${ref} ${due}`);
  if (edit.merge) commands.push(`import merge ${ref} ${edit.merge}`);
  if (edit.also === 'ours') commands.push(`import ours ${ref}`);
  return commands;
}

/** The deadline typed, when it differs from the one the modal opened with and the item is kept. */
export function changedDue(
  edit: Extract<ImportEdit, { ok: true }>,
  context: ModalContext,
): string | undefined {
  if (edit.also === 'drop' || edit.due === '' || edit.due === (context.due ?? '')) return undefined;
  return edit.due;
}

function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
