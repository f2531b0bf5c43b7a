import { formatDate, type IsoDate } from '../dates/index.ts';
import type { CommandOf } from '../grammar/commands.ts';
import { formatRef } from '../grammar/refs.ts';
import { conditionalDueOn, effectiveDueOn } from '../model/deadline.ts';
import type { Deadline } from '../model/entities.ts';
import { isClosed, statusLabel } from '../model/status.ts';
import { authorize } from '../permissions.ts';
import { fail, question, type Reply, success } from '../reply/reply.ts';
import { appendUpdate, type CommandContext, findItem } from './context.ts';

/** Sets or revises a deadline. The original date is kept; a revision needs a reason and is counted. */
export async function reviseDeadline(ctx: CommandContext, cmd: CommandOf<'revise'>): Promise<Reply> {
  const retype = (full: string, n?: number, confirmed = cmd.confirmed) =>
    `${full} due ${formatDate(cmd.date)}${n ? ` deadline ${n}` : ''}${cmd.reason ? ` because ${cmd.reason}` : ''}${confirmed ? ' confirmed' : ''}`;
  const { report, item } = await findItem(ctx, cmd.item, (full) => retype(full));
  const ref = formatRef(report.key, item.ref);
  authorize(ctx.actor, cmd, { ownerId: item.ownerId, ref });
  if (isClosed(item.status)) {
    return fail(
      'deadline.closed',
      `${ref} is ${statusLabel(item.status)}, so its deadline no longer moves. To work on it again, reopen it first.`,
      `${ref} in progress: reopened because the audit found gaps`,
    );
  }
  const deadlines = await ctx.store.deadlines.listByItems(ctx.workspace.id, [item.id]);
  const dated = deadlines.filter((d) => d.dueOn !== null);
  const current = cmd.deadline !== null ? dated[cmd.deadline - 1] : dated.length === 1 ? dated[0] : undefined;
  const doubt = cmd.confirmed
    ? null
    : implausible(cmd.date, ctx.today, report.publishedOn, current?.dueOn ?? null);
  if (doubt !== null) {
    return question(`${doubt} Is ${formatDate(cmd.date)} right for ${ref}?`, [
      { label: `Yes, ${formatDate(cmd.date)}`, command: retype(ref, cmd.deadline ?? undefined, true) },
      { label: 'No, leave it', command: `${ref}`, readOnly: true },
    ]);
  }

  let target: Deadline | undefined;
  if (cmd.deadline !== null) {
    target = dated[cmd.deadline - 1];
    if (!target)
      fail(
        'deadline.no_such',
        `${ref} has ${dated.length} dated deadline${dated.length === 1 ? '' : 's'}.`,
        retype(ref, dated.length > 1 ? 1 : undefined),
      );
  } else if (dated.length > 1) {
    return question(
      `${ref} has ${dated.length} deadlines. Which one moves to ${formatDate(cmd.date)}?`,
      dated.map((d, i) => ({
        label: `${d.phrase} (${d.dueOn ? formatDate(d.dueOn) : ''})`,
        command: retype(ref, i + 1),
      })),
    );
  } else {
    target = dated[0];
  }

  if (!target) {
    // No dated deadline yet: this sets the first one, which is not slippage and needs no reason.
    const created: Deadline = {
      id: ctx.ids.next(),
      workspaceId: ctx.workspace.id,
      itemId: item.id,
      position: deadlines.length,
      kind: 'date',
      phrase: formatDate(cmd.date),
      originalOn: cmd.date,
      dueOn: cmd.date,
      duration: null,
      condition: null,
      eventOn: null,
      revisions: 0,
    };
    await ctx.store.deadlines.insert(created);
    await ctx.store.items.update(ctx.workspace.id, item.id, {
      dueOn: effectiveDueOn([...deadlines, created]),
    });
    await appendUpdate(ctx, item, {
      kind: 'deadline_revised',
      deadlineId: created.id,
      dueFrom: null,
      dueTo: cmd.date,
    });
    return success(`${ref} is now due ${formatDate(cmd.date)}.`);
  }

  if (target.dueOn === cmd.date) return success(`${ref} is already due ${formatDate(cmd.date)}.`);
  if (!cmd.reason) {
    return fail(
      'deadline.reason_required',
      `Moving a deadline needs a reason (committees watch slippage).`,
      `${retype(ref)} because the national tool slipped`,
    );
  }
  const limit = ctx.workspace.revisionLimit;
  if (limit !== null && target.revisions >= limit) {
    return fail(
      'deadline.revision_limit',
      `${ref}'s deadline has been revised ${target.revisions} time${target.revisions === 1 ? '' : 's'}; this workspace allows ${limit}. An admin can change the policy with: set revisions N`,
      `set revisions ${limit + 1}`,
    );
  }
  await ctx.store.deadlines.update(ctx.workspace.id, target.id, {
    dueOn: cmd.date,
    revisions: target.revisions + 1,
  });
  const after = deadlines.map((d) => (d.id === target.id ? { ...d, dueOn: cmd.date } : d));
  await ctx.store.items.update(ctx.workspace.id, item.id, { dueOn: effectiveDueOn(after) });
  await appendUpdate(ctx, item, {
    kind: 'deadline_revised',
    deadlineId: target.id,
    dueFrom: target.dueOn,
    dueTo: cmd.date,
    note: cmd.reason,
  });
  const original = target.originalOn ? ` Originally due ${formatDate(target.originalOn)}` : '';
  const count = target.revisions + 1;
  return success(
    `${ref} moved from ${target.dueOn ? formatDate(target.dueOn) : 'no date'} to ${formatDate(cmd.date)} because ${cmd.reason}.${original}; revised ${count} time${count === 1 ? '' : 's'}.`,
  );
}

