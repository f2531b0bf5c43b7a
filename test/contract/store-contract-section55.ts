import { describe, expect, it } from 'vitest';
import type { Section55Step } from '../../src/core/model/section55.ts';
import type { CurrentStore } from './store-contract.ts';
import { aReport, seedWorkspace } from './store-fixtures.ts';

let counter = 0;

function aStep(
  report: { id: string; workspaceId: string },
  actorId: string,
  overrides: Partial<Section55Step> = {},
): Section55Step {
  return {
    id: `step-${++counter}`,
    workspaceId: report.workspaceId,
    reportId: report.id,
    stage: 'comments_received',
    on: '2023-05-10',
    url: null,
    actorId,
    at: '2023-05-10T15:00:00.000Z',
    ...overrides,
  };
}

/** The stages of section 55 responses. */
export function section55Contract(current: CurrentStore): void {
  describe('section 55 steps', () => {
    it('lists steps by the reports asked for, in their order, then stage order', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      const other = aReport(workspace.id, admin.id, { key: 'PEEL23' });
      await store.reports.insert(other);
      const published = aStep(report, admin.id, {
        stage: 'published',
        on: '2023-06-02',
        url: 'https://example.org/osaec-response',
      });
      const comments = aStep(report, admin.id);
      const approved = aStep(other, admin.id, { stage: 'approved', on: '2023-05-20' });
      // Appended out of order: the list still follows the stages.
      await store.section55.append(published);
      await store.section55.append(comments);
      await store.section55.append(approved);
      expect(await store.section55.listByReports(workspace.id, [other.id, report.id])).toEqual([
        approved,
        comments,
        published,
      ]);
      expect(await store.section55.listByReports(workspace.id, [report.id])).toEqual([comments, published]);
      expect(await store.section55.listByReports(workspace.id, [])).toEqual([]);
    });

    it('refuses a stage a report already has', async () => {
      const store = current();
      const { admin, report } = await seedWorkspace(store);
      await store.section55.append(aStep(report, admin.id, { stage: 'sent' }));
      await expect(store.section55.append(aStep(report, admin.id, { stage: 'sent' }))).rejects.toThrow();
    });

    it("never shows or accepts another workspace's report", async () => {
      const store = current();
      const a = await seedWorkspace(store);
      const b = await seedWorkspace(store);
      await store.section55.append(aStep(a.report, a.admin.id));
      expect(await store.section55.listByReports(b.workspace.id, [a.report.id])).toEqual([]);
      await expect(
        store.section55.append({ ...aStep(a.report, b.admin.id), workspaceId: b.workspace.id }),
      ).rejects.toThrow();
    });

    it('rolls back with the transaction around it', async () => {
      const store = current();
      const { workspace, admin, report } = await seedWorkspace(store);
      await expect(
        store.transaction(async (tx) => {
          await tx.section55.append(aStep(report, admin.id));
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect(await store.section55.listByReports(workspace.id, [report.id])).toEqual([]);
    });
  });
}
