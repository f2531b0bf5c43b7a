import { describe, expect, it } from 'vitest';
import type { InboxSource, InboxStore } from '../../src/ports/inbox.ts';

const T0 = '2024-04-01T08:00:00.000Z';
const T1 = '2024-04-01T08:02:00.000Z';
const T2 = '2024-04-01T08:04:00.000Z';
const SLACK: readonly InboxSource[] = ['slack'];

let counter = 0;
const anEntry = (key: string, overrides: { source?: InboxSource; receivedAt?: string } = {}) => {
  counter++;
  return {
    id: `in-${counter}`,
    source: 'slack' as const,
    key,
    payload: `{"n":${counter}}`,
    receivedAt: T0,
    ...overrides,
  };
};

/** What every InboxStore must do: the memory fake and the Kysely store on SQLite alike. */
export function inboxContract(
  name: string,
  open: () => Promise<{ inbox: InboxStore; close(): Promise<void> }>,
) {
  describe(name, () => {
    const withInbox = (test: (inbox: InboxStore) => Promise<void>) => async () => {
      const { inbox, close } = await open();
      try {
        await test(inbox);
      } finally {
        await close();
      }
    };

    it(
      'accepts an entry once; a retry of the same key is a duplicate',
      withInbox(async (inbox) => {
        const first = anEntry('command:T1:trigger-1');
        expect(await inbox.accept(first, 10)).toBe('accepted');
        expect(await inbox.accept({ ...anEntry('command:T1:trigger-1'), payload: 'again' }, 10)).toBe(
          'duplicate',
        );
        expect(await inbox.accept(anEntry('command:T1:trigger-1', { source: 'teams' }), 10)).toBe('accepted');
        const claimed = await inbox.claim({ owner: 'a', until: T1, now: T0, max: 10, sources: SLACK });
        expect(claimed).toEqual([{ ...first, attempts: 1 }]);
      }),
    );

    it(
      'is busy at the limit of unfinished entries, and accepts again once one is done',
      withInbox(async (inbox) => {
        expect(await inbox.accept(anEntry('k1'), 2)).toBe('accepted');
        expect(await inbox.accept(anEntry('k2'), 2)).toBe('accepted');
        expect(await inbox.accept(anEntry('k3'), 2)).toBe('busy');
        // Claimed is still unfinished.
        const [one] = await inbox.claim({ owner: 'a', until: T1, now: T0, max: 1, sources: SLACK });
        expect(await inbox.accept(anEntry('k3'), 2)).toBe('busy');
        expect(await inbox.finish(one?.id ?? '', 'a', { at: T0 })).toBe(true);
        expect(await inbox.accept(anEntry('k3'), 2)).toBe('accepted');
        // A busy answer wrote nothing, so the key is not a duplicate later.
        expect(await inbox.accept(anEntry('k4'), 3)).toBe('accepted');
      }),
    );

    it(
      'gives each entry to one claimer, oldest first, only of the sources asked for',
      withInbox(async (inbox) => {
        await inbox.accept(anEntry('late', { receivedAt: T1 }), 10);
        await inbox.accept(anEntry('early', { receivedAt: T0 }), 10);
        await inbox.accept(anEntry('teams', { source: 'teams' }), 10);
        const claims = await Promise.all(
          ['a', 'b', 'c'].map((owner) => inbox.claim({ owner, until: T1, now: T0, max: 10, sources: SLACK })),
        );
        const keys = claims.flat().map((e) => e.key);
        expect(keys.sort()).toEqual(['early', 'late']);
        const winner = claims.find((c) => c.length > 0) ?? [];
        expect(winner.map((e) => e.key)).toEqual(['early', 'late']);
        expect(
          await inbox.claim({ owner: 'd', until: T1, now: T0, max: 10, sources: ['teams'] }),
        ).toMatchObject([{ key: 'teams', source: 'teams' }]);
      }),
    );

    it(
      "reclaims a crashed claimer's entry after its lease, and only the holder may finish it",
      withInbox(async (inbox) => {
        await inbox.accept(anEntry('crash'), 10);
        const [mine] = await inbox.claim({ owner: 'a', until: T1, now: T0, max: 5, sources: SLACK });
        expect(await inbox.claim({ owner: 'b', until: T2, now: T0, max: 5, sources: SLACK })).toEqual([]);
        expect(await inbox.renew(mine?.id ?? '', 'b', T2)).toBe(false);
        const [taken] = await inbox.claim({ owner: 'b', until: T2, now: T1, max: 5, sources: SLACK });
        expect(taken).toMatchObject({ key: 'crash', attempts: 2 });
        expect(await inbox.finish(mine?.id ?? '', 'a', { at: T1 })).toBe(false);
        expect(await inbox.renew(taken?.id ?? '', 'b', '2024-04-01T09:00:00.000Z')).toBe(true);
        expect(await inbox.claim({ owner: 'c', until: T2, now: T2, max: 5, sources: SLACK })).toEqual([]);
        expect(await inbox.finish(taken?.id ?? '', 'b', { at: T2, error: 'gave up' })).toBe(true);
        expect(
          await inbox.claim({
            owner: 'c',
            until: T2,
            now: '2030-01-01T00:00:00.000Z',
            max: 5,
            sources: SLACK,
          }),
        ).toEqual([]);
      }),
    );

    it(
      'prunes finished entries received before an instant, never open ones',
      withInbox(async (inbox) => {
        await inbox.accept(anEntry('old-done', { receivedAt: T0 }), 10);
        await inbox.accept(anEntry('old-open', { receivedAt: T0 }), 10);
        await inbox.accept(anEntry('new-done', { receivedAt: T2 }), 10);
        const claimed = await inbox.claim({ owner: 'a', until: T1, now: T2, max: 10, sources: SLACK });
        for (const e of claimed.filter((c) => c.key !== 'old-open'))
          await inbox.finish(e.id, 'a', { at: T2 });
        expect(await inbox.prune(T1)).toBe(1);
        expect(await inbox.accept(anEntry('old-done'), 10)).toBe('accepted');
        expect(await inbox.accept(anEntry('new-done'), 10)).toBe('duplicate');
        expect(await inbox.accept(anEntry('old-open'), 10)).toBe('duplicate');
      }),
    );
  });
}
