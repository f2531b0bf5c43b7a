import { describe, expect, it } from 'vitest';
import { type OnceMessage, sendOnce } from '../../src/core/answer-once.ts';
import { createFixedClock } from '../support/fixed-clock.ts';
import { createMemoryStore } from '../support/memory-store.ts';
import { silentLogger } from '../support/silent-logger.ts';

/**
 * What sendOnce decides when an earlier attempt's outcome is unknown (its process died between the
 * mark and the confirmation), per what the platform allows.
 */
describe('sendOnce after an attempt that was never confirmed', () => {
  async function afterLostAttempt(message: Omit<OnceMessage, 'send'>) {
    const deps = {
      outbox: createMemoryStore().outbox,
      clock: createFixedClock(new Date('2024-04-01T08:00:00Z')),
      logger: silentLogger,
    };
    const at = { id: 'entry', part: 0 };
    // The first attempt: marked, then the process dies inside the send.
    await expect(sendOnce(deps, at, { send: () => Promise.reject(new Error('killed')) })).rejects.toThrow(
      'killed',
    );
    const sends: string[] = [];
    const send = async (repeat?: boolean) => void sends.push(repeat ? 'marked' : 'plain');
    const result = await sendOnce(deps, at, { ...message, send });
    const again = await sendOnce(deps, at, { ...message, send });
    return { result, again, sends };
  }

  const cases: [string, Omit<OnceMessage, 'send'>, string, string[]][] = [
    ['found on the platform: not sent again', { find: async () => true as const }, 'already', []],
    ['looked for and not there: sent', { find: async () => false as const }, 'sent', ['plain']],
    ['cannot be looked up: sent again, marked as a possible repeat', {}, 'repeated', ['marked']],
    [
      'the platform could not say: sent again, marked as a possible repeat',
      { find: async () => undefined },
      'repeated',
      ['marked'],
    ],
    ['replaces its own first copy: sent again as it was', { replaces: true }, 'sent', ['plain']],
  ];
  it.each(cases)('%s', async (_name, message, result, sends) => {
    const outcome = await afterLostAttempt(message);
    expect(outcome).toEqual({ result, again: 'already', sends });
  });
});
