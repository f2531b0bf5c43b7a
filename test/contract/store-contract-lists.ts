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

    const all = { offset: 0, limit: 100 };
    const refs = async (store: Store, workspaceId: string, filter: ItemFilter) =>
      (await store.items.listMatching(workspaceId, filter, all)).items.map(({ item }) => item.ref);

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
      const none = { items: [], total: 0 };
      expect(await store.items.listMatching(other.workspace.id, {}, all)).toEqual(none);
      expect(await store.items.listMatching(other.workspace.id, { ownerId: bob.id }, all)).toEqual(none);
      expect(await store.items.progress(other.workspace.id, [bob.id], '2023-06-01')).toEqual([]);
    });

    it('gives one page, each item with its report key, and counts the whole list', async () => {
      const store = current();
      const { workspace, report } = await seed(store);
      const page = (offset: number, limit: number) =>
        store.items.listMatching(workspace.id, {}, { offset, limit });
      const first = await page(0, 3);
      expect(first.total).toBe(4);
      expect(first.items.map(({ item, reportKey }) => `${reportKey}-${item.ref}`)).toEqual([
        'AUDIT1-1',
        'AUDIT1-4',
        `${report.key}-2`,
      ]);
      expect((await page(3, 3)).items.map(({ item }) => item.ref)).toEqual(['10']);
      expect(await page(6, 3)).toEqual({ items: [], total: 4 });
    });

    it('pages a report in the order people number items, letters first', async () => {
      const store = current();
      const { workspace, admin } = await seedWorkspace(store);
      const big = aReport(workspace.id, admin.id, { key: 'BIG' });
      await store.reports.insert(big);
      for (const ref of ['A2', '10', 'C1', '2', 'A10', '1']) {
        await store.items.insert(anItem(big, { ref, status: ref === '2' ? 'done' : 'in_progress' }));
      }
      const page = (offset: number) => store.items.pageByReport(workspace.id, big.id, { offset, limit: 4 });
      expect((await page(0)).items.map((i) => i.ref)).toEqual(['1', '2', '10', 'A2']);
      expect(await page(4)).toMatchObject({ total: 6 });
      expect((await page(4)).items.map((i) => i.ref)).toEqual(['A10', 'C1']);
    });

    it('counts done and overdue items per report, and numbers the next item', async () => {
      const store = current();
      const { workspace, report, audit } = await seed(store);
      const counts = await store.items.progress(workspace.id, [report.id, audit.id], '2023-06-01');
      expect(counts.sort((a, b) => a.total - b.total)).toEqual([
        { reportId: audit.id, total: 2, done: 0, overdue: 1 },
        { reportId: report.id, total: 3, done: 1, overdue: 1 },
      ]);
      // Both of AUDIT1's items are number 5 (the fixture's default).
      expect(await store.items.nextNumber(workspace.id, audit.id, 'recommendation')).toBe(6);
      expect(await store.items.nextNumber(workspace.id, audit.id, 'cause_of_concern')).toBe(1);
    });
  });
}
