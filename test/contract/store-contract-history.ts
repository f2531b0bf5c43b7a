import { describe, expect, it } from 'vitest';
import type { CurrentStore } from './store-contract.ts';
import { aDeadline, anItem, anUpdate, seedWorkspace } from './store-fixtures.ts';

/** Deadlines and the append-only update history. */
export function historyContract(current: CurrentStore): void {
  describe('deadlines', () => {
    it('round-trips every kind of deadline, with and without a duration', async () => {
      const store = current();
      const { workspace, report } = await seedWorkspace(store);
      const item = anItem(report, { ref: '14' });
      await store.items.insert(item);
      const dated = aDeadline(item, { position: 0 });
      const conditional = aDeadline(item, {
        position: 1,
        kind: 'conditional',
        phrase: 'six months after the new prioritisation tool is implemented',
        originalOn: null,
        dueOn: null,
        duration: { amount: 6, unit: 'month' },
        condition: 'the new prioritisation tool is implemented',
        eventOn: '2024-03-01',
        revisions: 2,
      });
      await store.deadlines.insert(conditional);
      await store.deadlines.insert(dated);
      expect(await store.deadlines.listByItems(workspace.id, [item.id])).toEqual([dated, conditional]);
    });

    it('lists deadlines in the order the items were asked for, then by position', async () => {
      const store = current();
      const { workspace, report } = await seedWorkspace(store);
      const first = anItem(report, { ref: '1' });
      const second = anItem(report, { ref: '2' });
      const unasked = anItem(report, { ref: '3' });
      for (const item of [first, second, unasked]) await store.items.insert(item);
      const d = [aDeadline(second, { position: 1 }), aDeadline(first), aDeadline(second), aDeadline(unasked)];
      for (const deadline of d) await store.deadlines.insert(deadline);

      const listed = await store.deadlines.listByItems(workspace.id, [second.id, first.id]);
      expect(listed.map((x) => x.id)).toEqual([d[2]?.id, d[0]?.id, d[1]?.id]);
      expect(await store.deadlines.listByItems(workspace.id, [])).toEqual([]);
    });

    it('revises a deadline only within its own workspace', async () => {
      const store = current();
      const a = await seedWorkspace(store);
      const b = await seedWorkspace(store);
      const item = anItem(a.report);
      await store.items.insert(item);
      const deadline = aDeadline(item);
      await store.deadlines.insert(deadline);
      await store.deadlines.update(a.workspace.id, deadline.id, { dueOn: '2024-06-30', revisions: 1 });
      await store.deadlines.update(b.workspace.id, deadline.id, { dueOn: '2099-01-01', revisions: 9 });

      const revised = { ...deadline, dueOn: '2024-06-30', revisions: 1 };
      expect(await store.deadlines.listByItems(a.workspace.id, [item.id])).toEqual([revised]);
      expect(await store.deadlines.listByItems(b.workspace.id, [item.id])).toEqual([]);
      await expect(
        store.deadlines.insert({ ...aDeadline(item), workspaceId: b.workspace.id }),
      ).rejects.toThrow();
    });
  });

  describe('updates', () => {
    it('round-trips an update with evidence links and one with every optional field empty', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const item = anItem(report);
      await store.items.insert(item);
      const deadline = aDeadline(item);
      await store.deadlines.insert(deadline);
      const full = anUpdate(item, admin.id, {
        kind: 'deadline_revised',
        at: '2023-05-02T09:00:00.000Z',
        fromStatus: 'in_progress',
        toStatus: 'done',
        note: 'All SCOLT staff trained',
        evidence: ['https://example.org/a', 'https://example.org/b'],
        deadlineId: deadline.id,
        dueFrom: '2023-10-31',
        dueTo: '2024-06-30',
        ownerFrom: admin.id,
        ownerTo: 'someone-else',
        ownerTeam: 'Safeguarding',
      });
      const bare = anUpdate(item, admin.id, { kind: 'created', note: null, at: '2023-05-01T09:00:00.000Z' });
      await store.updates.append(full);
      await store.updates.append(bare);
      expect(await store.updates.listByItem(workspace.id, item.id)).toEqual([bare, full]);
    });

    it('lists history oldest first, whatever order it was written in', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const item = anItem(report);
      const other = anItem(report, { ref: '6' });
      await store.items.insert(item);
      await store.items.insert(other);
      const times = ['2023-06-01T12:00:00.000Z', '2023-04-06T10:00:00.000Z', '2023-05-15T08:30:00.000Z'];
      for (const at of times) await store.updates.append(anUpdate(item, admin.id, { at }));
      await store.updates.append(anUpdate(other, admin.id, { at: '2023-05-01T00:00:00.000Z' }));

      const history = await store.updates.listByItem(workspace.id, item.id);
      expect(history.map((u) => u.at)).toEqual([...times].sort());
    });

    it('keeps updates written in the same instant in the order they were appended', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const item = anItem(report);
      await store.items.insert(item);
      // One command writes several updates with one instant; ids must not decide their order.
      const at = '2023-05-01T09:00:00.000Z';
      const ids = ['u-9', 'u-10', 'u-1', 'u-z', 'u-a'];
      for (const id of ids) await store.updates.append(anUpdate(item, admin.id, { id, at }));
      await store.updates.append(anUpdate(item, admin.id, { id: 'u-early', at: '2023-04-30T09:00:00.000Z' }));

      const history = await store.updates.listByItem(workspace.id, item.id);
      expect(history.map((u) => u.id)).toEqual(['u-early', ...ids]);
    });

    it('lists the histories of several items in the order asked, each oldest first, in chunks', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const first = anItem(report);
      const second = anItem(report, { ref: '6' });
      await store.items.insert(first);
      await store.items.insert(second);
      const at = '2023-05-01T09:00:00.000Z';
      for (const id of ['f-2', 'f-1']) await store.updates.append(anUpdate(first, admin.id, { id, at }));
      await store.updates.append(
        anUpdate(second, admin.id, { id: 's-late', at: '2023-06-01T00:00:00.000Z' }),
      );
      await store.updates.append(
        anUpdate(second, admin.id, { id: 's-early', at: '2023-04-01T00:00:00.000Z' }),
      );
      // More ids than one query takes: the store splits the list and still keeps the order.
      const many = [second.id, ...Array.from({ length: 600 }, (_, i) => `missing-${i}`), first.id];

      const listed = await store.updates.listByItems(workspace.id, many);
      expect(listed.map((u) => u.id)).toEqual(['s-early', 's-late', 'f-2', 'f-1']);
      expect(await store.updates.listByItems(workspace.id, [])).toEqual([]);
      const other = await seedWorkspace(store);
      expect(await store.updates.listByItems(other.workspace.id, many)).toEqual([]);
    });

    it('keeps another workspace from reading or writing an item history', async () => {
      const store = current();
      const a = await seedWorkspace(store);
      const b = await seedWorkspace(store);
      const item = anItem(a.report);
      await store.items.insert(item);
      await store.updates.append(anUpdate(item, a.admin.id));

      expect(await store.updates.listByItem(b.workspace.id, item.id)).toEqual([]);
      await expect(
        store.updates.append({ ...anUpdate(item, b.admin.id), workspaceId: b.workspace.id }),
      ).rejects.toThrow();
      expect(await store.updates.listByItem(a.workspace.id, item.id)).toHaveLength(1);
    });
  });

  describe('history in pages and since an instant', () => {
    it('pages the history of an item oldest first and counts it; lists the updates of a workspace since an instant', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const other = await seedWorkspace(store);
      const item = anItem(report, { ref: '1' });
      const second = anItem(report, { ref: '2' });
      const elsewhere = anItem(other.report, { ref: '1' });
      for (const i of [item, second, elsewhere]) await store.items.insert(i);
      const at = (day: number) => `2023-05-${String(day).padStart(2, '0')}T09:00:00.000Z`;
      const notes = [3, 1, 2, 2].map((day, k) => anUpdate(item, admin.id, { at: at(day), note: `n${k}` }));
      for (const u of notes) await store.updates.append(u);
      await store.updates.append(
        anUpdate(second, admin.id, { at: '2023-05-02T10:00:00.000Z', note: 'second' }),
      );
      await store.updates.append(anUpdate(elsewhere, other.admin.id, { at: at(4), note: 'elsewhere' }));

      const page = (offset: number) => store.updates.pageByItem(workspace.id, item.id, { offset, limit: 3 });
      expect((await page(0)).updates.map((u) => u.note)).toEqual(['n1', 'n2', 'n3']);
      expect(await page(3)).toEqual({ updates: [notes[0]], total: 4 });
      expect(await store.updates.pageByItem(other.workspace.id, item.id, { offset: 0, limit: 3 })).toEqual({
        updates: [],
        total: 0,
      });
      expect((await store.updates.listSince(workspace.id, at(2))).map((u) => u.note)).toEqual([
        'n2',
        'n3',
        'second',
        'n0',
      ]);
    });
  });
}
