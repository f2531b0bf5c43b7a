import type { Deadline, Item, Member, Report, Update, Workspace } from '../../src/core/model/entities.ts';
import type { Section55Step } from '../../src/core/model/section55.ts';
import type { HandledRequest, PendingImport } from '../../src/ports/store.ts';
import type { MemoryDigestState } from './memory-digest-store.ts';
import type { MemoryOutboxRow } from './memory-outbox.ts';

export type MemoryState = {
  workspaces: Map<string, Workspace>;
  members: Map<string, Member>;
  reports: Map<string, Report>;
  items: Map<string, Item>;
  deadlines: Map<string, Deadline>;
  updates: Map<string, Update>;
  /** By pendingImportKey(workspaceId, memberId). */
  pendingImports: Map<string, PendingImport>;
  /** By pendingImportKey(workspaceId, key): the same two-part key shape. */
  requests: Map<string, HandledRequest>;
  section55: Map<string, Section55Step>;
  /** By inbox entry id. */
  outbox: Map<string, MemoryOutboxRow>;
  digests: MemoryDigestState;
};

export function pendingImportKey(workspaceId: string, memberId: string): string {
  return `${workspaceId}\u0000${memberId}`;
}

/*
 * The memory store's stand-in for the schema's primary keys, unique indexes and composite foreign
 * keys (migrations/0001-initial.ts), so a core test that would break on SQLite breaks here too.
 * Each check returns the row it accepted; `previous` is the stored row when the check guards an update.
 */
export function createMemoryChecks(state: () => MemoryState) {
  function fail(message: string): never {
    throw new Error(`Memory store constraint failed: ${message}`);
  }

  function newId<T>(map: Map<string, T>, id: string, table: string, previous: T | undefined): void {
    if (previous === undefined && map.has(id)) fail(`${table}.id ${id} already exists`);
  }

  function workspaceExists(workspaceId: string, table: string): void {
    if (!state().workspaces.has(workspaceId)) fail(`${table}.workspace_id ${workspaceId} does not exist`);
  }

  /** A reference that must name a row of the same workspace (null references are always fine). */
  function sameWorkspace<T extends { workspaceId: string }>(
    map: Map<string, T>,
    id: string | null,
    workspaceId: string,
    column: string,
  ): void {
    if (id === null) return;
    if (map.get(id)?.workspaceId !== workspaceId) fail(`${column} ${id} is not in workspace ${workspaceId}`);
  }

  return {
    workspace(row: Workspace): Workspace {
      const { workspaces } = state();
      newId(workspaces, row.id, 'workspaces', undefined);
      for (const other of workspaces.values()) {
        if (other.platform === row.platform && other.externalId === row.externalId) {
          fail(`workspace ${row.platform}/${row.externalId} already exists`);
        }
      }
      return row;
    },
    member(row: Member, previous?: Member): Member {
      const { members, reports } = state();
      newId(members, row.id, 'members', previous);
      workspaceExists(row.workspaceId, 'members');
      for (const other of members.values()) {
        if (
          other.id !== row.id &&
          other.workspaceId === row.workspaceId &&
          other.externalId === row.externalId
        ) {
          fail(`member ${row.externalId} already exists in workspace ${row.workspaceId}`);
        }
      }
      sameWorkspace(reports, row.lastReportId, row.workspaceId, 'members.last_report_id');
      return row;
    },
    report(row: Report, previous?: Report): Report {
      const { reports } = state();
      newId(reports, row.id, 'reports', previous);
      workspaceExists(row.workspaceId, 'reports');
      if (row.deletedAt !== null) return row;
      for (const other of reports.values()) {
        const clash =
          other.id !== row.id && other.workspaceId === row.workspaceId && other.deletedAt === null;
        if (clash && other.key === row.key) fail(`live report key ${row.key} already exists`);
      }
      return row;
    },
    item(row: Item, previous?: Item): Item {
      const { items, reports, members } = state();
      newId(items, row.id, 'items', previous);
      workspaceExists(row.workspaceId, 'items');
      sameWorkspace(reports, row.reportId, row.workspaceId, 'items.report_id');
      sameWorkspace(items, row.parentId, row.workspaceId, 'items.parent_id');
      sameWorkspace(members, row.ownerId, row.workspaceId, 'items.owner_id');
      for (const other of items.values()) {
        if (other.id !== row.id && other.reportId === row.reportId && other.ref === row.ref) {
          fail(`item ref ${row.ref} already exists in report ${row.reportId}`);
        }
      }
      return row;
    },
    deadline(row: Deadline): Deadline {
      const { deadlines, items } = state();
      newId(deadlines, row.id, 'deadlines', undefined);
      workspaceExists(row.workspaceId, 'deadlines');
      sameWorkspace(items, row.itemId, row.workspaceId, 'deadlines.item_id');
      return row;
    },
    update(row: Update): Update {
      const { updates, items, deadlines } = state();
      newId(updates, row.id, 'updates', undefined);
      workspaceExists(row.workspaceId, 'updates');
      sameWorkspace(items, row.itemId, row.workspaceId, 'updates.item_id');
      sameWorkspace(deadlines, row.deadlineId, row.workspaceId, 'updates.deadline_id');
      return row;
    },
    pendingImport(row: PendingImport): PendingImport {
      workspaceExists(row.workspaceId, 'pending_imports');
      sameWorkspace(state().members, row.memberId, row.workspaceId, 'pending_imports.member_id');
      return row;
    },
    section55Step(row: Section55Step): Section55Step {
      const { section55, reports } = state();
      newId(section55, row.id, 'section55_steps', undefined);
      workspaceExists(row.workspaceId, 'section55_steps');
      sameWorkspace(reports, row.reportId, row.workspaceId, 'section55_steps.report_id');
      for (const other of section55.values()) {
        if (other.reportId === row.reportId && other.stage === row.stage) {
          fail(`section55_steps ${row.stage} already exists for report ${row.reportId}`);
        }
      }
      return row;
    },
    request(row: HandledRequest): HandledRequest {
      workspaceExists(row.workspaceId, 'handled_requests');
      if (state().requests.has(pendingImportKey(row.workspaceId, row.key))) {
        fail(`handled_requests (${row.workspaceId}, ${row.key}) already exists`);
      }
      return row;
    },
  };
}
