import { describe, expect, it } from 'vitest';
import type { CurrentStore } from './store-contract.ts';
import { aMember, aReport, aWorkspace, seedWorkspace } from './store-fixtures.ts';

/** Workspaces, members and reports. */
export function directoryContract(current: CurrentStore): void {
  describe('workspaces', () => {
    it('round-trips a workspace, with and without a revision limit', async () => {
      const store = current();
      const open = aWorkspace({ platform: 'teams', externalId: 'tenant-1', revisionLimit: null });
      const strict = aWorkspace({
        platform: 'console',
        externalId: 'local',
        revisionLimit: 1,
        dueSoonDays: 7,
      });
      await store.workspaces.insert(open);
      await store.workspaces.insert(strict);
      expect(await store.workspaces.findByExternal('teams', 'tenant-1')).toEqual(open);
      expect(await store.workspaces.findByExternal('console', 'local')).toEqual(strict);
    });

    it('finds by platform and external id together', async () => {
      const store = current();
      const slack = aWorkspace({ platform: 'slack', externalId: 'SAME' });
      const teams = aWorkspace({ platform: 'teams', externalId: 'SAME' });
      await store.workspaces.insert(slack);
      await store.workspaces.insert(teams);
      expect((await store.workspaces.findByExternal('slack', 'SAME'))?.id).toBe(slack.id);
      expect((await store.workspaces.findByExternal('teams', 'SAME'))?.id).toBe(teams.id);
      expect(await store.workspaces.findByExternal('console', 'SAME')).toBeUndefined();
    });

    it('rejects a second workspace for the same platform and external id', async () => {
      const store = current();
      await store.workspaces.insert(aWorkspace({ externalId: 'T1' }));
      await expect(store.workspaces.insert(aWorkspace({ externalId: 'T1' }))).rejects.toThrow();
    });

    it('updates only the settings a patch sets', async () => {
      const store = current();
      const workspace = aWorkspace({ externalId: 'T2', revisionLimit: 2 });
      await store.workspaces.insert(workspace);
      await store.workspaces.update(workspace.id, { dueSoonDays: 10, name: undefined });
      await store.workspaces.update(workspace.id, { revisionLimit: null });
      await store.workspaces.update(workspace.id, { s55CommentsDays: 14 });
      expect(await store.workspaces.findByExternal('slack', 'T2')).toEqual({
        ...workspace,
        dueSoonDays: 10,
        revisionLimit: null,
        s55CommentsDays: 14,
      });
    });
  });

  describe('members', () => {
    it('round-trips a member by id and by external id', async () => {
      const store = current();
      const { workspace, report } = await seedWorkspace(store);
      const bob = aMember(workspace.id, { externalId: 'U-BOB', displayName: 'Bob', lastReportId: report.id });
      await store.members.insert(bob);
      expect(await store.members.findById(workspace.id, bob.id)).toEqual(bob);
      expect(await store.members.findByExternal(workspace.id, 'U-BOB')).toEqual(bob);
      expect(await store.members.findByExternal(workspace.id, 'U-NOBODY')).toBeUndefined();
    });

    it('lists the workspace members by display name', async () => {
      const store = current();
      const { workspace, admin } = await seedWorkspace(store);
      const other = await seedWorkspace(store);
      const zoe = aMember(workspace.id, { displayName: 'Zoe' });
      const bob = aMember(workspace.id, { displayName: 'Bob' });
      await store.members.insert(zoe);
      await store.members.insert(bob);
      const ids = (await store.members.list(workspace.id)).map((m) => m.id);
      expect(ids).toEqual([admin.id, bob.id, zoe.id]);
      expect((await store.members.list(other.workspace.id)).map((m) => m.id)).toEqual([other.admin.id]);
    });

    it('keeps external ids unique per workspace only', async () => {
      const store = current();
      const a = await seedWorkspace(store);
      const b = await seedWorkspace(store);
      await store.members.insert(aMember(a.workspace.id, { externalId: 'U1' }));
      await store.members.insert(aMember(b.workspace.id, { externalId: 'U1' }));
      await expect(store.members.insert(aMember(a.workspace.id, { externalId: 'U1' }))).rejects.toThrow();
    });

    it('updates a member, and ignores an update naming another workspace', async () => {
      const store = current();
      const a = await seedWorkspace(store);
      const b = await seedWorkspace(store);
      await store.members.update(a.workspace.id, a.admin.id, {
        displayName: 'Ada',
        lastReportId: a.report.id,
      });
      await store.members.update(b.workspace.id, a.admin.id, { role: 'member', displayName: 'Hijacked' });
      expect(await store.members.findById(a.workspace.id, a.admin.id)).toEqual({
        ...a.admin,
        displayName: 'Ada',
        lastReportId: a.report.id,
      });
      expect(await store.members.findById(b.workspace.id, a.admin.id)).toBeUndefined();
      expect(await store.members.findByExternal(b.workspace.id, a.admin.externalId)).toBeUndefined();
    });
  });

  describe('reports', () => {
    it('round-trips a report with every optional field empty or set', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const bare = aReport(workspace.id, admin.id, {
        key: 'PFD1',
        publisher: null,
        publishedOn: null,
        link: null,
        section55: false,
        forceResponse: 'The force accepts',
        pccResponse: 'The PCC welcomes',
      });
      await store.reports.insert(bare);
      expect(await store.reports.findById(workspace.id, report.id)).toEqual(report);
      expect(await store.reports.findById(workspace.id, bare.id)).toEqual(bare);
    });

    it('stores keys upper-case and finds them in any case', async () => {
      const store = current();
      const { workspace, admin } = await seedWorkspace(store);
      const report = aReport(workspace.id, admin.id, { key: 'Peel24' });
      await store.reports.insert(report);
      expect((await store.reports.findByKey(workspace.id, 'peel24'))?.key).toBe('PEEL24');
      expect((await store.reports.findById(workspace.id, report.id))?.key).toBe('PEEL24');
      expect(await store.reports.findByKey(workspace.id, 'PEEL2')).toBeUndefined();
    });

    it('rejects a second live report with the same key, in any case', async () => {
      const store = current();
      const { workspace, admin } = await seedWorkspace(store);
      await expect(
        store.reports.insert(aReport(workspace.id, admin.id, { key: 'osaec23' })),
      ).rejects.toThrow();
      expect(await store.reports.list(workspace.id)).toHaveLength(1);
    });

    it('frees a key on soft delete but keeps the deleted report readable by id', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      await store.reports.update(workspace.id, report.id, { deletedAt: '2023-06-01T00:00:00.000Z' });
      expect(await store.reports.findByKey(workspace.id, 'OSAEC23')).toBeUndefined();
      expect(await store.reports.list(workspace.id)).toEqual([]);
      expect((await store.reports.findById(workspace.id, report.id))?.deletedAt).toBe(
        '2023-06-01T00:00:00.000Z',
      );

      const again = aReport(workspace.id, admin.id, { key: 'OSAEC23' });
      await store.reports.insert(again);
      expect((await store.reports.findByKey(workspace.id, 'osaec23'))?.id).toBe(again.id);
      // Restoring the first would make two live reports with one key.
      await expect(store.reports.update(workspace.id, report.id, { deletedAt: null })).rejects.toThrow();
    });

    it('allows the same key in two workspaces', async () => {
      const store = current();
      const a = await seedWorkspace(store);
      const b = await seedWorkspace(store);
      expect((await store.reports.findByKey(a.workspace.id, 'OSAEC23'))?.id).toBe(a.report.id);
      expect((await store.reports.findByKey(b.workspace.id, 'OSAEC23'))?.id).toBe(b.report.id);
    });

    it('lists live reports in natural key order', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      for (const key of ['PEEL10', 'PEEL2', 'AUDIT']) {
        await store.reports.insert(aReport(workspace.id, admin.id, { key }));
      }
      const keys = (await store.reports.list(workspace.id)).map((r) => r.key);
      expect(keys).toEqual(['AUDIT', report.key, 'PEEL2', 'PEEL10']);
    });

    it('updates a report only within its own workspace', async () => {
      const store = current();
      const a = await seedWorkspace(store);
      const b = await seedWorkspace(store);
      await store.reports.update(a.workspace.id, a.report.id, { forceResponse: 'Agreed', link: null });
      await store.reports.update(b.workspace.id, a.report.id, { pccResponse: 'Hijacked', deletedAt: 'x' });
      expect(await store.reports.findById(a.workspace.id, a.report.id)).toEqual({
        ...a.report,
        forceResponse: 'Agreed',
        link: null,
      });
      expect(await store.reports.findById(b.workspace.id, a.report.id)).toBeUndefined();
      expect((await store.reports.list(b.workspace.id)).map((r) => r.id)).toEqual([b.report.id]);
    });
  });
}
