import { describe, expect, it } from 'vitest';
import { renderReply, utf16Bytes } from '../../adapters/teams/render.ts';
import type { ItemLine, Reply } from '../../src/core/reply/reply.ts';

function items(n: number): ItemLine[] {
  return Array.from({ length: n }, (_v, i) => ({
    ref: `BIG-${i + 1}`,
    summary: `Recommendation ${i + 1}: the council should review contract ${i + 1} and report back to the committee`,
    rag: (['red', 'amber', 'green', 'grey', 'none'] as const)[i % 5] ?? 'none',
    status: 'in_progress',
    owner: i % 2 === 0 ? 'Alex User' : null,
    dueOn: '2030-12-31',
    dueText: 'due 31 Dec 2030',
  }));
}

function texts(value: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if (record.type === 'TextRun' && typeof record.text === 'string') out.push(record.text);
      Object.values(record).forEach(walk);
    }
  };
  walk(value);
  return out;
}

describe('Reply -> Adaptive Cards', () => {
  it('splits a 500-item list into cards under the size limit, every item once, in order', () => {
    const reply: Reply = {
      kind: 'info',
      text: '500 items',
      blocks: [{ type: 'items', title: 'BIG', items: items(500) }],
    };
    const messages = renderReply(reply, { personal: true });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages)
      expect(
        utf16Bytes({ type: 'message', summary: m.summary, attachments: [{ content: m.card }] }),
      ).toBeLessThan(28 * 1024);
    const refs = messages.flatMap((m) => texts(m.card)).filter((t) => /^BIG-\d+$/.test(t));
    expect(refs).toEqual(items(500).map((i) => i.ref));
    expect(texts(messages.at(-1)?.card)).toContain(`Part ${messages.length} of ${messages.length}`);
  });

  it('splits one very long text too, so no single message is over the limit', () => {
    const reply: Reply = { kind: 'info', text: 'long', blocks: [{ type: 'text', text: 'x'.repeat(60_000) }] };
    const messages = renderReply(reply, { personal: true });
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) expect(utf16Bytes(m.card)).toBeLessThan(26_000);
    expect(
      messages
        .flatMap((m) => texts(m.card))
        .join('')
        .replace(/Part \d+ of \d+(; continued below\.)?/g, ''),
    ).toBe('x'.repeat(60_000));
  });

  it('shows RAG as a colour and a word, and people’s text as typed (no Markdown)', () => {
    const reply: Reply = { kind: 'info', text: 'list', blocks: [{ type: 'items', items: items(2) }] };
    const [message] = renderReply(
      {
        ...reply,
        blocks: [{ type: 'items', items: [{ ...items(1)[0], summary: '**not bold** _x_' } as ItemLine] }],
      },
      { personal: true },
    );
    const json = JSON.stringify(message?.card);
    expect(json).toContain('"text":"● RED  ","color":"Attention"');
    expect(json).toContain('"text":"**not bold** _x_"');
    expect(json).not.toContain('"type":"TextBlock"');
  });

  it('marks problems and successes, and a question’s buttons replace the question when pressed', () => {
    const problem: Reply = {
      kind: 'problem',
      code: 'item.ambiguous',
      text: 'Several reports have an item 1. Which one did you mean?',
      blocks: [
        {
          type: 'choices',
          choices: [
            { label: 'A-1', command: 'A-1 done' },
            { label: 'B-1', command: 'B-1 done' },
          ],
        },
      ],
    };
    const [message] = renderReply(problem, { personal: true });
    expect(texts(message?.card)[0]).toBe('⚠️ Several reports have an item 1. Which one did you mean?');
    expect(JSON.stringify(message?.card)).toContain('"data":{"command":"A-1 done","mode":"replace"}');
  });

  it('asks for the document where files can be sent', () => {
    const reply: Reply = { kind: 'question', text: 'Paste the report.', blocks: [], expects: 'document' };
    expect(texts(renderReply(reply, { personal: true })[0]?.card).join(' ')).toContain(
      'Send the document here',
    );
    expect(texts(renderReply(reply, { personal: false })[0]?.card).join(' ')).toContain(
      'in a personal chat with me',
    );
  });
});
