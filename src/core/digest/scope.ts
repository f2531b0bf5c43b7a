import type { Store } from '../../ports/store.ts';
import type { Item, Member, Report, Update, Workspace } from '../model/entities.ts';
import type { DigestFilters } from './model.ts';

/** What one digest looks at: the reports and items its filters let through, and who owns them. */
export type DigestScope = {
  reports: Report[];
  /** Items of those reports owned by the filter's owner (every status): progress is counted on these. */
  scoped: Item[];
  /** Of those, the ones with a status the filter names (all when it names none): the lists show these. */
  shown: Item[];
  members: Map<string, Member>;
  reportOf: Map<string, Report>;
};

export async function loadScope(
  store: Store,
  workspace: Workspace,
  filters: DigestFilters,
): Promise<DigestScope> {
  const all = await store.reports.list(workspace.id);
  const reports = filters.reportId === null ? all : all.filter((r) => r.id === filters.reportId);
  const scoped: Item[] = [];
  for (const report of reports) {
    const items = await store.items.listByReport(workspace.id, report.id);
    scoped.push(...items.filter((i) => filters.ownerId === null || i.ownerId === filters.ownerId));
  }
  const shown =
    filters.statuses.length === 0 ? scoped : scoped.filter((i) => filters.statuses.includes(i.status));
  const members = new Map((await store.members.list(workspace.id)).map((m) => [m.id, m]));
  return { reports, scoped, shown, members, reportOf: new Map(reports.map((r) => [r.id, r])) };
}

/** Each item's history entries at or after `since`, for items that changed since then. */
export async function changesSince(
  store: Store,
  workspace: Workspace,
  items: readonly Item[],
  since: string,
): Promise<Map<string, Update[]>> {
  const changes = new Map<string, Update[]>();
  for (const item of items) {
    if (item.updatedAt < since) continue;
    const recent = (await store.updates.listByItem(workspace.id, item.id)).filter((u) => u.at >= since);
    if (recent.length > 0) changes.set(item.id, recent);
  }
  return changes;
}