/** Why a new due date looks like a slip of the keyboard, or null when it looks fine. */
function implausible(
  date: IsoDate,
  today: IsoDate,
  published: IsoDate | null,
  due: IsoDate | null,
): string | null {
  if (date < today) return `${formatDate(date)} is in the past.`;
  if (published !== null && date < published)
    return `${formatDate(date)} is before the report was published (${formatDate(published)}).`;
  if (due !== null && date < due) return `That brings the deadline forward from ${formatDate(due)}.`;
  return null;
}

/** Records that a conditional deadline's event happened, which starts its clock. */
export async function recordEvent(ctx: CommandContext, cmd: CommandOf<'event'>): Promise<Reply> {
  const { report, item } = await findItem(
    ctx,
    cmd.item,
    (full) => `${full} event happened ${formatDate(cmd.date)}`,
  );
  const ref = formatRef(report.key, item.ref);
  authorize(ctx.actor, cmd, { ownerId: item.ownerId, ref });
  const deadlines = await ctx.store.deadlines.listByItems(ctx.workspace.id, [item.id]);
  const waiting = deadlines.find((d) => d.kind === 'conditional' && d.eventOn === null);
  if (!waiting) {
    return fail('deadline.no_condition', `${ref} has no deadline waiting for an event.`, `${ref}`);
  }
  const dueOn = conditionalDueOn(waiting, cmd.date);
  await ctx.store.deadlines.update(ctx.workspace.id, waiting.id, { eventOn: cmd.date, dueOn });
  const after = deadlines.map((d) => (d.id === waiting.id ? { ...d, dueOn } : d));
  await ctx.store.items.update(ctx.workspace.id, item.id, { dueOn: effectiveDueOn(after) });
  await appendUpdate(ctx, item, {
    kind: 'event_recorded',
    deadlineId: waiting.id,
    dueTo: dueOn,
    note: waiting.condition,
  });
  return success(
    `Recorded for ${ref}: ${waiting.condition ?? 'the event'} on ${formatDate(cmd.date)}. That deadline is now ${dueOn ? formatDate(dueOn) : 'set'}.`,
  );
}
