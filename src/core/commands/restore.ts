import type { DocumentFile } from '../../ports/documents.ts';
import { type Backup, backupSchema } from '../export/backup.ts';
import type { Deadline, Item, Member, Report, Update } from '../model/entities.ts';
import { authorize } from '../permissions.ts';
import { fail, type Reply, success } from '../reply/reply.ts';
import type { CommandContext } from './context.ts';

/**
 * `restore` with a JSON backup attached: every report, item, deadline and update of the backup, with
 * new ids, into a workspace that has no reports yet, all in this command's transaction. People are
 * matched by their platform id; the settings come from the backup.
 */
export async function restoreBackup(ctx: CommandContext): Promise<Reply> {
  authorize(ctx.actor, { type: 'restore' });
  const workspaceId = ctx.workspace.id;
  const existing = await ctx.store.reports.list(workspaceId);
  if (existing.length > 0) {
    return fail(
      'restore.not_empty',
      `A backup is restored into a workspace with no reports, so nothing is mixed or overwritten; this one has ${existing.length} (${existing
        .slice(0, 5)
        .map((r) => r.key)
        .join(', ')}). Restore it into a new workspace, or delete these reports first.`,
      `report delete ${existing[0]?.key}`,
    );
  }
  const backup = readBackup(oneFile(ctx.files ?? [], '.json', 'restore'));
  const { timeZone, dueSoonDays, revisionLimit } = backup.workspace;
  await ctx.store.workspaces.update(workspaceId, { timeZone, dueSoonDays, revisionLimit });
  const people = await restoreMembers(ctx, backup.members);
  const person = (id: string | null) =>
    id === null
      ? null
      : (people.get(id) ??
        fail(
          'restore.invalid',
          `The backup names a person (${id}) it does not list. Nothing was restored.`,
          'export json',
        ));
  let items = 0;
  for (const { report, items: records } of backup.reports) {
    const reportId = ctx.ids.next();
    const row: Report = {
      ...report,
      id: reportId,
      workspaceId,
      createdBy: person(report.createdBy) ?? ctx.actor.id,
      deletedAt: null,
    };
    await ctx.store.reports.insert(row);
    const itemIds = new Map(records.map((r) => [r.item.id, ctx.ids.next()]));
    // A cause of concern goes in before the recommendations under it.
    const ordered = [...records].sort(
      (a, b) => Number(a.item.parentId !== null) - Number(b.item.parentId !== null),
    );
    for (const { item } of ordered) {
      const restored: Item = {
        ...item,
        id: itemIds.get(item.id) ?? ctx.ids.next(),
        workspaceId,
        reportId,
        parentId: item.parentId === null ? null : (itemIds.get(item.parentId) ?? null),
        ownerId: person(item.ownerId),
      };
      await ctx.store.items.insert(restored);
    }
    for (const { item, deadlines, updates } of records) {
      const itemId = itemIds.get(item.id) ?? '';
      const deadlineIds = new Map(deadlines.map((d) => [d.id, ctx.ids.next()]));
      for (const d of deadlines) {
        const restored: Deadline = { ...d, id: deadlineIds.get(d.id) ?? '', workspaceId, itemId };
        await ctx.store.deadlines.insert(restored);
      }
      for (const u of updates) {
        const restored: Update = {
          ...u,
          id: ctx.ids.next(),
          workspaceId,
          itemId,
          actorId: person(u.actorId) ?? ctx.actor.id,
          ownerFrom: person(u.ownerFrom),
          ownerTo: person(u.ownerTo),
          deadlineId: u.deadlineId === null ? null : (deadlineIds.get(u.deadlineId) ?? null),
        };
        await ctx.store.updates.append(restored);
      }
    }
    items += records.length;
  }
  const reports = backup.reports.length;
  return success(
    `Restored ${reports} report${reports === 1 ? '' : 's'} and ${items} item${items === 1 ? '' : 's'} with their deadlines and histories, from the backup of ${backup.exportedAt.slice(0, 10)}.`,
    [{ type: 'text', text: 'See them with: reports' }],
  );
}

/** Backup member id -> this workspace's member id: the same person (platform id) if known, else added. */
async function restoreMembers(ctx: CommandContext, members: Backup['members']): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const m of members) {
    const known = await ctx.store.members.findByExternal(ctx.workspace.id, m.externalId);
    if (known) {
      ids.set(m.id, known.id);
      continue;
    }
    const member: Member = { ...m, id: ctx.ids.next(), workspaceId: ctx.workspace.id, lastReportId: null };
    await ctx.store.members.insert(member);
    ids.set(m.id, member.id);
  }
  return ids;
}

/** The one file a command needs, with the extension it reads; a clear answer otherwise. */
export function oneFile(files: readonly DocumentFile[], extension: string, command: string): DocumentFile {
  const [file] = files;
  if (file === undefined) {
    return fail(
      'file.missing',
      `Send the ${extension} file with the command: attach it to the message "${command}" (in the console, type the file's path after it: ${command} ./file${extension}).`,
      command,
    );
  }
  if (files.length > 1) {
    return fail(
      'file.several',
      `Send one ${extension} file at a time; that message carries ${files.length}.`,
      command,
    );
  }
  if (!file.name.toLowerCase().endsWith(extension)) {
    return fail(
      'file.wrong_type',
      `${file.name} is not a ${extension} file; ${command} reads ${extension} files.`,
      command,
    );
  }
  return file;
}

function readBackup(file: DocumentFile): Backup {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(file.bytes));
  } catch {
    return fail(
      'restore.not_json',
      `${file.name} is not JSON; a backup is the file export json makes. Nothing was restored.`,
      'export json',
    );
  }
  const parsed = backupSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'the file'}: ${i.message}`);
  return fail(
    'restore.invalid',
    `${file.name} is not a rectrack backup I can restore (${problems.join('; ')}). Nothing was restored.`,
    'export json',
  );
}
