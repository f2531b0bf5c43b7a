import { describe, expect, it } from 'vitest';
import { importEditCommands, importEditModal, readImportEdit } from '../../adapters/slack/import-form.ts';
import { decodeContext } from '../../adapters/slack/modals.ts';
import { renderReply } from '../../adapters/slack/render.ts';
import type { FormItem, ImportForm, Reply } from '../../src/core/reply/reply.ts';
import { blockProblems, modalProblems } from '../support/block-kit-rules.ts';

type Json = Record<string, unknown>;

function items(count: number): FormItem[] {
  return Array.from({ length: count }, (_, i) => ({
    ref: i % 4 === 3 ? `A${i + 1}` : String(i + 1),
    kind: i % 4 === 3 ? ('area_for_improvement' as const) : ('recommendation' as const),
    summary: `Chief constables should review item ${i + 1} and everything that goes with it…`,
    notForUs: i === 149,
  }));
}

const SHORT =
  'By 31 March 2025, chief constables should review training. It should "really" – truly – happen.';

function form(count: number, ref: string, text = SHORT): ImportForm {
  return { kind: 'import', items: items(count), item: { ref, text, due: 'By 31 March 2025' } };
}

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Json;
const blocks = (view: Json) => view.blocks as Json[];
const block = (view: Json, id: string) => blocks(view).find((b) => b.block_id === id) as Json;

describe('the Slack import edit modal', () => {
  it('stays within Block Kit limits with 200 items, the shown one among the 100 options', () => {
    const view = asJson(importEditModal(form(200, '150', 'x'.repeat(3500)), { responseUrl: 'https://x' }));
    expect(modalProblems(view)).toEqual([]);
    const select = block(view, 'item').element as Json;
    const options = select.options as Json[];
    expect(options).toHaveLength(100);
    expect(options.map((o) => o.value)).toContain('150');
    expect((select.initial_option as Json).value).toBe('150');
    expect(JSON.stringify(view)).toContain('The list holds 100 of the 200 items');
    // Too long to put in a box: not cut, not shown, and the hint says how to replace it.
    const text = block(view, 'text_150');
    expect((text.element as Json).initial_value).toBeUndefined();
    expect(JSON.stringify(text.hint)).toContain('3500 characters');
    // 150 is not for us: the form offers to keep it.
    expect(JSON.stringify(block(view, 'also_150'))).toContain('"value":"ours"');
  });

  it('starts on the shown item with its text and deadline, and offers items of the same kind to merge', () => {
    const view = asJson(importEditModal(form(8, '2'), {}));
    expect(modalProblems(view)).toEqual([]);
    expect((block(view, 'text_2').element as Json).initial_value).toBe(SHORT);
    expect((block(view, 'due_2').element as Json).initial_value).toBe('By 31 March 2025');
    const merge = (block(view, 'merge_2').element as Json).options as Json[];
    expect(merge.map((o) => o.value)).toEqual(['1', '3', '5', '6', '7']);
    expect(JSON.stringify(block(view, 'also_2'))).not.toContain('"ours"');
    expect(decodeContext(String(view.private_metadata))).toMatchObject({ ref: '2', due: 'By 31 March 2025' });
  });

  it('the rules catch a modal Slack would refuse', () => {
    const view = asJson(importEditModal(form(8, '2'), {}));
    const select = block(view, 'item').element as Json;
    select.options = Array.from({ length: 101 }, (_, i) => ({
      text: { type: 'plain_text', text: 'x' },
      value: `o${i}`,
    }));
    blocks(view).push({ ...block(view, 'due_2') });
    view.title = { type: 'plain_text', text: 'An import edit form title' };
    expect(modalProblems(view)).toEqual([
      'title "An import edit form title" over 24',
      expect.stringMatching(/^block_id repeated/),
      'block 0 (item): 101 options, not 1 to 100',
      'block 0 (item): initial_option is not one of the options',
    ]);
  });

  it('turns what changed into commands, in order; leaving it out is all there is', () => {
    const view = asJson(importEditModal(form(8, '2'), {}));
    const context = decodeContext(String(view.private_metadata));
    const values = (text: string, due: string, merge?: string, also?: string) => ({
      item: { rt_import_item: { type: 'static_select', selected_option: { value: '2' } } },
      text_2: { value: { type: 'plain_text_input', value: text } },
      due_2: { value: { type: 'plain_text_input', value: due } },
      merge_2: { value: { type: 'static_select', selected_option: merge ? { value: merge } : null } },
      also_2: { value: { type: 'radio_buttons', selected_option: also ? { value: also } : null } },
    });
    const commands = (...args: Parameters<typeof values>) => {
      const edit = readImportEdit(values(...args) as never);
      return edit.ok ? importEditCommands(edit, context) : edit.errors;
    };
    expect(commands(SHORT, 'By 31 March 2025')).toEqual([]);
    expect(commands(`${SHORT}\n\n`, 'By 31 March 2025')).toEqual([]);
    expect(commands('The force should "act" – now.', 'within 6 months', '3', 'ours')).toEqual([
      'import text 2 "The force should "act" – now."',
      'import due 2 within 6 months',
      'import merge 2 3',
      'import ours 2',
    ]);
    expect(commands('Changed', 'none', '3', 'drop')).toEqual(['import drop 2']);
    // The select moved on before the modal was redrawn for it: its fields are another item's.
    const stale = { ...values(SHORT, ''), item: { rt_import_item: { selected_option: { value: '7' } } } };
    expect(readImportEdit(stale as never)).toEqual({
      ok: false,
      errors: { item: 'Wait a moment for the form to show this item, then apply.' },
    });
  });

  it('puts "Edit…" under a preview of 200 items, every message within the limits', () => {
    const lines = items(200).map((i) => `${i.ref}    31 Mar 2025 · ${i.summary}`);
    const reply: Reply = {
      kind: 'question',
      text: 'From pasted text: 200 items.',
      blocks: [
        ...Array.from({ length: 20 }, (_, i) => ({
          type: 'text' as const,
          text: lines.slice(i * 10, i * 10 + 10).join('\n'),
        })),
        { type: 'choices', choices: [{ label: 'Save as K', command: 'import confirm K' }] },
      ],
      form: { kind: 'import', items: items(200) },
    };
    const messages = renderReply(reply);
    for (const message of messages)
      expect(blockProblems(message.blocks as unknown as Json[], 50)).toEqual([]);
    const last = messages.at(-1)?.blocks.at(-1) as unknown as Json;
    expect(last).toMatchObject({
      type: 'actions',
      block_id: 'rt_import_edit',
      elements: [{ action_id: 'rt_import_edit_open', value: 'import show 1', text: { text: 'Edit…' } }],
    });
  });
});
