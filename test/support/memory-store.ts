import { isDeepStrictEqual } from 'node:util';
import type { Item, Update } from '../../src/core/model/entities.ts';
import { S55_STAGES } from '../../src/core/model/section55.ts';
import { isClosed } from '../../src/core/model/status.ts';
import { StoreReadOnlyError } from '../../src/core/store-read-only-error.ts';
import type { Store } from '../../src/ports/store.ts';
import { createMemoryChecks, type MemoryState, pendingImportKey } from './memory-checks.ts';
import { createMemoryDigestStore, emptyDigestState } from './memory-digest-store.ts';
import { createMemoryOutbox } from './memory-outbox.ts';
import { searchMemory } from './memory-search.ts';

/*
 * A working in-memory Store for tests of the core. It keeps the same promises as the Kysely store
 * (the contract suite runs on both): constraints and foreign keys are checked, transactions roll back
 * on a throw, and every object goes in and comes out as a copy so callers cannot edit stored state.
 */

// The orderings mirror adapters/db on purpose but are written separately, so the contract suite
// compares two implementations rather than one with itself.
const natural = new Intl.Collator('en', { numeric: true });
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byNatural = (a: string, b: string): number => natural.compare(a, b) || byCodeUnit(a, b);

/** Lists' order (ItemStore.listMatching): the letters before the trailing number, then the number. */
const byNumbered = (a: string, b: string): number => {
  const letters = (text: string) => text.replace(/\d+$/, '');
  return byCodeUnit(letters(a), letters(b)) || a.length - b.length || byCodeUnit(a, b);
};

const copy = <T>(value: T): T => structuredClone(value);

/** One page of a sorted list, and how long the list is. */
function pageOf<T>(all: T[], page: { offset: number; limit: number }): { rows: T[]; total: number } {
  return { rows: all.slice(page.offset, page.offset + page.limit), total: all.length };
}

/** Copies only the keys a patch may set and actually sets, as the SQL store's column mapping does. */
function applyPatch<T extends object, K extends keyof T>(
  target: T,
  patch: Partial<T>,
  keys: readonly K[],
): void {
  for (const key of keys) {
    const value = patch[key];
    if (value !== undefined) target[key] = copy(value) as T[K];
  }
}

function emptyState(): MemoryState {
  return {
    workspaces: new Map(),
    members: new Map(),
    reports: new Map(),
    items: new Map(),
    deadlines: new Map(),
    updates: new Map(),
    pendingImports: new Map(),
    requests: new Map(),
    section55: new Map(),
    outbox: new Map(),
    digests: emptyDigestState(),
  };
}

/** One writer at a time, like SQLite's single connection: each caller waits for the one before. */
function createMutex(): <T>(fn: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const result = tail.then(fn);
    tail = result.catch(() => undefined);
    return result;
  };
}

export function createMemoryStore(): Store {
  const holder = { state: emptyState() };
  const exclusive = createMutex();
  // Inside a transaction the lock is already held, so operations run directly; a nested
  // transaction joins the outer one, as in the Kysely store.
  const inTransaction: Store = buildStore(
    holder,
    async (op) => op(),
    (fn) => fn(inTransaction),
    (fn) => fn(inTransaction),
  );
  return buildStore(
    holder,
    (op) => exclusive(async () => op()),
    (fn) =>
      exclusive(async () => {
        const snapshot = copy(holder.state);
        try {
          return await fn(inTransaction);
        } catch (error) {
          holder.state = snapshot;
          throw error;
        }
      }),
    // A read that wrote is found out at its end (the SQL store refuses the write itself): either
    // way nothing stays written and the caller is told.
    (fn) =>
      exclusive(async () => {
        const snapshot = copy(holder.state);
        const outcome = await fn(inTransaction).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        const wrote = !isDeepStrictEqual(holder.state, snapshot);
        holder.state = snapshot;
        if (wrote) throw new StoreReadOnlyError('a read-only transaction tried to write');
        if (!outcome.ok) throw outcome.error;
        return outcome.value;
      }),
  );
}

type Run = <T>(op: () => T) => Promise<T>;

