import { describe, expect, it } from 'vitest';
import { StoreReadOnlyError } from '../../src/core/store-read-only-error.ts';
import type { CurrentStore } from './store-contract.ts';
import { aDeadline, anItem, anUpdate, aReport, aWorkspace, seedWorkspace } from './store-fixtures.ts';

export function transactionContract(current: CurrentStore): void {
  describe('transactions', () => {
    it('commits every write and returns what the function returns', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const item = anItem(report);
      const result = await store.transaction(async (tx) => {
        await tx.items.insert(item);
        await tx.items.update(workspace.id, item.id, { status: 'in_progress', ownerId: admin.id });
        await tx.updates.append(anUpdate(item, admin.id, { kind: 'assigned', ownerTo: admin.id }));
        // Reads inside see the transaction's own writes.
        return (await tx.items.findById(workspace.id, item.id))?.status;
      });
      expect(result).toBe('in_progress');
      expect((await store.items.findById(workspace.id, item.id))?.ownerId).toBe(admin.id);
      expect(await store.updates.listByItem(workspace.id, item.id)).toHaveLength(1);
    });

    it('rolls back every write when the function throws, and rethrows', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const item = anItem(report);
      await store.items.insert(item);
      const newcomer = aWorkspace({ externalId: 'T-rolled-back' });

      const failing = store.transaction(async (tx) => {
        await tx.workspaces.insert(newcomer);
        await tx.reports.update(workspace.id, report.id, { forceResponse: 'lost' });
        await tx.items.update(workspace.id, item.id, { status: 'done' });
        await tx.updates.append(anUpdate(item, admin.id));
        await tx.deadlines.insert(aDeadline(item));
        throw new Error('boom');
      });

      await expect(failing).rejects.toThrow('boom');
      expect(await store.workspaces.findByExternal('slack', 'T-rolled-back')).toBeUndefined();
      expect((await store.reports.findById(workspace.id, report.id))?.forceResponse).toBeNull();
      expect((await store.items.findById(workspace.id, item.id))?.status).toBe('awaiting_allocation');
      expect(await store.updates.listByItem(workspace.id, item.id)).toEqual([]);
      expect(await store.deadlines.listByItems(workspace.id, [item.id])).toEqual([]);
    });

    it('rolls back earlier writes when a later write breaks a constraint', async () => {
      const store = current();
      const { workspace, admin } = await seedWorkspace(store);
      const fresh = aReport(workspace.id, admin.id, { key: 'NEW1' });
      const clash = aReport(workspace.id, admin.id, { key: 'OSAEC23' });
      const attempt = store.transaction(async (tx) => {
        await tx.reports.insert(fresh);
        await tx.reports.insert(clash);
      });
      await expect(attempt).rejects.toThrow();
      expect(await store.reports.findByKey(workspace.id, 'NEW1')).toBeUndefined();
    });

    it('runs a nested transaction as part of the outer one', async () => {
      const store = current();
      const { workspace, admin } = await seedWorkspace(store);
      const inner = aReport(workspace.id, admin.id, { key: 'INNER' });
      const attempt = store.transaction(async (tx) => {
        const value = await tx.transaction(async (nested) => {
          await nested.reports.insert(inner);
          return 42;
        });
        expect(value).toBe(42);
        expect((await tx.reports.findByKey(workspace.id, 'INNER'))?.id).toBe(inner.id);
        throw new Error('outer fails');
      });
      await expect(attempt).rejects.toThrow('outer fails');
      expect(await store.reports.findByKey(workspace.id, 'INNER')).toBeUndefined();
    });

    it('runs concurrent transactions one after another, so no update is lost', async () => {
      const store = current();
      const { workspace, report } = await seedWorkspace(store);
      const item = anItem(report);
      await store.items.insert(item);
      const deadline = aDeadline(item);
      await store.deadlines.insert(deadline);

      // Each transaction reads the count, yields, then writes count + 1: interleaving would lose one.
      const revise = () =>
        store.transaction(async (tx) => {
          const [current] = await tx.deadlines.listByItems(workspace.id, [item.id]);
          await new Promise((resolve) => setTimeout(resolve, 5));
          await tx.deadlines.update(workspace.id, deadline.id, { revisions: (current?.revisions ?? 0) + 1 });
        });
      await Promise.all([revise(), revise(), revise()]);
      const [after] = await store.deadlines.listByItems(workspace.id, [item.id]);
      expect(after?.revisions).toBe(3);
    });
  });

  describe('reads', () => {
    it('returns what the function returns, reading what was committed', async () => {
      const store = current();
      const { workspace, report } = await seedWorkspace(store);
      const item = anItem(report);
      await store.items.insert(item);
      const found = await store.read(async (tx) => (await tx.items.findById(workspace.id, item.id))?.id);
      expect(found).toBe(item.id);
    });

    it('refuses a write with StoreReadOnlyError and keeps nothing of it', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const item = anItem(report);
      await store.items.insert(item);
      const attempt = store.read(async (tx) => {
        await tx.items.update(workspace.id, item.id, { status: 'done' });
        await tx.updates.append(anUpdate(item, admin.id));
        return 'finished';
      });
      await expect(attempt).rejects.toBeInstanceOf(StoreReadOnlyError);
      expect((await store.items.findById(workspace.id, item.id))?.status).toBe('awaiting_allocation');
      expect(await store.updates.listByItem(workspace.id, item.id)).toEqual([]);
      // The store writes as before afterwards.
      await store.items.update(workspace.id, item.id, { status: 'in_progress' });
      expect((await store.items.findById(workspace.id, item.id))?.status).toBe('in_progress');
    });

    it("inside a transaction, reads within it and sees the transaction's own writes", async () => {
      const store = current();
      const { workspace, report } = await seedWorkspace(store);
      const item = anItem(report);
      const seen = await store.transaction(async (tx) => {
        await tx.items.insert(item);
        return tx.read(async (inner) => (await inner.items.findById(workspace.id, item.id))?.id);
      });
      expect(seen).toBe(item.id);
    });
  });
}
