import type { Store } from '../../ports/store.ts';
import type { IsoDate } from '../dates/index.ts';
import type { Instant, Item, Member, Report, Update, Workspace } from '../model/entities.ts';
import { STATUSES } from '../model/status.ts';
import type { ItemLine } from '../reply/reply.ts';
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
  /** Members a reminder found unreachable since `from`: read once per `from` (the slot's digests share one). */
  unreachable(from: Instant): Promise<string[]>;
  /**
   * An item's line as of `today`, made by `make` once per snapshot and day: a workspace's digests in a
   * slot list mostly the same items, and making hundreds of lines again for each was most of a slot's time.
   */
  line(item: Item, today: IsoDate, make: (item: Item) => ItemLine): ItemLine;
};

export function workspaceSnapshot(store: Store, workspace: Workspace): WorkspaceSnapshot {
  let loaded: Promise<{ reports: Report[]; items: Item[]; members: Map<string, Member> }> | undefined;
  let changed: { since: Instant; updates: Promise<Update[]> } | undefined;
  const unreachable = new Map<Instant, Promise<string[]>>();
  const lines = new Map<IsoDate, Map<string, ItemLine>>();

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
    unreachable(from) {
      let members = unreachable.get(from);
      if (members === undefined) {
        members = store.digests.runs.listUnreachable(workspace.id, from);
        unreachable.set(from, members);
      }
      return members;
    },
    line(item, today, make) {
      let made = lines.get(today);
      if (made === undefined) {
        made = new Map();
        lines.set(today, made);
      }
      let line = made.get(item.id);
      if (line === undefined) {
        line = make(item);
        made.set(item.id, line);
      }
      // A copy: a digest's blocks are its own, whatever a renderer does with them.
      return { ...line };
    },
  };
}
