import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleMessenger } from '../../adapters/console/messenger.ts';
import { DeliveryError } from '../../src/core/delivery-error.ts';
import { info } from '../../src/core/reply/reply.ts';

const local = { platform: 'console' as const, externalId: 'local', name: 'Local console' };

function capture() {
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => {
    text += d.toString();
  });
  return { output, text: () => text };
}

describe('the console messenger', () => {
  it('prints a digest and a reminder in the terminal, framed apart from the conversation', async () => {
    const out = capture();
    const messenger = createConsoleMessenger({ output: out.output, color: false });
    const reply = info('Digest: 1 overdue.', [
      { type: 'heading', text: 'Digest · Monday 18 March 2024' },
      { type: 'text', text: '1 overdue · 0 due in the next 14 days' },
    ]);
    await messenger.postToChannel(local, { platform: 'console', channel: 'console' }, reply);
    expect(
      await messenger.sendDirect(local, { externalId: 'bob', displayName: 'bob' }, info('Reminder: 1 item.')),
    ).toBe('sent');
    expect(out.text()).toBe(
      '\n── digest in #console ──\nDigest · Monday 18 March 2024\n1 overdue · 0 due in the next 14 days\n' +
        '\n── message for bob ──\nReminder: 1 item.\n',
    );
  });

  it('shows the prompt again after a delivery, for someone typing at it', async () => {
    const out = capture();
    const messenger = createConsoleMessenger({ output: out.output, color: false, prompt: 'alice> ' });
    await messenger.postToChannel(
      local,
      { platform: 'console', channel: 'console' },
      info('Digest: nothing.'),
    );
    expect(out.text()).toBe('\n── digest in #console ──\nDigest: nothing.\nalice> ');
  });

  it("refuses another platform's address as a permanent failure", async () => {
    const messenger = createConsoleMessenger({ output: capture().output, color: false });
    const posting = messenger.postToChannel(local, { platform: 'slack', channel: 'C1' }, info('x'));
    await expect(posting).rejects.toBeInstanceOf(DeliveryError);
    await expect(posting).rejects.toMatchObject({ kind: 'permanent', reason: 'bad_address' });
  });
});
