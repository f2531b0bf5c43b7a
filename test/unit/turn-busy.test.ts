import { describe, expect, it } from 'vitest';
import type { CoreDeps, IncomingMessage } from '../../src/core/handle-message.ts';
import { StoreBusyError } from '../../src/core/store-busy-error.ts';
import { BUSY, createTurnPipeline } from '../../src/core/turn.ts';
import { fakeDocuments } from '../support/fake-documents.ts';
import { createFixedClock } from '../support/fixed-clock.ts';
import { createMemoryStore } from '../support/memory-store.ts';
import { createSequentialIds } from '../support/sequential-ids.ts';
import { silentLogger } from '../support/silent-logger.ts';

/*
 * A database kept busy by other writers through all of the store's retries: a command someone waits
 * on is told "busy" at once; a command from the inbox, already acknowledged, waits its turn and is
 * applied once the database frees up.
 */

/** A store whose write transactions fail as busy the first `busyTimes` times. */
function busyAtFirst(busyTimes: number): { deps: CoreDeps; tries: () => number } {
  const store = createMemoryStore();
  let tries = 0;
  const busy = {
    ...store,
    transaction: async <T>(fn: Parameters<typeof store.transaction<T>>[0]) => {
      tries++;
      if (tries <= busyTimes) throw new StoreBusyError('the database stayed locked through 13 tries');
      return store.transaction(fn);
    },
  };
  const deps: CoreDeps = {
    store: busy,
    clock: createFixedClock(new Date('2024-03-14T10:00:00Z')),
    ids: createSequentialIds('memory'),
    defaultTimeZone: 'Europe/London',
    documents: fakeDocuments,
  };
  return { deps, tries: () => tries };
}

const command = (answerId?: string): IncomingMessage => ({
  platform: 'slack',
  workspace: { externalId: 'T1', name: 'Force' },
  actor: { externalId: 'U1', displayName: 'alice' },
  text: 'report new "Busy inspection" key BUSY published 1 February 2024',
  ...(answerId ? { answerId } : {}),
});

describe('a command while the database stays busy', () => {
  it('someone waiting on the answer is told at once that nothing was changed', async () => {
    const { deps, tries } = busyAtFirst(2);
    const reply = await createTurnPipeline(deps, silentLogger).answer(command());
    expect(reply.text).toBe(BUSY);
    expect(tries()).toBe(1);
  });

  it('a command from the inbox waits its turn and is applied', async () => {
    const { deps, tries } = busyAtFirst(2);
    const reply = await createTurnPipeline(deps, silentLogger).answer(command('entry-1'));
    expect(reply.kind, reply.text).toBe('success');
    expect(tries()).toBe(3);
    const workspace = await deps.store.workspaces.findByExternal('slack', 'T1');
    expect(workspace && (await deps.store.reports.findByKey(workspace.id, 'BUSY'))).toBeTruthy();
  });
});