function buildStore(
  holder: { state: MemoryState },
  run: Run,
  transaction: Store['transaction'],
  read: Store['read'],
): Store {
  const s = () => holder.state;
  const check = createMemoryChecks(s);
  const inWorkspace = <T extends { workspaceId: string }>(map: Map<string, T>, workspaceId: string): T[] =>
    [...map.values()].filter((row) => row.workspaceId === workspaceId);
  const owned = <T extends { workspaceId: string }>(
    row: T | undefined,
    workspaceId: string,
  ): T | undefined => (row !== undefined && row.workspaceId === workspaceId ? row : undefined);
  const reportKey = (item: Item): string => s().reports.get(item.reportId)?.key ?? '';
  const isLive = (item: Item): boolean => s().reports.get(item.reportId)?.deletedAt === null;
  const byReportThenRef = (a: Item, b: Item): number =>
    byNatural(reportKey(a), reportKey(b)) || byNatural(a.ref, b.ref);
  const byDueThenRef = (a: Item, b: Item): number =>
    byCodeUnit(a.dueOn ?? '9999-12-31', b.dueOn ?? '9999-12-31') ||
    byNatural(a.ref, b.ref) ||
    byNatural(reportKey(a), reportKey(b));

  return {
    transaction,
    read,
    digests: createMemoryDigestStore(s, run),
    outbox: createMemoryOutbox(() => s().outbox, run),
    workspaces: {
      findByExternal: (platform, externalId) =>
        run(() =>
          copy(
            [...s().workspaces.values()].find((w) => w.platform === platform && w.externalId === externalId),
          ),
        ),
      insert: (workspace) =>
        run(() => void s().workspaces.set(workspace.id, check.workspace(copy(workspace)))),
      update: (id, patch) =>
        run(() => {
          const row = s().workspaces.get(id);
          if (row)
            applyPatch(row, patch, ['name', 'timeZone', 'dueSoonDays', 'revisionLimit', 's55CommentsDays']);
        }),
    },
    members: {
      findById: (workspaceId, id) => run(() => copy(owned(s().members.get(id), workspaceId))),
      findByExternal: (workspaceId, externalId) =>
        run(() => copy(inWorkspace(s().members, workspaceId).find((m) => m.externalId === externalId))),
      list: (workspaceId) =>
        run(() =>
          copy(
            inWorkspace(s().members, workspaceId).sort(
              (a, b) => byNatural(a.displayName, b.displayName) || byNatural(a.id, b.id),
            ),
          ),
        ),
      insert: (member) => run(() => void s().members.set(member.id, check.member(copy(member)))),
      update: (workspaceId, id, patch) =>
        run(() => {
          const row = owned(s().members.get(id), workspaceId);
          if (!row) return;
          const next = copy(row);
          applyPatch(next, patch, ['displayName', 'role', 'lastReportId']);
          s().members.set(id, check.member(next, row));
        }),
    },
    reports: {
      findByKey: (workspaceId, key) =>
        run(() =>
          copy(
            inWorkspace(s().reports, workspaceId).find(
              (r) => r.deletedAt === null && r.key === key.toUpperCase(),
            ),
          ),
        ),
      findById: (workspaceId, id) => run(() => copy(owned(s().reports.get(id), workspaceId))),
      findBySourceHash: (workspaceId, sourceHash) =>
        run(() =>
          copy(
            inWorkspace(s().reports, workspaceId)
              .filter((r) => r.deletedAt === null && r.sourceHash === sourceHash)
              .sort((a, b) => byCodeUnit(a.createdAt, b.createdAt) || byCodeUnit(a.id, b.id))[0],
          ),
        ),
      list: (workspaceId) =>
        run(() =>
          copy(
            inWorkspace(s().reports, workspaceId)
              .filter((r) => r.deletedAt === null)
              .sort((a, b) => byNatural(a.key, b.key)),
          ),
        ),
      insert: (report) =>
        run(
          () =>
            void s().reports.set(report.id, check.report({ ...copy(report), key: report.key.toUpperCase() })),
        ),
      update: (workspaceId, id, patch) =>
        run(() => {
          const row = owned(s().reports.get(id), workspaceId);
          if (!row) return;
          const next = copy(row);
          applyPatch(next, patch, ['forceResponse', 'pccResponse', 'deletedAt', 'link']);
          s().reports.set(id, check.report(next, row));
        }),
    },
    items: {
      findById: (workspaceId, id) => run(() => copy(owned(s().items.get(id), workspaceId))),
      findByRef: (workspaceId, reportId, ref) =>
        run(() =>
          copy(inWorkspace(s().items, workspaceId).find((i) => i.reportId === reportId && i.ref === ref)),
        ),
      findByRefInAnyReport: (workspaceId, ref) =>
        run(() =>
          copy(
            inWorkspace(s().items, workspaceId)
              .filter((i) => i.ref === ref && isLive(i))
              .sort(byReportThenRef),
          ),
        ),
      listByReport: (workspaceId, reportId) =>
        run(() =>
          copy(
            inWorkspace(s().items, workspaceId)
              .filter((i) => i.reportId === reportId)
              .sort((a, b) => byNatural(a.ref, b.ref)),
          ),
        ),
      listByOwner: (workspaceId, ownerId) =>
        run(() =>
          copy(
            inWorkspace(s().items, workspaceId)
              .filter((i) => i.ownerId === ownerId && isLive(i))
              .sort(byReportThenRef),
          ),
        ),
      listOpenDueBy: (workspaceId, date) =>
        run(() =>
          copy(
            inWorkspace(s().items, workspaceId)
              .filter((i) => i.dueOn !== null && i.dueOn <= date && !isClosed(i.status) && isLive(i))
              .sort(byDueThenRef),
          ),
        ),
      listMatching: (workspaceId, filter, page) =>
        run(() => {
          const { ownerId, teams, reportId, statuses, dueFrom, dueBy } = filter;
          const dated = dueFrom !== undefined || dueBy !== undefined;
          const matches = (i: Item) =>
            isLive(i) &&
            (ownerId === undefined || i.ownerId === ownerId) &&
            (reportId === undefined || i.reportId === reportId) &&
            (teams === undefined || (i.ownerTeam !== null && teams.includes(i.ownerTeam))) &&
            (statuses === undefined ? !isClosed(i.status) : statuses.includes(i.status)) &&
            (dueFrom === undefined || (i.dueOn !== null && i.dueOn >= dueFrom)) &&
            (dueBy === undefined || (i.dueOn !== null && i.dueOn <= dueBy));
          const byKey = (a: Item, b: Item) => byNumbered(reportKey(a), reportKey(b));
          const sorted = inWorkspace(s().items, workspaceId)
            .filter(matches)
            .sort((a, b) =>
              dated
                ? byCodeUnit(a.dueOn ?? '', b.dueOn ?? '') || byNumbered(a.ref, b.ref) || byKey(a, b)
                : byKey(a, b) || byNumbered(a.ref, b.ref),
            );
          const { rows, total } = pageOf(sorted, page);
          return { items: copy(rows).map((item) => ({ item, reportKey: reportKey(item) })), total };
        }),
      pageByReport: (workspaceId, reportId, page) =>
        run(() => {
          const sorted = inWorkspace(s().items, workspaceId)
            .filter((i) => i.reportId === reportId)
            .sort((a, b) => byNumbered(a.ref, b.ref));
          const { rows, total } = pageOf(sorted, page);
          return { items: copy(rows), total };
        }),
      progress: (workspaceId, reportIds, today) =>
        run(() =>
          reportIds.flatMap((reportId) => {
            const items = inWorkspace(s().items, workspaceId).filter((i) => i.reportId === reportId);
            if (items.length === 0) return [];
            const done = items.filter((i) => i.status === 'done').length;
            const overdue = items.filter(
              (i) => !isClosed(i.status) && i.dueOn !== null && i.dueOn < today,
            ).length;
            return [{ reportId, total: items.length, done, overdue }];
          }),
        ),
      nextNumber: (workspaceId, reportId, kind) =>
        run(() => {
          const numbers = inWorkspace(s().items, workspaceId)
            .filter((i) => i.reportId === reportId && i.kind === kind)
            .map((i) => i.number ?? 0);
          return Math.max(0, ...numbers) + 1;
        }),
      listTeams: (workspaceId) =>
        run(() => {
          const teams = inWorkspace(s().items, workspaceId)
            .filter(isLive)
            .flatMap((i) => (i.ownerTeam === null ? [] : [i.ownerTeam]));
          return [...new Set(teams)].sort(byNatural);
        }),
      search: (workspaceId, query) => run(() => searchMemory(s(), workspaceId, query)),
      insert: (item) => run(() => void s().items.set(item.id, check.item(copy(item)))),
      update: (workspaceId, id, patch) =>
        run(() => {
          const row = owned(s().items.get(id), workspaceId);
          if (!row) return;
          const next = copy(row);
          applyPatch(next, patch, [
            'ownerId',
            'ownerTeam',
            'status',
            'blockedReason',
            'dueOn',
            'forceResponse',
            'pccResponse',
            'disposition',
            'updatedAt',
          ]);
          s().items.set(id, check.item(next, row));
        }),
    },
    deadlines: {
      listByItems: (workspaceId, itemIds) =>
        run(() => {
          const order = new Map(itemIds.map((id, index) => [id, index]));
          return copy(
            inWorkspace(s().deadlines, workspaceId)
              .filter((d) => order.has(d.itemId))
              .sort(
                (a, b) =>
                  (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0) ||
                  a.position - b.position ||
                  byCodeUnit(a.id, b.id),
              ),
          );
        }),
      insert: (deadline) => run(() => void s().deadlines.set(deadline.id, check.deadline(copy(deadline)))),
      update: (workspaceId, id, patch) =>
        run(() => {
          const row = owned(s().deadlines.get(id), workspaceId);
          if (row) applyPatch(row, patch, ['dueOn', 'eventOn', 'revisions']);
        }),
    },
    updates: {
      append: (update) => run(() => void s().updates.set(update.id, check.update(copy(update)))),
      listByItem: (workspaceId, itemId) =>
        run(() =>
          copy(
            inWorkspace(s().updates, workspaceId)
              .filter((u) => u.itemId === itemId)
              // A stable sort over insertion order: same-instant updates stay in append order.
              .sort((a: Update, b: Update) => byCodeUnit(a.at, b.at)),
          ),
        ),
      listSince: (workspaceId, since) =>
        run(() =>
          copy(
            inWorkspace(s().updates, workspaceId)
              .filter((u) => u.at >= since)
              .sort((a: Update, b: Update) => byCodeUnit(a.at, b.at)),
          ),
        ),
      pageByItem: (workspaceId, itemId, page) =>
        run(() => {
          const sorted = inWorkspace(s().updates, workspaceId)
            .filter((u) => u.itemId === itemId)
            .sort((a: Update, b: Update) => byCodeUnit(a.at, b.at));
          const { rows, total } = pageOf(sorted, page);
          return { updates: copy(rows), total };
        }),
      listByItems: (workspaceId, itemIds) =>
        run(() => {
          const order = new Map(itemIds.map((id, index) => [id, index]));
          return copy(
            inWorkspace(s().updates, workspaceId)
              .filter((u) => order.has(u.itemId))
              // Stable: same item and instant keep append order.
              .sort(
                (a: Update, b: Update) =>
                  (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0) || byCodeUnit(a.at, b.at),
              ),
          );
        }),
    },
    pendingImports: {
      get: (workspaceId, memberId) =>
        run(() => copy(s().pendingImports.get(pendingImportKey(workspaceId, memberId)))),
      put: (pending) =>
        run(
          () =>
            void s().pendingImports.set(
              pendingImportKey(pending.workspaceId, pending.memberId),
              check.pendingImport(copy(pending)),
            ),
        ),
      delete: (workspaceId, memberId) =>
        run(() => void s().pendingImports.delete(pendingImportKey(workspaceId, memberId))),
    },
    section55: {
      listByReports: (workspaceId, reportIds) =>
        run(() => {
          const order = new Map(reportIds.map((id, index) => [id, index]));
          return copy(
            inWorkspace(s().section55, workspaceId)
              .filter((step) => order.has(step.reportId))
              .sort(
                (a, b) =>
                  (order.get(a.reportId) ?? 0) - (order.get(b.reportId) ?? 0) ||
                  S55_STAGES.indexOf(a.stage) - S55_STAGES.indexOf(b.stage),
              ),
          );
        }),
      append: (step) => run(() => void s().section55.set(step.id, check.section55Step(copy(step)))),
    },
    requests: {
      find: (workspaceId, key) => run(() => copy(s().requests.get(pendingImportKey(workspaceId, key)))),
      record: (entry) =>
        run(
          () =>
            void s().requests.set(pendingImportKey(entry.workspaceId, entry.key), check.request(copy(entry))),
        ),
      prune: (workspaceId, before) =>
        run(() => {
          for (const [id, entry] of s().requests) {
            if (entry.workspaceId === workspaceId && entry.at < before) s().requests.delete(id);
          }
        }),
    },
  };
}
