import type { ReportProgress } from '../../ports/store.ts';
import { formatDate } from '../dates/index.ts';
import type { CommandOf } from '../grammar/commands.ts';
import type { Report } from '../model/entities.ts';
import { type Section55Step, sentWords } from '../model/section55.ts';
import { authorize } from '../permissions.ts';
import { type Block, fail, info, question, type Reply, success } from '../reply/reply.ts';
import { shortenedHint } from '../view/item-view.ts';
import { moreBlocks, pageOf } from '../view/pages.ts';
import { countdownText, s55Standing, stageText } from '../view/section55-view.ts';
import { type CommandContext, findReport } from './context.ts';
import { committeeLines } from './item-lines.ts';
import { reportResponsesForm } from './responses.ts';

export async function newReport(ctx: CommandContext, cmd: CommandOf<'report_new'>): Promise<Reply> {
  authorize(ctx.actor, cmd);
  const existing = await ctx.store.reports.findByKey(ctx.workspace.id, cmd.key);
  if (existing) {
    return fail(
      'report.key_taken',
      `The key ${cmd.key} is already used by "${existing.title}". Choose another key.`,
      `report ${cmd.key}`,
    );
  }
  const report: Report = {
    id: ctx.ids.next(),
    workspaceId: ctx.workspace.id,
    key: cmd.key,
    title: cmd.title,
    publisher: cmd.publisher,
    publishedOn: cmd.publishedOn,
    link: cmd.link,
    section55: cmd.section55,
    forceResponse: null,
    pccResponse: null,
    sourceHash: null,
    createdBy: ctx.actor.id,
    createdAt: ctx.now.toISOString(),
    deletedAt: null,
  };
  await ctx.store.reports.insert(report);
  await ctx.store.members.update(ctx.workspace.id, ctx.actor.id, { lastReportId: report.id });
  return success(`Registered ${report.key}: ${report.title}.`, [
    { type: 'fields', fields: reportFields(ctx, report) },
    {
      type: 'text',
      text: `Add its items with: add ${report.key} "text of the recommendation" due 31 October 2023`,
    },
    { type: 'choices', choices: [{ label: 'Show report', command: `report ${report.key}` }] },
  ]);
}

export async function listReports(ctx: CommandContext, cmd: CommandOf<'report_list'>): Promise<Reply> {
  const reports = await ctx.store.reports.list(ctx.workspace.id);
  if (reports.length === 0) {
    return info('No reports yet. Register one with: report new "Title" key KEY published 5 April 2023 s55');
  }
  const { offset, limit } = pageOf(cmd.page);
  const shown = reports.slice(offset, offset + limit);
  const [counts, steps] = await Promise.all([
    progressOf(
      ctx,
      shown.map((r) => r.id),
    ),
    ctx.store.section55.listByReports(
      ctx.workspace.id,
      shown.map((r) => r.id),
    ),
  ]);
  const lines = shown.map((r) => `${r.key} · ${r.title}: ${progress(ctx, r, counts.get(r.id), steps)}`);
  const more = moreBlocks({ page: cmd.page, shown: shown.length, total: reports.length, again: 'reports' });
  return info(`${reports.length} report${reports.length === 1 ? '' : 's'}:\n${lines.join('\n')}`, [
    { type: 'heading', text: 'Reports' },
    ...(lines.length > 0 ? [{ type: 'text' as const, text: lines.join('\n') }] : []),
    ...more,
    {
      type: 'choices',
      choices: shown.slice(0, 5).map((r) => ({ label: r.key, command: `report ${r.key}` })),
    },
  ]);
}

export async function showReport(ctx: CommandContext, cmd: CommandOf<'report_show'>): Promise<Reply> {
  const report = await findReport(ctx, cmd.key);
  await ctx.store.members.update(ctx.workspace.id, ctx.actor.id, { lastReportId: report.id });
  const { items, total } = await ctx.store.items.pageByReport(ctx.workspace.id, report.id, pageOf(cmd.page));
  const steps = await ctx.store.section55.listByReports(ctx.workspace.id, [report.id]);
  const lines = await committeeLines(ctx, items, () => report.key);
  const said = progress(ctx, report, (await progressOf(ctx, [report.id])).get(report.id), steps);
  const blocks: Block[] = [
    { type: 'heading', text: `${report.key} · ${report.title}` },
    { type: 'fields', fields: reportFields(ctx, report, steps) },
    { type: 'text', text: `Progress: ${said}` },
    {
      type: 'items',
      items: lines,
      empty: `No items yet. Add one with: add ${report.key} "text" due 31 October 2023`,
    },
    ...moreBlocks({ page: cmd.page, shown: lines.length, total, again: `report ${report.key}` }),
    ...shortenedHint(lines),
  ];
  if (report.forceResponse)
    blocks.push({ type: 'text', text: `Overall force response: ${report.forceResponse}` });
  if (report.pccResponse) blocks.push({ type: 'text', text: `Overall PCC response: ${report.pccResponse}` });
  return {
    ...info(`${report.key}: ${report.title} (${said})`, blocks),
    shows: { kind: 'report', key: report.key },
    form: reportResponsesForm(report),
  };
}

