import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/core/model/status.ts';
import type { CurrentStore } from './store-contract.ts';
import { aMember, anItem, aReport, seedWorkspace } from './store-fixtures.ts';

export function itemContract(current: CurrentStore): void {
  describe('items', () => {
    it('round-trips an item with every optional field set', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const concern = anItem(report, { ref: 'C1', kind: 'cause_of_concern', number: 1 });
      const full = anItem(report, {
        ref: '14',
        number: 14,
        addressees: ['Chief Constables', 'the director general of the National Crime Agency'],
        disposition: 'not_accepted',
        parentId: concern.id,
        ownerId: admin.id,
        ownerTeam: 'Safeguarding and Investigations',
        status: 'blocked',
        blockedReason: 'external: national training product not yet published',
        forceResponse: 'Agreed',
        pccResponse: 'Supported',
      });
      await store.items.insert(concern);
      await store.items.insert(full);
      expect(await store.items.findById(workspace.id, full.id)).toEqual(full);
      expect(await store.items.findByRef(workspace.id, report.id, '14')).toEqual(full);
    });

    it('round-trips an item with every optional field empty', async () => {
      const store = current();
      const { workspace, report } = await seedWorkspace(store);
      const bare = anItem(report, {
        label: null,
        number: null,
        addressees: [],
        disposition: null,
        dueOn: null,
      });
      await store.items.insert(bare);
      expect(await store.items.findById(workspace.id, bare.id)).toEqual(bare);
    });

    it('keeps refs unique per report only', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const other = aReport(workspace.id, admin.id, { key: 'PEEL23' });
      await store.reports.insert(other);
      await store.items.insert(anItem(report, { ref: '5' }));
      await store.items.insert(anItem(other, { ref: '5' }));
      await expect(store.items.insert(anItem(report, { ref: '5' }))).rejects.toThrow();
    });

    it('refuses an item pointing at another workspace or an unknown member', async () => {
      const store = current();
      const a = await seedWorkspace(store);
      const b = await seedWorkspace(store);
      await expect(
        store.items.insert({ ...anItem(a.report), workspaceId: b.workspace.id }),
      ).rejects.toThrow();
      await expect(store.items.insert(anItem(a.report, { ownerId: b.admin.id }))).rejects.toThrow();
      await expect(store.items.insert(anItem(a.report, { ownerId: 'nobody' }))).rejects.toThrow();
      expect(await store.items.listByReport(a.workspace.id, a.report.id)).toEqual([]);
      expect(await store.items.listByReport(b.workspace.id, a.report.id)).toEqual([]);
    });

    it('lists a report in natural ref order', async () => {
      const store = current();
      const { workspace, report } = await seedWorkspace(store);
      for (const ref of ['10', 'A10', '2', '16', 'A3', '1', 'C1']) {
        await store.items.insert(anItem(report, { ref }));
      }
      const refs = (await store.items.listByReport(workspace.id, report.id)).map((i) => i.ref);
      expect(refs).toEqual(['1', '2', '10', '16', 'A3', 'A10', 'C1']);
    });

    it('finds a bare ref in every live report of the workspace, by report', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const audit = aReport(workspace.id, admin.id, { key: 'AUDIT1' });
      const gone = aReport(workspace.id, admin.id, { key: 'OLD', deletedAt: '2023-01-01T00:00:00.000Z' });
      const elsewhere = await seedWorkspace(store);
      await store.reports.insert(audit);
      await store.reports.insert(gone);
      for (const r of [report, audit, gone, elsewhere.report])
        await store.items.insert(anItem(r, { ref: '14' }));
      await store.items.insert(anItem(report, { ref: '140' }));

      const found = await store.items.findByRefInAnyReport(workspace.id, '14');
      expect(found.map((i) => i.reportId)).toEqual([audit.id, report.id]);
      expect(await store.items.findByRefInAnyReport(workspace.id, '99')).toEqual([]);
    });

    it('lists what an owner holds in live reports, by report then ref', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const bob = aMember(workspace.id, { displayName: 'Bob' });
      await store.members.insert(bob);
      const audit = aReport(workspace.id, admin.id, { key: 'AUDIT1' });
      await store.reports.insert(audit);
      const mine = [anItem(report, { ref: '10' }), anItem(audit, { ref: '3' }), anItem(report, { ref: '9' })];
      for (const item of mine) await store.items.insert({ ...item, ownerId: admin.id });
      await store.items.insert(anItem(report, { ref: '1', ownerId: bob.id }));

      const refs = (await store.items.listByOwner(workspace.id, admin.id)).map((i) => i.ref);
      expect(refs).toEqual(['3', '9', '10']);
      await store.reports.update(workspace.id, audit.id, { deletedAt: '2023-07-01T00:00:00.000Z' });
      expect((await store.items.listByOwner(workspace.id, admin.id)).map((i) => i.ref)).toEqual(['9', '10']);
    });

    it('lists open items of live reports due on or before a date, earliest first', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const gone = aReport(workspace.id, admin.id, { key: 'GONE', deletedAt: '2023-01-01T00:00:00.000Z' });
      await store.reports.insert(gone);
      const open = (ref: string, dueOn: string | null, status: Status = 'in_progress') =>
        store.items.insert(anItem(report, { ref, dueOn, status }));
      await open('10', '2023-06-30');
      await open('2', '2023-06-30', 'blocked');
      await open('3', '2023-05-31', 'awaiting_allocation');
      await open('4', '2023-07-01');
      await open('5', null);
      await open('6', '2023-05-01', 'done');
      await open('7', '2023-05-01', 'not_adopted');
      await open('8', '2023-05-01', 'not_for_us');
      await open('9', '2023-06-01', 'pending_signoff');
      await store.items.insert(anItem(gone, { ref: '1', dueOn: '2023-05-01' }));

      const due = await store.items.listOpenDueBy(workspace.id, '2023-06-30');
      expect(due.map((i) => i.ref)).toEqual(['3', '9', '2', '10']);
      expect(await store.items.listOpenDueBy(workspace.id, '2023-05-30')).toEqual([]);
      const other = await seedWorkspace(store);
      expect(await store.items.listOpenDueBy(other.workspace.id, '2099-01-01')).toEqual([]);
    });

    it('updates only the fields a patch sets', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const item = anItem(report);
      await store.items.insert(item);
      await store.items.update(workspace.id, item.id, {
        ownerId: admin.id,
        status: 'blocked',
        blockedReason: 'funding',
        dueOn: null,
        ownerTeam: undefined,
        updatedAt: '2023-05-02T08:00:00.000Z',
      });
      expect(await store.items.findById(workspace.id, item.id)).toEqual({
        ...item,
        ownerId: admin.id,
        status: 'blocked',
        blockedReason: 'funding',
        dueOn: null,
        updatedAt: '2023-05-02T08:00:00.000Z',
      });
      await store.items.update(workspace.id, item.id, {});
      expect((await store.items.findById(workspace.id, item.id))?.status).toBe('blocked');
    });

    it('keeps another workspace from reading or changing an item', async () => {
      const store = current();
      const a = await seedWorkspace(store);
      const b = await seedWorkspace(store);
      const item = anItem(a.report, { ownerId: a.admin.id });
      await store.items.insert(item);
      await store.items.update(b.workspace.id, item.id, { status: 'done', pccResponse: 'Hijacked' });

      expect(await store.items.findById(a.workspace.id, item.id)).toEqual(item);
      expect(await store.items.findById(b.workspace.id, item.id)).toBeUndefined();
      expect(await store.items.findByRef(b.workspace.id, a.report.id, item.ref)).toBeUndefined();
      expect(await store.items.findByRefInAnyReport(b.workspace.id, item.ref)).toEqual([]);
      expect(await store.items.listByReport(b.workspace.id, a.report.id)).toEqual([]);
      expect(await store.items.listByOwner(b.workspace.id, a.admin.id)).toEqual([]);
      // Moving ownership to a member of another workspace is refused.
      await expect(store.items.update(a.workspace.id, item.id, { ownerId: b.admin.id })).rejects.toThrow();
    });

    it('hands out copies: editing a result or an inserted object changes nothing stored', async () => {
      const store = current();
      const { workspace, report } = await seedWorkspace(store);
      const item = anItem(report, { addressees: ['Chief Constables'] });
      await store.items.insert(item);
      item.addressees.push('inserted later');
      item.text = 'edited after insert';
      const read = await store.items.findById(workspace.id, item.id);
      read?.addressees.push('edited after read');
      const again = await store.items.findById(workspace.id, item.id);
      expect(again?.addressees).toEqual(['Chief Constables']);
      expect(again?.text).not.toBe('edited after insert');
    });
  });
}
