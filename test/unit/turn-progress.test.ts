import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreDeps, IncomingMessage } from '../../src/core/handle-message.ts';
import { createTurnPipeline, PROGRESS_AFTER_MS } from '../../src/core/turn.ts';
import { fakeDocuments } from '../support/fake-documents.ts';
import { createFixedClock } from '../support/fixed-clock.ts';
import { createMemoryStore } from '../support/memory-store.ts';
import { createSequentialIds } from '../support/sequential-ids.ts';
import { silentLogger } from '../support/silent-logger.ts';

/*
 * The progress line: the core says what it is making; the pipeline passes it on only when the answer
 * takes longer than a second. Timers are faked, and the store is made slow where the test needs it.
 */

function deps(delayMs: number): CoreDeps {
  const store = createMemoryStore();
  const slow = {
    ...store,
    transaction: async <T>(fn: Parameters<typeof store.transaction<T>>[0]) => {
      const result = await store.transaction(fn);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return result;
    },
  };
  return {
    store: slow,
    clock: createFixedClock(new Date('2024-03-14T10:00:00Z')),
    ids: createSequentialIds('memory'),
    defaultTimeZone: 'Europe/London',
    documents: fakeDocuments,
  };
}

const message = (text: string, progress: (line: string) => void): IncomingMessage => ({
  platform: 'console',
  workspace: { externalId: 'local', name: 'Local' },
  actor: { externalId: 'alice', displayName: 'alice' },
  text,
  progress,
});

describe('progress line', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows what is being made when the answer takes more than a second', async () => {
    const turns = createTurnPipeline(deps(PROGRESS_AFTER_MS + 500), silentLogger);
    const lines: string[] = [];
    const answer = turns.answer(message('export json', (l) => lines.push(l)));
    await vi.advanceTimersByTimeAsync(PROGRESS_AFTER_MS + 1000);
    const reply = await answer;
    expect(reply.files).toHaveLength(1);
    expect(lines).toEqual(['Making it: Backup of this workspace…']);
  });

  it('says nothing when the answer comes within the second', async () => {
    const turns = createTurnPipeline(deps(10), silentLogger);
    const lines: string[] = [];
    const answer = turns.answer(message('export json', (l) => lines.push(l)));
    await vi.advanceTimersByTimeAsync(50);
    await answer;
    await vi.advanceTimersByTimeAsync(PROGRESS_AFTER_MS * 3);
    expect(lines).toEqual([]);
  });
});
