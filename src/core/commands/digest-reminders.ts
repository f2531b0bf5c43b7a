import { formatDate } from '../dates/index.ts';
import type { CommandOf } from '../grammar/commands.ts';
import { formatRef } from '../grammar/refs.ts';
import { authorize } from '../permissions.ts';
import { info, type Reply, success } from '../reply/reply.ts';
import { type CommandContext, findItem } from './context.ts';

/** `snooze OSAEC23-5 1 week`, `unsnooze OSAEC23-5`, `reminders off|on`, `reminders`. */
export async function runReminderCommand(ctx: CommandContext, cmd: CommandOf<'reminder'>): Promise<Reply> {
  const { action } = cmd;
  const reminders = ctx.store.digests.reminders;
  switch (action.kind) {
    case 'snooze': {
      const retype = (full: string) => `snooze ${full} until ${formatDate(action.until)}`;
      const { report, item } = await findItem(ctx, action.item, retype);
      const ref = formatRef(report.key, item.ref);
      authorize(ctx.actor, cmd, { ownerId: item.ownerId, ref });
      await reminders.snooze({
        workspaceId: ctx.workspace.id,
        itemId: item.id,
        until: action.until,
        by: ctx.actor.id,
        at: ctx.now.toISOString(),
      });
      return success(
        `No reminders about ${ref} until ${formatDate(action.until)}. Undo with: unsnooze ${ref}`,
      );
    }
    case 'unsnooze': {
      const { report, item } = await findItem(ctx, action.item, (full) => `unsnooze ${full}`);
      const ref = formatRef(report.key, item.ref);
      authorize(ctx.actor, cmd, { ownerId: item.ownerId, ref });
      await reminders.unsnooze(ctx.workspace.id, item.id);
      return success(`Reminders about ${ref} are back on.`);
    }
    case 'opt_out':
      await reminders.setOptOut(ctx.workspace.id, ctx.actor.id, ctx.now.toISOString());
      return success(
        'You will get no more reminders. Channel digests still list your items. Undo with: reminders on',
      );
    case 'opt_in':
      await reminders.setOptOut(ctx.workspace.id, ctx.actor.id, null);
      return success(
        'Reminders are on: one message a day at most, when your items are coming due or overdue.',
      );
    case 'show':
      return showReminders(ctx);
  }
}

async function showReminders(ctx: CommandContext): Promise<Reply> {
  const reminders = ctx.store.digests.reminders;
  const off = (await reminders.listOptOuts(ctx.workspace.id)).includes(ctx.actor.id);
  const mine = new Map(
    (await ctx.store.items.listByOwner(ctx.workspace.id, ctx.actor.id)).map((i) => [i.id, i]),
  );
  const reports = new Map((await ctx.store.reports.list(ctx.workspace.id)).map((r) => [r.id, r.key]));
  const snoozed = (await reminders.listSnoozes(ctx.workspace.id)).flatMap((s) => {
    const item = mine.get(s.itemId);
    const key = item ? reports.get(item.reportId) : undefined;
    return item && key && s.until > ctx.today
      ? [`${formatRef(key, item.ref)} until ${formatDate(s.until)}`]
      : [];
  });
  const state = off
    ? 'Your reminders are off (turn them on with: reminders on).'
    : `You get one message a day at 09:00 (${ctx.workspace.timeZone}) when your items are due in a week, tomorrow or today, and weekly while overdue.`;
  const lines =
    snoozed.length > 0
      ? `Snoozed: ${snoozed.join('; ')}`
      : 'Nothing snoozed (snooze one with: snooze OSAEC23-5 1 week).';
  return info(`${state} ${lines}`, [{ type: 'text', text: `${state}\n${lines}` }]);
}
