import { describe, expect, it } from 'vitest';
import { success } from '../../src/core/reply/reply.ts';
import type { HandledRequest } from '../../src/ports/store.ts';
import type { CurrentStore } from './store-contract.ts';
import { seedWorkspace } from './store-fixtures.ts';

function entry(workspaceId: string, key: string, at = '2024-03-14T10:00:00.000Z'): HandledRequest {
  return {
    workspaceId,
    key,
    at,
    reply: success('OSAEC23-5 is now done.', [
      { type: 'fields', fields: [{ label: 'Status', value: 'done' }] },
      { type: 'choices', choices: [{ label: 'History', command: 'history OSAEC23-5', style: 'primary' }] },
    ]),
  };
}

/** The request ledger that makes a redelivered platform message answer again without applying twice. */
export function requestContract(current: CurrentStore): void {
  describe('request ledger', () => {
    it('returns the recorded reply for a key, in its own workspace only', async () => {
      const store = current();
      const a = await seedWorkspace(store);
      const b = await seedWorkspace(store);
      await store.requests.record(entry(a.workspace.id, 'Ev1'));
      expect(await store.requests.find(a.workspace.id, 'Ev1')).toEqual(entry(a.workspace.id, 'Ev1'));
      expect(await store.requests.find(b.workspace.id, 'Ev1')).toBeUndefined();
      expect(await store.requests.find(a.workspace.id, 'Ev2')).toBeUndefined();
    });

    it('refuses a second record of the same key, so a racing redelivery fails instead of applying twice', async () => {
      const store = current();
      const { workspace } = await seedWorkspace(store);
      await store.requests.record(entry(workspace.id, 'Ev1'));
      await expect(store.requests.record(entry(workspace.id, 'Ev1'))).rejects.toThrow();
    });

    it('forgets entries older than the given instant', async () => {
      const store = current();
      const { workspace } = await seedWorkspace(store);
      await store.requests.record(entry(workspace.id, 'old', '2024-03-01T00:00:00.000Z'));
      await store.requests.record(entry(workspace.id, 'new', '2024-03-10T00:00:00.000Z'));
      await store.requests.prune(workspace.id, '2024-03-05T00:00:00.000Z');
      expect(await store.requests.find(workspace.id, 'old')).toBeUndefined();
      expect(await store.requests.find(workspace.id, 'new')).toBeDefined();
    });
  });
}
