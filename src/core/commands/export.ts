import { formatDate } from '../dates/index.ts';
import { type ExportJob, exportTitle } from '../export/make.ts';
import type { ReportRecord, Snapshot } from '../export/snapshot.ts';
import type { CommandOf, DocumentFormat, ExportKind } from '../grammar/commands.ts';
import { REPORT_NEW_EXAMPLE } from '../grammar/report-new.ts';
import type { Report } from '../model/entities.ts';
import { fail, type Reply } from '../reply/reply.ts';
import { type CommandContext, findReport } from './context.ts';

const FORMATS: Record<ExportKind, readonly DocumentFormat[]> = {
  response: ['docx', 'md', 'html'],
  pack: ['docx', 'html'],
  csv: [],
  xlsx: [],
  json: [],
};

/**
 * `export OSAEC23 response`, `export all csv`, `export json`...: reads what the export needs in this
 * command's transaction and leaves the files to be made after it (Reply.making).
 */
export async function exportFiles(ctx: CommandContext, command: CommandOf<'export'>): Promise<Reply> {
  const reports = command.key
    ? [await findReport(ctx, command.key)]
    : await ctx.store.reports.list(ctx.workspace.id);
  if (reports.length === 0 && command.kind !== 'json') {
    return fail('export.no_reports', 'There are no reports to export yet.', REPORT_NEW_EXAMPLE);
  }
  const snapshot = await readSnapshot(ctx, reports);
  const job: ExportJob = {
    kind: command.kind,
    formats: command.formats ?? FORMATS[command.kind],
    key: command.key,
    since: command.since,
    snapshot,
  };
  const items = snapshot.reports.reduce((n, r) => n + r.items.length, 0);
  const scope = command.key ? '' : `${plural(reports.length, 'report')}, `;
  const since = command.since ? `, showing changes since ${formatDate(command.since)}` : '';
  const formats = job.formats.length > 0 ? `, as ${job.formats.map((f) => `.${f}`).join(', ')}` : '';
  return {
    kind: 'success',
    text: `${exportTitle(job)}: ${scope}${plural(items, 'item')}${since}${formats}.`,
    blocks: [],
    making: job,
  };
}

/** Every report given, with its items, their deadlines and histories, read in the caller's transaction. */
export async function readSnapshot(ctx: CommandContext, reports: readonly Report[]): Promise<Snapshot> {
  const workspaceId = ctx.workspace.id;
  const records: ReportRecord[] = [];
  for (const report of reports) {
    const items = await ctx.store.items.listByReport(workspaceId, report.id);
    const ids = items.map((i) => i.id);
    const deadlines = byItem(await ctx.store.deadlines.listByItems(workspaceId, ids));
    const updates = byItem(await ctx.store.updates.listByItems(workspaceId, ids));
    records.push({
      report,
      items: items.map((item) => ({
        item,
        deadlines: deadlines.get(item.id) ?? [],
        updates: updates.get(item.id) ?? [],
      })),
    });
  }
  return {
    workspace: ctx.workspace,
    members: await ctx.store.members.list(workspaceId),
    reports: records,
    today: ctx.today,
    at: ctx.now.toISOString(),
  };
}

function byItem<T extends { itemId: string }>(rows: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.itemId);
    if (list) list.push(row);
    else grouped.set(row.itemId, [row]);
  }
  return grouped;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
