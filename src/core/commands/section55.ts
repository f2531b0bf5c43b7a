import { formatDate } from '../dates/index.ts';
import type { CommandOf } from '../grammar/commands.ts';
import { formatRef } from '../grammar/refs.ts';
import type { Report } from '../model/entities.ts';
import {
  againstDeadline,
  currentStage,
  nextStage,
  S55_STAGES,
  type S55Stage,
  type Section55Step,
  STAGE_LABELS,
  stageCommand,
  stepOf,
} from '../model/section55.ts';
import { authorize } from '../permissions.ts';
import { type Block, type Choice, fail, info, type Reply, success } from '../reply/reply.ts';
import { countdownText, type S55Standing, s55Standing, stageText } from '../view/section55-view.ts';
import { type CommandContext, findReport, memberName } from './context.ts';

/** Records that a report's section 55 response reached a stage: in order, once each, by an admin. */
export async function recordStage(ctx: CommandContext, cmd: CommandOf<'s55_stage'>): Promise<Reply> {
  authorize(ctx.actor, cmd);
  const report = await section55Report(ctx, cmd.key);
  const steps = await ctx.store.section55.listByReports(ctx.workspace.id, [report.id]);
  const done = stepOf(steps, cmd.stage);
  if (done) {
    const who = await memberName(ctx, done.actorId);
    return info(
      `${report.key}: "${STAGE_LABELS[cmd.stage]}" was already recorded by ${who}, on ${formatDate(done.on)}.`,
      await stageBlocks(ctx, report, steps),
    );
  }
  const current = currentStage(steps);
  const expected = nextStage(current);
  if (expected !== cmd.stage && expected !== null) {
    return fail(
      's55.out_of_order',
      `${report.key}'s response is at "${STAGE_LABELS[current]}", so the next step is "${STAGE_LABELS[expected]}". Record that first.`,
      stageCommand(report.key, expected),
    );
  }
  const on = cmd.on ?? ctx.today;
  checkDay(report, steps, cmd.stage, on, ctx.today);
  if (cmd.stage === 'approved' && !cmd.confirmed) {
    const gaps = await missingResponses(ctx, report);
    if (gaps.length > 0) return askBeforeApproving(report, gaps, cmd.on);
  }
  const step: Section55Step = {
    id: ctx.ids.next(),
    workspaceId: ctx.workspace.id,
    reportId: report.id,
    stage: cmd.stage,
    on,
    url: cmd.url,
    actorId: ctx.actor.id,
    at: ctx.now.toISOString(),
  };
  await ctx.store.section55.append(step);
  const all = [...steps, step];
  return success(
    recordedText(report, step, all, ctx.workspace.s55CommentsDays),
    await stageBlocks(ctx, report, all),
  );
}

/** `OSAEC23 stage`: every step with who recorded it and when, and what comes next. */
export async function showStages(ctx: CommandContext, cmd: CommandOf<'s55_show'>): Promise<Reply> {
  const report = await section55Report(ctx, cmd.key);
  const steps = await ctx.store.section55.listByReports(ctx.workspace.id, [report.id]);
  const standing = standingOf(ctx, report, steps);
  return {
    ...info(`${report.key}: section 55 response ${stageText(standing)}.`, [
      { type: 'heading', text: `${report.key} · section 55 response` },
      ...(await stageBlocks(ctx, report, steps)),
    ]),
    readOnly: true,
  };
}

async function section55Report(ctx: CommandContext, key: string): Promise<Report> {
  const report = await findReport(ctx, key);
  if (!report.section55 || report.publishedOn === null) {
    return fail(
      's55.not_section55',
      `${report.key} is not a section 55 report, so its response has no stages to record. Only a report registered with s55 (and its publication date) has them.`,
      `report ${report.key}`,
    );
  }
  return report;
}

function standingOf(ctx: CommandContext, report: Report, steps: readonly Section55Step[]): S55Standing {
  const standing = s55Standing(report, steps, ctx.workspace.s55CommentsDays);
  // section55Report let only reports with a due date through.
  if (!standing) throw new Error(`report ${report.id} has no section 55 due date`);
  return standing;
}

/** A step happens on a day: not in the future, not before publication, not before the step before it. */
function checkDay(
  report: Report,
  steps: readonly Section55Step[],
  stage: S55Stage,
  on: string,
  today: string,
): void {
  const example = stageCommand(report.key, stage);
  if (on > today) {
    fail(
      's55.future',
      `${formatDate(on)} hasn't come yet: record a step once it has happened (leave the date out for today).`,
      example,
    );
  }
  if (report.publishedOn !== null && on < report.publishedOn) {
    fail(
      's55.before_publication',
      `${formatDate(on)} is before ${report.key} was published (${formatDate(report.publishedOn)}).`,
      example,
    );
  }
  const before = steps.filter((s) => S55_STAGES.indexOf(s.stage) < S55_STAGES.indexOf(stage)).at(-1);
  if (before && on < before.on) {
    fail(
      's55.before_previous',
      `${formatDate(on)} is before the step it follows ("${STAGE_LABELS[before.stage]}", ${formatDate(before.on)}).`,
      example,
    );
  }
}

