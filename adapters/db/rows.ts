import type { Member, Platform, Report, Role, Workspace } from '../../src/core/model/entities.ts';
import type { MemberStore, ReportStore, WorkspaceSettings } from '../../src/ports/store.ts';
import { fromBoolean, parseEnum, toBoolean, toInteger } from './columns.ts';
import type { MemberRow, ReportRow, WorkspaceRow } from './schema.ts';

// The core declares these as unions only; the lists here let a read check them.
const PLATFORMS = ['slack', 'teams', 'console'] as const satisfies readonly Platform[];
const ROLES = ['admin', 'member'] as const satisfies readonly Role[];

export function workspaceFromRow(row: WorkspaceRow): Workspace {
  return {
    id: row.id,
    platform: parseEnum(PLATFORMS, row.platform, 'workspaces.platform'),
    externalId: row.external_id,
    name: row.name,
    timeZone: row.time_zone,
    dueSoonDays: toInteger(row.due_soon_days, 'workspaces.due_soon_days'),
    revisionLimit:
      row.revision_limit === null ? null : toInteger(row.revision_limit, 'workspaces.revision_limit'),
    s55CommentsDays: toInteger(row.s55_comments_days, 'workspaces.s55_comments_days'),
    createdAt: row.created_at,
  };
}

export function workspaceToRow(workspace: Workspace): WorkspaceRow {
  return {
    id: workspace.id,
    platform: workspace.platform,
    external_id: workspace.externalId,
    name: workspace.name,
    time_zone: workspace.timeZone,
    due_soon_days: workspace.dueSoonDays,
    revision_limit: workspace.revisionLimit,
    s55_comments_days: workspace.s55CommentsDays,
    created_at: workspace.createdAt,
  };
}

export function workspacePatchToRow(patch: Partial<WorkspaceSettings>): Partial<WorkspaceRow> {
  const row: Partial<WorkspaceRow> = {};
  if (patch.name !== undefined) row.name = patch.name;
  if (patch.timeZone !== undefined) row.time_zone = patch.timeZone;
  if (patch.dueSoonDays !== undefined) row.due_soon_days = patch.dueSoonDays;
  if (patch.revisionLimit !== undefined) row.revision_limit = patch.revisionLimit;
  if (patch.s55CommentsDays !== undefined) row.s55_comments_days = patch.s55CommentsDays;
  return row;
}

export function memberFromRow(row: MemberRow): Member {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    externalId: row.external_id,
    displayName: row.display_name,
    role: parseEnum(ROLES, row.role, 'members.role'),
    lastReportId: row.last_report_id,
    createdAt: row.created_at,
  };
}

export function memberToRow(member: Member): MemberRow {
  return {
    id: member.id,
    workspace_id: member.workspaceId,
    external_id: member.externalId,
    display_name: member.displayName,
    role: member.role,
    last_report_id: member.lastReportId,
    created_at: member.createdAt,
  };
}

export function memberPatchToRow(patch: Parameters<MemberStore['update']>[2]): Partial<MemberRow> {
  const row: Partial<MemberRow> = {};
  if (patch.displayName !== undefined) row.display_name = patch.displayName;
  if (patch.role !== undefined) row.role = patch.role;
  if (patch.lastReportId !== undefined) row.last_report_id = patch.lastReportId;
  return row;
}

export function reportFromRow(row: ReportRow): Report {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    key: row.key,
    title: row.title,
    publisher: row.publisher,
    publishedOn: row.published_on,
    link: row.link,
    section55: toBoolean(toInteger(row.section55, 'reports.section55'), 'reports.section55'),
    forceResponse: row.force_response,
    pccResponse: row.pcc_response,
    sourceHash: row.source_hash,
    createdBy: row.created_by,
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
  };
}

/** Keys are stored upper-case (the port's promise), whatever case the caller typed. */
export function reportToRow(report: Report): ReportRow {
  return {
    id: report.id,
    workspace_id: report.workspaceId,
    key: report.key.toUpperCase(),
    title: report.title,
    publisher: report.publisher,
    published_on: report.publishedOn,
    link: report.link,
    section55: fromBoolean(report.section55),
    force_response: report.forceResponse,
    pcc_response: report.pccResponse,
    source_hash: report.sourceHash,
    created_by: report.createdBy,
    created_at: report.createdAt,
    deleted_at: report.deletedAt,
  };
}

export function reportPatchToRow(patch: Parameters<ReportStore['update']>[2]): Partial<ReportRow> {
  const row: Partial<ReportRow> = {};
  if (patch.forceResponse !== undefined) row.force_response = patch.forceResponse;
  if (patch.pccResponse !== undefined) row.pcc_response = patch.pccResponse;
  if (patch.deletedAt !== undefined) row.deleted_at = patch.deletedAt;
  if (patch.link !== undefined) row.link = patch.link;
  return row;
}
