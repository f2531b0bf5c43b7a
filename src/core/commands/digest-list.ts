import { formatSlot } from '../digest/format.ts';
import type { DeliveryRun, Subscription } from '../digest/model.ts';
import { DIGEST_EXAMPLE } from '../grammar/digest.ts';
import { statusLabel } from '../model/status.ts';
import { type Block, info, type Reply } from '../reply/reply.ts';
import type { CommandContext } from './context.ts';

/** `digests`: every subscription of the workspace, its next post and how its last one went. */
export async function listDigests(ctx: CommandContext): Promise<Reply> {
  const all = await ctx.store.digests.subscriptions.list(ctx.workspace.id);
  const optedOut = await ctx.store.digests.reminders.listOptOuts(ctx.workspace.id);
  const names = await Promise.all(optedOut.map((id) => ctx.store.members.findById(ctx.workspace.id, id)));
  const muted = names.flatMap((m) => (m ? [m.displayName] : []));
  const reminders = `Reminders: owners get one direct message a day at 09:00 (${ctx.workspace.timeZone}) for items due in a week, tomorrow or today, and weekly while overdue.${muted.length > 0 ? ` Opted out: ${muted.join(', ')}.` : ''}`;
  if (all.length === 0) {
    return info(`No channel gets a digest yet. In a channel, type: ${DIGEST_EXAMPLE}`, [
      { type: 'text', text: `No channel gets a digest yet. In a channel, type: ${DIGEST_EXAMPLE}` },
      { type: 'text', text: reminders },
    ]);
  }
  const blocks: Block[] = [{ type: 'heading', text: 'Digests' }];
  for (const [i, subscription] of all.entries()) {
    const runs = await ctx.store.digests.runs.listBySubscription(ctx.workspace.id, subscription.id, 5);
    blocks.push({ type: 'text', text: entry(ctx, i + 1, subscription, runs) });
  }
  blocks.push({ type: 'text', text: reminders });
  const paused = all.filter((s) => s.pausedAt !== null).length;
  const summary = `${all.length} digest${all.length === 1 ? '' : 's'} in this workspace${paused > 0 ? `, ${paused} paused` : ''}.`;
  return info(summary, blocks);
}

function entry(
  ctx: CommandContext,
  n: number,
  subscription: Subscription,
  runs: readonly DeliveryRun[],
): string {
  const zone = zoneOf(ctx, subscription);
  const lines = [
    `${n}. ${channelLabel(subscription)} · ${subscription.scheduleLabel} (${zone})${scopeText(subscription)}`,
  ];
  if (subscription.pausedAt !== null) {
    const why = subscription.failures > 0 ? ` after ${subscription.failures} failed deliveries` : '';
    lines.push(
      `   Paused${why}: ${subscription.pauseReason ?? 'unknown'}. Fix it, then: digest resume ${n} (or digest off ${n})`,
    );
  } else {
    const next = ctx.schedules?.nextAfter(subscription.cron, zone, ctx.now);
    if (next) lines.push(`   Next: ${formatSlot(next, zone)}`);
  }
  const last = runs.find(
    (r) => r.status !== 'pending' && r.status !== 'claimed' && r.status !== 'superseded',
  );
  if (last)
    lines.push(
      `   Last: ${outcome(last)}, for ${formatSlot(new Date(last.slotAt), zone)}${last.late ? ' (late)' : ''}${last.manual ? ' (on request)' : ''}`,
    );
  else lines.push('   Last: nothing posted yet');
  return lines.join('\n');
}

function outcome(run: DeliveryRun): string {
  switch (run.status) {
    case 'sent':
      return 'posted';
    case 'skipped':
      return 'skipped (nothing to report)';
    case 'retry':
      return `failed, trying again (${run.error ?? 'no reason given'})`;
    case 'failed':
      return `failed (${run.error ?? 'no reason given'})`;
    default:
      return run.status;
  }
}

export function channelLabel(subscription: Pick<Subscription, 'channelName'>): string {
  return subscription.channelName ? `#${subscription.channelName.replace(/^#/, '')}` : 'This channel';
}

export function zoneOf(ctx: CommandContext, subscription: Pick<Subscription, 'timeZone'>): string {
  return subscription.timeZone ?? ctx.workspace.timeZone;
}

function scopeText(subscription: Subscription): string {
  const { reportId, ownerId, statuses } = subscription.filters;
  const parts = [];
  if (reportId !== null) parts.push('one report');
  if (ownerId !== null) parts.push('one owner');
  if (statuses.length > 0) parts.push(statuses.map(statusLabel).join(', '));
  return parts.length > 0 ? ` · ${parts.join(', ')}` : '';
}