type Gap = { text: string; command: string };

/** What the response still lacks: items without a force or PCC response, and the overall responses. */
async function missingResponses(ctx: CommandContext, report: Report): Promise<Gap[]> {
  const items = await ctx.store.items.listByReport(ctx.workspace.id, report.id);
  const gaps: Gap[] = [];
  for (const item of items) {
    const ref = formatRef(report.key, item.ref);
    const lacking = [...(item.forceResponse ? [] : ['force']), ...(item.pccResponse ? [] : ['pcc'])];
    const first = lacking[0];
    if (first === undefined) continue;
    const named = lacking.map((who) => (who === 'pcc' ? 'PCC' : who)).join(' or ');
    gaps.push({ text: `${ref}: no ${named} response`, command: `respond ${ref} ${first}: text` });
  }
  if (!report.forceResponse)
    gaps.push({ text: 'the overall force response', command: `respond ${report.key} force: text` });
  if (!report.pccResponse)
    gaps.push({ text: 'the overall PCC response', command: `respond ${report.key} pcc: text` });
  return gaps;
}

const GAPS_SHOWN = 20;

function askBeforeApproving(report: Report, gaps: readonly Gap[], on: string | null): Reply {
  const shown = gaps.slice(0, GAPS_SHOWN).map((g) => g.text);
  const more = gaps.length > shown.length ? `\n…and ${gaps.length - shown.length} more` : '';
  const dated = on ? ` on ${formatDate(on)}` : '';
  const choices: Choice[] = [
    { label: 'Approve anyway', command: `${report.key} approved${dated} confirmed`, style: 'primary' },
    { label: `Show ${report.key}`, command: `report ${report.key}`, readOnly: true },
  ];
  return {
    kind: 'question',
    text: `Before approving: ${gaps.length} part${gaps.length === 1 ? '' : 's'} of ${report.key}'s section 55 response ${gaps.length === 1 ? 'is' : 'are'} still missing. Approve it anyway?`,
    blocks: [
      { type: 'text', text: `Missing:\n${shown.join('\n')}${more}` },
      { type: 'text', text: `Record one with: ${gaps[0]?.command ?? `respond ${report.key} pcc: text`}` },
      { type: 'choices', choices },
    ],
  };
}

function recordedText(
  report: Report,
  step: Section55Step,
  steps: readonly Section55Step[],
  commentsDays: number,
): string {
  const standing = s55Standing(report, steps, commentsDays);
  const day = formatDate(step.on);
  const next = nextStage(step.stage);
  const then = next ? ` Next: ${STAGE_LABELS[next]} (${stageCommand(report.key, next)}).` : '';
  switch (step.stage) {
    case 'sent': {
      const when = standing ? `, ${againstDeadline(step.on, standing.due)}` : '';
      return `${report.key}'s section 55 response was sent to HMICFRS and the Home Secretary on ${day}${when}. The countdown has stopped.${then}`;
    }
    case 'published':
      return `${report.key}'s section 55 response was published on ${day}: ${step.url ?? ''}. Every step is done.`;
    default:
      return `${report.key}: ${STAGE_LABELS[step.stage]} on ${day}.${then}`;
  }
}

/** The checklist: the due dates, then each stage with who recorded it and the day it happened. */
async function stageBlocks(
  ctx: CommandContext,
  report: Report,
  steps: readonly Section55Step[],
): Promise<Block[]> {
  const standing = standingOf(ctx, report, steps);
  const fields = [
    { label: 'Section 55 response', value: countdownText(standing, ctx.today) },
    {
      label: "Chief constable's comments due",
      value: `${formatDate(standing.commentsDue)} (${ctx.workspace.s55CommentsDays} days before)`,
    },
  ];
  for (const stage of S55_STAGES) {
    const step = stepOf(steps, stage);
    const who = step ? await memberName(ctx, step.actorId) : null;
    const value = step
      ? `${formatDate(step.on)}${step.url ? ` at ${step.url}` : ''} (recorded by ${who})`
      : 'not yet';
    fields.push({ label: capitalise(STAGE_LABELS[stage]), value });
  }
  const blocks: Block[] = [{ type: 'fields', fields }];
  // Publishing needs the address it is at, which a button cannot know: that one is typed.
  if (standing.next === 'published') {
    blocks.push({ type: 'text', text: `Once it is online: ${stageCommand(report.key, 'published')}` });
  } else if (standing.next) {
    blocks.push({
      type: 'choices',
      choices: [
        {
          label: capitalise(STAGE_LABELS[standing.next]).slice(0, 40),
          command: stageCommand(report.key, standing.next),
        },
      ],
    });
  }
  return blocks;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