export async function deleteReport(ctx: CommandContext, cmd: CommandOf<'report_delete'>): Promise<Reply> {
  authorize(ctx.actor, cmd);
  const report = await findReport(ctx, cmd.key);
  if (!cmd.confirmed) {
    const count = (await progressOf(ctx, [report.id])).get(report.id)?.total ?? 0;
    return question(
      `Delete ${report.key} (${report.title}) and its ${count} item${count === 1 ? '' : 's'}?`,
      [
        { label: `Delete ${report.key}`, command: `report delete ${report.key} confirm`, style: 'danger' },
        { label: 'Keep it', command: `report ${report.key}` },
      ],
    );
  }
  await ctx.store.reports.update(ctx.workspace.id, report.id, { deletedAt: ctx.now.toISOString() });
  // A digest of only this report would post "nothing overdue" forever; pause it and say so.
  const digests = (await ctx.store.digests.subscriptions.list(ctx.workspace.id)).filter(
    (s) => s.filters.reportId === report.id && s.pausedAt === null,
  );
  for (const digest of digests) {
    await ctx.store.digests.subscriptions.update(ctx.workspace.id, digest.id, {
      pausedAt: ctx.now.toISOString(),
      pauseReason: `its report ${report.key} was deleted`,
    });
  }
  const paused =
    digests.length > 0
      ? ` ${digests.length === 1 ? 'Its digest is' : `Its ${digests.length} digests are`} paused (see: digests).`
      : '';
  return success(`Deleted ${report.key}. Its history is kept but it no longer appears anywhere.${paused}`);
}

export async function respondToReport(ctx: CommandContext, cmd: CommandOf<'respond'>, report: Report) {
  authorize(ctx.actor, cmd);
  const { who, text } = cmd;
  if ((who === 'force' ? report.forceResponse : report.pccResponse) === text) {
    return info(
      `${report.key}'s overall ${who === 'force' ? 'force' : 'PCC'} response already reads that way.`,
    );
  }
  await ctx.store.reports.update(
    ctx.workspace.id,
    report.id,
    who === 'force' ? { forceResponse: text } : { pccResponse: text },
  );
  return success(`Recorded the overall ${who === 'force' ? 'force' : 'PCC'} response for ${report.key}.`);
}

function reportFields(ctx: CommandContext, report: Report, steps: readonly Section55Step[] = []) {
  const fields = [{ label: 'Key', value: report.key }];
  if (report.publisher) fields.push({ label: 'Publisher', value: report.publisher });
  if (report.publishedOn) fields.push({ label: 'Published', value: formatDate(report.publishedOn) });
  const standing = s55Standing(report, steps, ctx.workspace.s55CommentsDays);
  if (standing) {
    // Once sent, the countdown stops: the card says when it went against the deadline instead.
    const label = standing.sent ? 'Section 55 response' : 'Section 55 response due';
    fields.push({ label, value: countdownText(standing, ctx.today) });
    fields.push({ label: 'Section 55 stage', value: stageText(standing) });
    if (standing.published?.url) fields.push({ label: 'Response online', value: standing.published.url });
  }
  if (report.link) fields.push({ label: 'Link', value: report.link });
  return fields;
}

/** Done, overdue and item counts per report, counted by the database. */
async function progressOf(ctx: CommandContext, reportIds: string[]): Promise<Map<string, ReportProgress>> {
  const counts = await ctx.store.items.progress(ctx.workspace.id, reportIds, ctx.today);
  return new Map(counts.map((c) => [c.reportId, c]));
}

function progress(
  ctx: CommandContext,
  report: Report,
  counts: ReportProgress | undefined,
  steps: readonly Section55Step[],
): string {
  const parts = [`${counts?.done ?? 0}/${counts?.total ?? 0} done`];
  if (counts && counts.overdue > 0) parts.push(`${counts.overdue} overdue`);
  const standing = s55Standing(report, steps, ctx.workspace.s55CommentsDays);
  if (standing && !standing.sent) parts.push(`s55 response due ${formatDate(standing.due)}`);
  else if (standing?.sent) parts.push(`s55 response ${sentWords(standing.sent.on, standing.due)}`);
  return parts.join(', ');
}
