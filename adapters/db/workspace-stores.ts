import type { Kysely } from 'kysely';
import type { Member } from '../../src/core/model/entities.ts';
import type { MemberStore, ReportStore, WorkspaceStore } from '../../src/ports/store.ts';
import { compareNatural } from './item-rows.ts';
import {
  memberFromRow,
  memberPatchToRow,
  memberToRow,
  reportFromRow,
  reportPatchToRow,
  reportToRow,
  workspaceFromRow,
  workspacePatchToRow,
  workspaceToRow,
} from './rows.ts';
import type { DB } from './schema.ts';

export function createKyselyWorkspaceStore(db: Kysely<DB>): WorkspaceStore {
  return {
    async findByExternal(platform, externalId) {
      const row = await db
        .selectFrom('workspaces')
        .selectAll()
        .where('platform', '=', platform)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      return row && workspaceFromRow(row);
    },
    async insert(workspace) {
      await db.insertInto('workspaces').values(workspaceToRow(workspace)).execute();
    },
    async update(id, patch) {
      const set = workspacePatchToRow(patch);
      if (Object.keys(set).length === 0) return;
      await db.updateTable('workspaces').set(set).where('id', '=', id).execute();
    },
  };
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byDisplayName(a: Member, b: Member): number {
  return compareNatural(a.displayName, b.displayName) || compareNatural(a.id, b.id);
}

export function createKyselyMemberStore(db: Kysely<DB>): MemberStore {
  return {
    async findById(workspaceId, id) {
      const row = await db
        .selectFrom('members')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && memberFromRow(row);
    },
    async findByExternal(workspaceId, externalId) {
      const row = await db
        .selectFrom('members')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      return row && memberFromRow(row);
    },
    async list(workspaceId) {
      const rows = await db
        .selectFrom('members')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .execute();
      // Sorted here, not in SQL, because PostgreSQL's locale collation would order names differently.
      return rows.map(memberFromRow).sort(byDisplayName);
    },
    async insert(member) {
      await db.insertInto('members').values(memberToRow(member)).execute();
    },
    async update(workspaceId, id, patch) {
      const set = memberPatchToRow(patch);
      if (Object.keys(set).length === 0) return;
      await db
        .updateTable('members')
        .set(set)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    },
  };
}

export function createKyselyReportStore(db: Kysely<DB>): ReportStore {
  return {
    async findByKey(workspaceId, key) {
      const row = await db
        .selectFrom('reports')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('key', '=', key.toUpperCase())
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return row && reportFromRow(row);
    },
    async findById(workspaceId, id) {
      const row = await db
        .selectFrom('reports')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && reportFromRow(row);
    },
    async findBySourceHash(workspaceId, sourceHash) {
      const rows = await db
        .selectFrom('reports')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('source_hash', '=', sourceHash)
        .where('deleted_at', 'is', null)
        .execute();
      // Instants are ISO-8601 UTC text, so code-unit order is time order; the id breaks a tie.
      const [first] = rows
        .map(reportFromRow)
        .sort((a, b) => byCodeUnit(a.createdAt, b.createdAt) || byCodeUnit(a.id, b.id));
      return first;
    },
    async list(workspaceId) {
      const rows = await db
        .selectFrom('reports')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('deleted_at', 'is', null)
        .execute();
      return rows.map(reportFromRow).sort((a, b) => compareNatural(a.key, b.key));
    },
    async insert(report) {
      await db.insertInto('reports').values(reportToRow(report)).execute();
    },
    async update(workspaceId, id, patch) {
      const set = reportPatchToRow(patch);
      if (Object.keys(set).length === 0) return;
      await db
        .updateTable('reports')
        .set(set)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    },
  };
}
