import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/core/model/entities.ts';
import type { ItemFilter, Store } from '../../src/ports/store.ts';
import type { CurrentStore } from './store-contract.ts';
import { aMember, anItem, aReport, seedWorkspace } from './store-fixtures.ts';

/** The one query behind every list (mine, overdue team Safeguarding, report OSAEC23 status blocked). */
export function listContract(current: CurrentStore): void {
  describe('filtered item lists', () => {
    /** Two reports (one deleted), two owners, two teams, dates either side of 1 June 2023. */
    async function seed(store: Store) {
      const { workspace, admin, report } = await seedWorkspace(store);
      const bob = aMember(workspace.id, { displayName: 'Bob' });
      await store.members.insert(bob);
      const audit = aReport(workspace.id, admin.id, { key: 'AUDIT1' });
      const gone = aReport(workspace.id, admin.id, { key: 'GONE', deletedAt: '2023-01-01T00:00:00.000Z' });
      await store.reports.insert(audit);
      await store.reports.insert(gone);
      const safeguarding = 'Safeguarding and Investigations';
      const items: Item[] = [
        anItem(report, {
          ref: '10',
          ownerId: bob.id,
          ownerTeam: safeguarding,
          status: 'blocked',
          dueOn: '2023-05-01',
        }),
        anItem(report, {
          ref: '2',
          ownerId: bob.id,
          ownerTeam: 'Finance',
          status: 'in_progress',
          dueOn: '2023-06-10',
        }),
        anItem(report, {
          ref: '3',
          ownerId: admin.id,
          ownerTeam: safeguarding,
          status: 'done',
          dueOn: '2023-05-01',
        }),
        anItem(audit, {
          ref: '1',
          ownerId: bob.id,
          ownerTeam: safeguarding,
          status: 'in_progress',
          dueOn: '2023-05-20',
        }),
        anItem(audit, { ref: '4', ownerId: null, status: 'awaiting_allocation', dueOn: null }),
        anItem(gone, {
          ref: '1',
          ownerId: bob.id,
          ownerTeam: 'Gone team',
          status: 'blocked',
          dueOn: '2023-05-01',
        }),
      ];
      for (const item of items) await store.items.insert(item);
      return { workspace, admin, bob, report, audit, safeguarding };
    }

    const refs = async (store: Store, workspaceId: string, filter: ItemFilter) =>
      (await store.items.listMatching(workspaceId, filter)).map((i) => i.ref);

    it('matches every part given, open items only unless statuses are named, live reports only', async () => {
      const store = current();
      const { workspace, admin, bob, report, audit, safeguarding } = await seed(store);
      const ws = workspace.id;
      expect(await refs(store, ws, {})).toEqual(['1', '4', '2', '10']);
      expect(await refs(store, ws, { ownerId: bob.id })).toEqual(['1', '2', '10']);
      expect(await refs(store, ws, { ownerId: admin.id })).toEqual([]);
      expect(await refs(store, ws, { teams: [safeguarding] })).toEqual(['1', '10']);
      expect(await refs(store, ws, { teams: [safeguarding, 'Finance'], reportId: report.id })).toEqual([
        '2',
        '10',
      ]);
      expect(await refs(store, ws, { teams: [] })).toEqual([]);
      expect(await refs(store, ws, { statuses: ['blocked'] })).toEqual(['10']);
      expect(await refs(store, ws, { statuses: ['done', 'blocked'], teams: [safeguarding] })).toEqual([
        '3',
        '10',
      ]);
      expect(await refs(store, ws, { statuses: [] })).toEqual([]);
      expect(await refs(store, ws, { reportId: audit.id, ownerId: bob.id })).toEqual(['1']);
    });

    it('bounds the due date, earliest first, and never matches an item without one', async () => {
      const store = current();
      const { workspace, bob } = await seed(store);
      const ws = workspace.id;
      expect(await refs(store, ws, { dueBy: '2023-05-31' })).toEqual(['10', '1']);
      expect(await refs(store, ws, { dueFrom: '2023-05-02', dueBy: '2023-06-10' })).toEqual(['1', '2']);
      expect(await refs(store, ws, { dueFrom: '2023-05-02' })).toEqual(['1', '2']);
      expect(await refs(store, ws, { dueBy: '2023-05-31', ownerId: bob.id, statuses: ['blocked'] })).toEqual([
        '10',
      ]);
    });

    it('names the teams on items of live reports once each, and sees no other workspace', async () => {
      const store = current();
      const { workspace, bob } = await seed(store);
      expect(await store.items.listTeams(workspace.id)).toEqual([
        'Finance',
        'Safeguarding and Investigations',
      ]);
      const other = await seedWorkspace(store);
      expect(await store.items.listTeams(other.workspace.id)).toEqual([]);
      expect(await store.items.listMatching(other.workspace.id, {})).toEqual([]);
      expect(await store.items.listMatching(other.workspace.id, { ownerId: bob.id })).toEqual([]);
    });
  });
}
