import { describe, expect, it } from 'vitest';
import { blockProblems, messageProblems, viewProblems } from '../support/block-kit-rules.ts';
import { startFakeSlackApi } from '../support/fake-slack-api.ts';

const button = (action_id: string, text = 'Go') => ({
  type: 'button',
  action_id,
  text: { type: 'plain_text', text },
  value: 'x',
});
const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** The checker every Slack test's stand-in applies, and the stand-in refusing like Slack. */
describe('Block Kit validity check', () => {
  it.each([
    [
      'two buttons with one action_id in a block',
      [{ type: 'actions', elements: [button('a'), button('a')] }],
      'action_id repeated',
    ],
    [
      'a block_id used twice',
      [
        { ...section('x'), block_id: 'b' },
        { ...section('y'), block_id: 'b' },
      ],
      'block_id repeated',
    ],
    ['51 blocks in a message', Array.from({ length: 51 }, () => section('x')), '51 blocks, over 50'],
    ['a section over 3,000 characters', [section('x'.repeat(3001))], 'text over 3,000'],
    [
      'a header over 150 characters',
      [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }],
      'header text',
    ],
    [
      '11 fields',
      [{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })) }],
      '11 fields',
    ],
    [
      '26 elements in an actions block',
      [{ type: 'actions', elements: Array.from({ length: 26 }, (_, i) => button(`b${i}`)) }],
      '26 elements',
    ],
    ['a button label over 75', [{ type: 'actions', elements: [button('a', 'l'.repeat(76))] }], 'button text'],
  ])('finds %s', (_name, blocks, problem) => {
    expect(messageProblems({ blocks }).join('\n')).toContain(problem);
  });

  it('accepts one action_id in two blocks, and 100 blocks in a view but not 101', () => {
    const two = [
      { type: 'actions', elements: [button('a')] },
      { type: 'actions', elements: [button('a')] },
    ];
    expect(blockProblems(two, 50)).toEqual([]);
    const blocks = (n: number) => Array.from({ length: n }, () => section('x'));
    expect(viewProblems({ type: 'home', blocks: blocks(100) })).toEqual([]);
    expect(viewProblems({ type: 'home', blocks: blocks(101) })).toEqual(['101 blocks, over 100']);
  });

  it('the Slack stand-in answers invalid_blocks to chat.postMessage, views.publish and response_url', async () => {
    const api = await startFakeSlackApi();
    const bad = [{ type: 'actions', elements: [button('a'), button('a')] }];
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${api.base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    expect(
      (await post('/api/chat.postMessage', { channel: 'C1', text: 't', blocks: bad })).body,
    ).toMatchObject({
      ok: false,
      error: 'invalid_blocks',
    });
    expect(
      (await post('/api/views.publish', { user_id: 'U1', view: { type: 'home', blocks: bad } })).body,
    ).toMatchObject({
      ok: false,
      error: 'invalid_blocks',
    });
    expect(await post('/respond/x', { text: 't', blocks: bad })).toEqual({
      status: 400,
      body: { ok: false, error: 'invalid_blocks' },
    });
    expect(api.rejected.map((r) => r.method)).toEqual(['chat.postMessage', 'views.publish', 'response_url']);
    // Closing with refused payloads fails the test that made them; this one meant to.
    await expect(api.close()).rejects.toThrow(/invalid_blocks/);
  });
});
