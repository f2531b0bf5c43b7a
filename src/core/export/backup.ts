import { z } from 'zod';
import { DEADLINE_KINDS, DISPOSITIONS, ITEM_KINDS, UPDATE_KINDS } from '../model/entities.ts';
import { STATUSES } from '../model/status.ts';
import type { Snapshot } from './snapshot.ts';

/*
 * The JSON backup: a workspace's settings, members, and every live report with its items, deadlines
 * and full histories, ids and all, so `restore` rebuilds the same state in an empty workspace. Digest
 * subscriptions are not in it: they name channels of one platform's workspace, which a restore into
 * another cannot reach; subscribe again there.
 */

export const BACKUP_FORMAT = 'rectrack-backup';
export const BACKUP_VERSION = 1;

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();
const instant = z.string().min(1);
const id = z.string().min(1);

const member = z.object({
  id,
  externalId: z.string().min(1),
  displayName: z.string(),
  role: z.enum(['admin', 'member']),
  createdAt: instant,
});
const report = z.object({
  id,
  key: z.string().regex(/^[A-Z][A-Z0-9]{1,15}$/),
  title: z.string().min(1),
  publisher: z.string().nullable(),
  publishedOn: date,
  link: z.string().nullable(),
  section55: z.boolean(),
  forceResponse: z.string().nullable(),
  pccResponse: z.string().nullable(),
  sourceHash: z.string().nullable(),
  createdBy: id,
  createdAt: instant,
});
const item = z.object({
  id,
  ref: z.string().min(1),
  kind: z.enum(ITEM_KINDS),
  label: z.string().nullable(),
  number: z.number().int().nullable(),
  text: z.string(),
  addressees: z.array(z.string()),
  disposition: z.enum(DISPOSITIONS).nullable(),
  parentId: id.nullable(),
  ownerId: id.nullable(),
  ownerTeam: z.string().nullable(),
  status: z.enum(STATUSES),
  blockedReason: z.string().nullable(),
  dueOn: date,
  forceResponse: z.string().nullable(),
  pccResponse: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
const deadline = z.object({
  id,
  position: z.number().int().min(0),
  kind: z.enum(DEADLINE_KINDS),
  phrase: z.string(),
  originalOn: date,
  dueOn: date,
  duration: z
    .object({ amount: z.number().int().positive(), unit: z.enum(['day', 'week', 'month', 'year']) })
    .nullable(),
  condition: z.string().nullable(),
  eventOn: date,
  revisions: z.number().int().min(0),
});
const update = z.object({
  id,
  actorId: id,
  at: instant,
  kind: z.enum(UPDATE_KINDS),
  fromStatus: z.enum(STATUSES).nullable(),
  toStatus: z.enum(STATUSES).nullable(),
  note: z.string().nullable(),
  evidence: z.array(z.string()),
  deadlineId: id.nullable(),
  dueFrom: date,
  dueTo: date,
  ownerFrom: id.nullable(),
  ownerTo: id.nullable(),
  ownerTeam: z.string().nullable(),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: instant,
  workspace: z.object({
    name: z.string(),
    timeZone: z.string().min(1),
    dueSoonDays: z.number().int().min(1).max(90),
    revisionLimit: z.number().int().min(0).nullable(),
  }),
  members: z.array(member),
  reports: z.array(
    z.object({
      report,
      items: z.array(z.object({ item, deadlines: z.array(deadline), updates: z.array(update) })),
    }),
  ),
});
export type Backup = z.infer<typeof backupSchema>;

// Rows name their workspace; a backup does not, so it can be restored into another.
function omitWorkspace<T extends { workspaceId: string }>(row: T): Omit<T, 'workspaceId'> {
  const { workspaceId: _, ...rest } = row;
  return rest;
}

export function toBackup(snapshot: Snapshot): Backup {
  const { workspace } = snapshot;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: snapshot.at,
    workspace: {
      name: workspace.name,
      timeZone: workspace.timeZone,
      dueSoonDays: workspace.dueSoonDays,
      revisionLimit: workspace.revisionLimit,
    },
    members: snapshot.members.map(({ workspaceId: _, lastReportId: __, ...m }) => m),
    reports: snapshot.reports.map((r) => {
      const { deletedAt: _, ...report } = omitWorkspace(r.report);
      return {
        report,
        items: r.items.map((i) => ({
          item: omitWorkspace(i.item),
          deadlines: i.deadlines.map(({ itemId: _, ...d }) => omitWorkspace(d)),
          updates: i.updates.map(({ itemId: _, ...u }) => omitWorkspace(u)),
        })),
      };
    }),
  };
}

export function backupBytes(snapshot: Snapshot): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(toBackup(snapshot), null, 1)}\n`);
}
