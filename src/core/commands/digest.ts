import type { ScheduleCalendar } from '../../ports/schedule.ts';
import { canonicalTimeZone, isValidTimeZone } from '../dates/index.ts';

import { channelKey } from '../digest/address.ts';
import { formatSlot } from '../digest/format.ts';
import type { Subscription } from '../digest/model.ts';
import type { CommandOf } from '../grammar/commands.ts';
import { DIGEST_EXAMPLE } from '../grammar/digest.ts';
import { statusLabel } from '../model/status.ts';
import { authorize } from '../permissions.ts';
import { fail, info, type Reply, success } from '../reply/reply.ts';
import { type CommandContext, findPerson, findReport } from './context.ts';
import { channelLabel, listDigests, zoneOf } from './digest-list.ts';

type Action = CommandOf<'digest'>['action'];

/** `digest ...` and `digests`: subscribe a channel, stop or resume it, post it now, list them all. */
export async function runDigestCommand(ctx: CommandContext, cmd: CommandOf<'digest'>): Promise<Reply> {
  const { action } = cmd;
  authorize(ctx.actor, cmd);
  switch (action.kind) {
    case 'subscribe':
      return subscribe(ctx, action);
    case 'off':
      return unsubscribe(ctx, action.index);
    case 'resume':
      return resume(ctx, action.index);
    case 'now':
      return postNow(ctx);
    case 'list':
      return listDigests(ctx);
  }
}

function calendar(ctx: CommandContext): ScheduleCalendar {
  return (
    ctx.schedules ??
    fail(
      'digest.unavailable',
      'Digests are not available here: this rectrack runs without its scheduler. The lists they hold are:',
      'overdue',
    )
  );
}

function here(ctx: CommandContext): { address: unknown; name: string | null; key: string } {
  const key = ctx.channel ? channelKey(ctx.channel.address) : null;
  if (!ctx.channel || key === null) {
    return fail(
      'digest.no_channel',
      'Type this in the channel that should get the digest (I can only post digests in channels).',
      DIGEST_EXAMPLE,
    );
  }
  return { address: ctx.channel.address, name: ctx.channel.name ?? null, key };
}

async function subscribe(
  ctx: CommandContext,
  action: Extract<Action, { kind: 'subscribe' }>,
): Promise<Reply> {
  const channel = here(ctx);
  const schedules = calendar(ctx);
  const problem = schedules.check(action.cron);
  if (problem) fail('digest.bad_cron', `That schedule doesn't work: ${problem}`, 'digest cron "0 9 * * 1-5"');
  if (action.timeZone !== null && !isValidTimeZone(action.timeZone)) {
    fail(
      'digest.bad_time_zone',
      `"${action.timeZone}" is not a time zone I know. Use an IANA name.`,
      'digest weekly Monday 9am in Europe/London',
    );
  }
  const report = action.report === null ? null : await findReport(ctx, action.report);
  const owner =
    action.owner === null
      ? null
      : await findPerson(ctx, action.owner, (mention) => `${DIGEST_EXAMPLE} owner ${mention}`);
  const now = ctx.now.toISOString();
  const settings = {
    address: channel.address,
    channelName: channel.name,
    cron: action.cron,
    scheduleLabel: action.label,
    timeZone: action.timeZone === null ? null : canonicalTimeZone(action.timeZone),
    filters: { reportId: report?.id ?? null, ownerId: owner?.id ?? null, statuses: action.statuses },
    skipEmpty: action.skipEmpty,
    // A new or changed schedule starts now: it never posts for slots already past.
    scheduleFrom: now,
    pausedAt: null,
    pauseReason: null,
    failures: 0,
  };
  const existing = await ctx.store.digests.subscriptions.findByChannel(ctx.workspace.id, channel.key);
  const subscription: Subscription = existing
    ? { ...existing, ...settings }
    : {
        id: ctx.ids.next(),
        workspaceId: ctx.workspace.id,
        channelKey: channel.key,
        createdBy: ctx.actor.id,
        createdAt: now,
        ...settings,
      };
  if (existing) await ctx.store.digests.subscriptions.update(ctx.workspace.id, existing.id, settings);
  else await ctx.store.digests.subscriptions.insert(subscription);
  const zone = zoneOf(ctx, subscription);
  const next = schedules.nextAfter(subscription.cron, zone, ctx.now);
  const when = next ? `, next on ${formatSlot(next, zone)}` : '';
  const verb = existing ? 'now gets' : 'will get';
  return success(
    `${channelLabel(subscription)} ${verb} the digest ${subscription.scheduleLabel} (${zone})${when}.`,
    [
      {
        type: 'fields',
        fields: describe(ctx, subscription, report?.key ?? null, owner?.displayName ?? null),
      },
      { type: 'text', text: 'See it now: digest now · Stop it: digest off · Every digest here: digests' },
    ],
  );
}

