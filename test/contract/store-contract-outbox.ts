import { describe, expect, it } from 'vitest';
import type { CurrentStore } from './store-contract.ts';

const T0 = '2024-04-01T08:00:00.000Z';
const T1 = '2024-04-01T08:01:00.000Z';

/** The answer outbox: which messages of an inbox entry's answer went out, across crashes. */
export function outboxContract(current: CurrentStore): void {
  describe('answer outbox', () => {
    it('marks an attempt, reports it unconfirmed until it is confirmed, then as sent', async () => {
      const { outbox } = current();
      await outbox.owe('entry-1', T0);
      expect(await outbox.begin('entry-1', 0, T0)).toEqual({ state: 'new' });
      // The process died here: the next one finds the attempt, with when it began.
      expect(await outbox.begin('entry-1', 0, T1)).toEqual({ state: 'unconfirmed', since: T0 });
      await outbox.confirm('entry-1', 0);
      expect(await outbox.begin('entry-1', 0, T1)).toEqual({ state: 'sent' });
      expect(await outbox.begin('entry-1', 1, T1)).toEqual({ state: 'new' });
      expect(await outbox.begin('other', 0, T1)).toEqual({ state: 'new' });
    });

    it('owing again keeps what was sent', async () => {
      const { outbox } = current();
      expect(await outbox.begin('entry-2', 0, T0)).toEqual({ state: 'new' });
      await outbox.confirm('entry-2', 0);
      await outbox.owe('entry-2', T1);
      expect(await outbox.begin('entry-2', 0, T1)).toEqual({ state: 'sent' });
    });

    it("is written with the transaction's other writes, and rolled back with them", async () => {
      const store = current();
      await expect(
        store.transaction(async (tx) => {
          await tx.outbox.owe('entry-3', T0);
          throw new Error('the command failed');
        }),
      ).rejects.toThrow('the command failed');
      await store.transaction((tx) => tx.outbox.owe('entry-4', T0));
      expect(await store.outbox.begin('entry-3', 0, T1)).toEqual({ state: 'new' });
      expect(await store.outbox.begin('entry-4', 0, T1)).toEqual({ state: 'new' });
      await store.outbox.confirm('entry-4', 0);
      expect(await store.outbox.begin('entry-4', 0, T1)).toEqual({ state: 'sent' });
    });
  });
}
