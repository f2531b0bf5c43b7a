import { describe, expect, it } from 'vitest';
import { readPress } from '../../adapters/teams/actions.ts';
import { MAX_MESSAGE_BYTES, renderReply, utf16Bytes } from '../../adapters/teams/render.ts';
import type { FormItem, Reply } from '../../src/core/reply/reply.ts';
import { cardProblems } from '../support/adaptive-card-rules.ts';

function items(count: number): FormItem[] {
  return Array.from({ length: count }, (_, i) => ({
    ref: String(i + 1),
    kind: 'recommendation' as const,
    summary: `Chief constables should review item ${i + 1} and everything that goes with it…`,
    notForUs: false,
  }));
}

function find(node: unknown, id: string): Record<string, unknown> | undefined {
  if (Array.isArray(node)) return node.map((n) => find(n, id)).find((n) => n !== undefined);
  if (typeof node !== 'object' || node === null) return undefined;
  const record = node as Record<string, unknown>;
  if (record.id === id) return record;
  return Object.values(record)
    .map((v) => find(v, id))
    .find((n) => n !== undefined);
}

describe('the Teams import edit card', () => {
  it('breaks no card rule: a duplicated id is caught', () => {
    const twice = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'Input.Text', id: 'a' },
        { type: 'Input.Text', id: 'a' },
      ],
    };
    expect(cardProblems(twice)).toEqual(['id "a" used twice']);
  });

  it('fits a preview of 200 items into messages Teams accepts, 100 items to choose from', () => {
    const reply: Reply = {
      kind: 'question',
      text: 'From pasted text: 200 recommendations.',
      blocks: items(200).map((i) => ({ type: 'text', text: `${i.ref}    31 Mar 2025 · ${i.summary}` })),
      form: {
        kind: 'import',
        items: items(200),
        item: { ref: '150', text: 'x'.repeat(5000), due: 'within 6 months' },
      },
    };
    const messages = renderReply(reply, { personal: true });
    for (const message of messages) {
      expect(utf16Bytes(message.card)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
      expect(cardProblems(message.card as Record<string, unknown>)).toEqual([]);
    }
    const all = messages.map((m) => m.card);
    const ref = find(all, 'ref');
    const choices = ref?.choices as { value: string }[];
    expect(choices).toHaveLength(100);
    expect(ref?.value).toBe('150');
    expect(choices.map((c) => c.value)).toContain('150');
    expect(JSON.stringify(all)).toContain('The list holds 100 of the 200 items');
    // Too long for the box: left empty rather than cut.
    expect(find(all, 'text')?.value).toBeUndefined();
    expect(find(all, 'due')?.value).toBe('within 6 months');
  });

  it.each([
    [{ edit: 'show', ref: '5' }, 'import show 5'],
    [
      { edit: 'text', ref: 'A1', text: 'The force should "act"\n– now.' },
      'import text A1 "The force should "act" – now."',
    ],
    [{ edit: 'due', ref: '4', due: ' 31 March 2026 ' }, 'import due 4 31 March 2026'],
    [{ edit: 'merge', ref: '1', merge: '2' }, 'import merge 1 2'],
    [{ edit: 'ours', ref: '3' }, 'import ours 3'],
    [{ edit: 'drop', ref: '3' }, 'import drop 3'],
  ])('%j sends %s', (inputs, command) => {
    expect(readPress({ command: 'import', mode: 'replace', with: 'import', ...inputs })).toEqual({
      ok: true,
      text: command,
      mode: 'replace',
    });
  });

  it.each([
    [{ edit: 'text' }, 'Choose an item first.'],
    [{ edit: 'text', ref: '3', text: '  ' }, 'Write the new text in the box first, then press Replace text.'],
    [{ edit: 'due', ref: '3' }, 'Write the deadline in the box first, then press Set deadline.'],
    [{ edit: 'merge', ref: '3' }, 'Choose the item to merge into it, then press Merge.'],
  ])('%j is refused: %s', (inputs, message) => {
    expect(readPress({ command: 'import', mode: 'replace', with: 'import', ...inputs })).toEqual({
      ok: false,
      message,
    });
  });
});
