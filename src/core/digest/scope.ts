import type { Store } from '../../ports/store.ts';
import type { Instant, Item, Member, Report, Update, Workspace } from '../model/entities.ts';
import { STATUSES } from '../model/status.ts';
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

/**
 * A workspace's items, reports and members, read once and shared by every digest of that workspace
 * due in one scheduler slot (and its changes since the earliest of their last digests, read in one
 * query), so a slot's cost grows with its subscriptions, not with subscriptions times items.
 */
export type WorkspaceSnapshot = {
  scope(filters: DigestFilters): Promise<DigestScope>;
  /** Each item's history entries at or after `since`, for the items given that changed since then. */
  changes(items: readonly Item[], since: Instant): Promise<Map<string, Update[]>>;
};

export function workspaceSnapshot(store: Store, workspace: Workspace): WorkspaceSnapshot {
  let loaded: Promise<{ reports: Report[]; items: Item[]; members: Map<string, Member> }> | undefined;
  let changed: { since: Instant; updates: Promise<Update[]> } | undefined;

  const load = () => {
    // One transaction, so reports, items and members agree with each other.
    loaded ??= store.transaction(async (tx) => {
      const reports = await tx.reports.list(workspace.id);
      const all = await tx.items.listMatching(
        workspace.id,
        { statuses: STATUSES },
        { offset: 0, limit: Number.MAX_SAFE_INTEGER },
      );
      const members = new Map((await tx.members.list(workspace.id)).map((m) => [m.id, m]));
      return { reports, items: all.items.map(({ item }) => item), members };
    });
    return loaded;
  };

  return {
    async scope(filters) {
      const { reports: all, items, members } = await load();
      const reports = filters.reportId === null ? all : all.filter((r) => r.id === filters.reportId);
      const ids = new Set(reports.map((r) => r.id));
      const scoped = items.filter(
        (i) => ids.has(i.reportId) && (filters.ownerId === null || i.ownerId === filters.ownerId),
      );
      const shown =
        filters.statuses.length === 0 ? scoped : scoped.filter((i) => filters.statuses.includes(i.status));
      return { reports, scoped, shown, members, reportOf: new Map(reports.map((r) => [r.id, r])) };
    },
    async changes(items, since) {
      // Read again only for a digest that looks further back than any before it in this slot.
      if (changed === undefined || since < changed.since) {
        changed = { since, updates: store.updates.listSince(workspace.id, since) };
      }
      const wanted = new Set(items.map((i) => i.id));
      const changes = new Map<string, Update[]>();
      for (const update of await changed.updates) {
        if (update.at < since || !wanted.has(update.itemId)) continue;
        changes.set(update.itemId, [...(changes.get(update.itemId) ?? []), update]);
      }
      return changes;
    },
  };
}