async function chosen(ctx: CommandContext, index: number | null): Promise<Subscription> {
  if (index !== null) {
    const all = await ctx.store.digests.subscriptions.list(ctx.workspace.id);
    const picked = all[index - 1];
    if (picked) return picked;
    return fail('digest.no_such', `There is no digest number ${index}. See them with: digests`, 'digests');
  }
  const channel = here(ctx);
  const found = await ctx.store.digests.subscriptions.findByChannel(ctx.workspace.id, channel.key);
  return found ?? fail('digest.none_here', 'This channel has no digest. Subscribe it with:', DIGEST_EXAMPLE);
}

async function unsubscribe(ctx: CommandContext, index: number | null): Promise<Reply> {
  const subscription = await chosen(ctx, index);
  await ctx.store.digests.subscriptions.delete(ctx.workspace.id, subscription.id);
  return success(`${channelLabel(subscription)} no longer gets the digest.`);
}

async function resume(ctx: CommandContext, index: number | null): Promise<Reply> {
  const subscription = await chosen(ctx, index);
  if (subscription.pausedAt === null) return info(`${channelLabel(subscription)}'s digest is not paused.`);
  await ctx.store.digests.subscriptions.update(ctx.workspace.id, subscription.id, {
    pausedAt: null,
    pauseReason: null,
    failures: 0,
    // Slots missed while paused stay missed; the next one is posted.
    scheduleFrom: ctx.now.toISOString(),
  });
  return success(`${channelLabel(subscription)}'s digest is back on, ${subscription.scheduleLabel}.`);
}

/** Asks the scheduler to post this channel's digest now; the schedule itself is untouched. */
async function postNow(ctx: CommandContext): Promise<Reply> {
  calendar(ctx);
  const subscription = await chosen(ctx, null);
  const now = ctx.now.toISOString();
  await ctx.store.digests.runs.request(
    {
      workspaceId: ctx.workspace.id,
      key: `now:${ctx.ids.next()}`,
      kind: 'digest',
      subscriptionId: subscription.id,
      memberId: null,
      slotAt: now,
      late: false,
      manual: true,
    },
    now,
  );
  return success(`Posting the digest in ${channelLabel(subscription)} now (it takes a moment).`);
}

function describe(ctx: CommandContext, s: Subscription, report: string | null, owner: string | null) {
  const covers = [
    report ? `report ${report}` : 'every report',
    owner ? `owned by ${owner}` : null,
    s.filters.statuses.length > 0 ? s.filters.statuses.map(statusLabel).join(', ') : null,
  ]
    .filter((p) => p !== null)
    .join(', ');
  return [
    { label: 'Schedule', value: s.scheduleLabel },
    { label: 'Time zone', value: zoneOf(ctx, s) + (s.timeZone === null ? ' (the workspace’s)' : '') },
    { label: 'Covers', value: covers },
    {
      label: 'When there is nothing to report',
      value: s.skipEmpty ? 'no post' : 'one line: nothing overdue',
    },
  ];
}
