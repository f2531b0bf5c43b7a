import { describe, expect, it } from 'vitest';
import type { PendingImport } from '../../src/ports/store.ts';
import type { CurrentStore } from './store-contract.ts';
import { aMember, anExtraction, aReport, seedWorkspace } from './store-fixtures.ts';

/** What report import needs: finding a report by its document's hash, and the pending imports. */
export function importContract(current: CurrentStore): void {
  describe('reports by source hash', () => {
    it('round-trips the source hash and finds the live report imported from it', async () => {
      const store = current();
      const { workspace, admin } = await seedWorkspace(store);
      const imported = aReport(workspace.id, admin.id, { key: 'IMP1', sourceHash: 'a1b2c3d4e5f60718' });
      await store.reports.insert(imported);
      expect(await store.reports.findById(workspace.id, imported.id)).toEqual(imported);
      expect(await store.reports.findBySourceHash(workspace.id, 'a1b2c3d4e5f60718')).toEqual(imported);
      expect(await store.reports.findBySourceHash(workspace.id, 'ffffffffffffffff')).toBeUndefined();
    });

    it('ignores deleted reports and other workspaces, and prefers the earliest of several', async () => {
      const store = current();
      const a = await seedWorkspace(store);
      const b = await seedWorkspace(store);
      const hash = '0123456789abcdef';
      const deleted = aReport(a.workspace.id, a.admin.id, {
        key: 'OLD',
        sourceHash: hash,
        createdAt: '2023-01-01T00:00:00.000Z',
        deletedAt: '2023-02-01T00:00:00.000Z',
      });
      const later = aReport(a.workspace.id, a.admin.id, {
        key: 'LATER',
        sourceHash: hash,
        createdAt: '2023-06-02T00:00:00.000Z',
      });
      const earlier = aReport(a.workspace.id, a.admin.id, {
        key: 'EARLIER',
        sourceHash: hash,
        createdAt: '2023-06-01T00:00:00.000Z',
      });
      for (const report of [deleted, later, earlier]) await store.reports.insert(report);
      expect((await store.reports.findBySourceHash(a.workspace.id, hash))?.id).toBe(earlier.id);
      expect(await store.reports.findBySourceHash(b.workspace.id, hash)).toBeUndefined();
    });
  });

  describe('pending imports', () => {
    async function seedPending() {
      const store = current();
      const seeded = await seedWorkspace(store);
      const waiting: PendingImport = {
        workspaceId: seeded.workspace.id,
        memberId: seeded.admin.id,
        createdAt: '2024-03-14T10:00:00.000Z',
        document: null,
        key: null,
      };
      return { store, ...seeded, waiting };
    }

    it('has none until one is put, then round-trips a waiting one and a full one', async () => {
      const { store, workspace, admin, waiting } = await seedPending();
      expect(await store.pendingImports.get(workspace.id, admin.id)).toBeUndefined();
      await store.pendingImports.put(waiting);
      expect(await store.pendingImports.get(workspace.id, admin.id)).toEqual(waiting);

      const full: PendingImport = {
        ...waiting,
        createdAt: '2024-03-14T10:05:00.000Z',
        document: { extraction: anExtraction(), sourceName: 'osaec.docx', sourceHash: 'cbf29ce484222325' },
        key: 'OSAEC23',
      };
      await store.pendingImports.put(full);
      expect(await store.pendingImports.get(workspace.id, admin.id)).toEqual(full);
    });

    it('replaces a full one with a waiting one whole', async () => {
      const { store, workspace, admin, waiting } = await seedPending();
      const full = { ...waiting, document: { extraction: anExtraction(), sourceName: 'a', sourceHash: 'b' } };
      await store.pendingImports.put({ ...full, key: 'K1' });
      await store.pendingImports.put(waiting);
      expect(await store.pendingImports.get(workspace.id, admin.id)).toEqual(waiting);
    });

    it('round-trips the refs kept as ours, and forgets them when a put has none', async () => {
      const { store, workspace, admin, waiting } = await seedPending();
      const document = { extraction: anExtraction(), sourceName: 'iopc.txt', sourceHash: 'abc' };
      const kept: PendingImport = { ...waiting, document: { ...document, ours: ['3', 'A12'] } };
      await store.pendingImports.put(kept);
      expect(await store.pendingImports.get(workspace.id, admin.id)).toEqual(kept);
      await store.pendingImports.put({ ...waiting, document });
      expect((await store.pendingImports.get(workspace.id, admin.id))?.document?.ours).toBeUndefined();
    });

    it('keeps one per member, and deletes only the one named', async () => {
      const { store, workspace, admin, waiting } = await seedPending();
      const bob = aMember(workspace.id, { displayName: 'Bob' });
      await store.members.insert(bob);
      const bobs = { ...waiting, memberId: bob.id, key: 'BOB1' };
      await store.pendingImports.put(waiting);
      await store.pendingImports.put(bobs);
      await store.pendingImports.delete(workspace.id, admin.id);
      expect(await store.pendingImports.get(workspace.id, admin.id)).toBeUndefined();
      expect(await store.pendingImports.get(workspace.id, bob.id)).toEqual(bobs);
      await store.pendingImports.delete(workspace.id, admin.id);
    });

    it('keeps workspaces apart, and refuses a member of another workspace', async () => {
      const { store, workspace, admin, waiting } = await seedPending();
      const other = await seedWorkspace(store);
      await store.pendingImports.put(waiting);
      expect(await store.pendingImports.get(other.workspace.id, admin.id)).toBeUndefined();
      await store.pendingImports.delete(other.workspace.id, admin.id);
      expect(await store.pendingImports.get(workspace.id, admin.id)).toEqual(waiting);
      await expect(
        store.pendingImports.put({ ...waiting, workspaceId: other.workspace.id, memberId: admin.id }),
      ).rejects.toThrow();
    });

    it('rolls back with the transaction it was written in', async () => {
      const { store, workspace, admin, waiting } = await seedPending();
      const attempt = store.transaction(async (tx) => {
        await tx.pendingImports.put(waiting);
        throw new Error('boom');
      });
      await expect(attempt).rejects.toThrow('boom');
      expect(await store.pendingImports.get(workspace.id, admin.id)).toBeUndefined();
    });
  });
}
