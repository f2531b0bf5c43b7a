import type { Store } from '../../ports/store.ts';
import { addDays, daysBetween, type IsoDate } from '../dates/index.ts';
import type { Item, Member, Workspace } from '../model/entities.ts';
import { isClosed } from '../model/status.ts';
import { type Block, info, type Reply } from '../reply/reply.ts';
import { itemLine } from '../view/item-view.ts';
import { formatDay, plural } from './format.ts';
import { type Section55Reminder, section55Blocks, section55Reminders } from './section55-reminders.ts';

/** Why an item is in today's reminder: due in a week, tomorrow, today, or (weekly) still overdue. */
export type ReminderReason = 'week' | 'tomorrow' | 'today' | 'overdue';

/** Days before the deadline that bring a reminder. */
const AHEAD: Record<number, ReminderReason> = { 7: 'week', 1: 'tomorrow', 0: 'today' };

/**
 * Whether an item belongs in its owner's reminder on `day`. Overdue items come back once a week,
 * starting the day after the deadline, and on the day a snooze ends; a snoozed item stays silent
 * until then.
 */
export function reminderReason(
  item: Pick<Item, 'status' | 'dueOn' | 'ownerId'>,
  day: IsoDate,
  snoozedUntil: IsoDate | undefined,
): ReminderReason | null {
  if (item.ownerId === null || item.dueOn === null || isClosed(item.status)) return null;
  if (snoozedUntil !== undefined && day < snoozedUntil) return null;
  const days = daysBetween(day, item.dueOn);
  if (days >= 0) return AHEAD[days] ?? null;
  return -days % 7 === 1 || snoozedUntil === day ? 'overdue' : null;
}

export type OwnerReminder = {
  member: Member;
  items: { item: Item; reportKey: string; reason: ReminderReason }[];
  /** Section 55 responses and comments coming due: admins only. */
  section55: Section55Reminder[];
};

/**
 * Everyone who gets a reminder on `day`, with their items (and, for admins, section 55 responses
 * coming due); members who opted out get none.
 */
export async function planReminders(
  store: Store,
  workspace: Workspace,
  day: IsoDate,
): Promise<OwnerReminder[]> {
  const candidates = await store.items.listOpenDueBy(workspace.id, addDays(day, 7));
  const section55 = await section55Reminders(store, workspace, day);
  if (candidates.length === 0 && section55.length === 0) return [];
  const [members, reports, snoozes, optOuts] = await Promise.all([
    store.members.list(workspace.id),
    store.reports.list(workspace.id),
    store.digests.reminders.listSnoozes(workspace.id),
    store.digests.reminders.listOptOuts(workspace.id),
  ]);
  const snoozed = new Map(snoozes.map((s) => [s.itemId, s.until]));
  const keys = new Map(reports.map((r) => [r.id, r.key]));
  const muted = new Set(optOuts);
  const plans = new Map<string, OwnerReminder>();
  for (const member of members) {
    if (muted.has(member.id)) continue;
    plans.set(member.id, { member, items: [], section55: member.role === 'admin' ? section55 : [] });
  }
  for (const item of candidates) {
    const reason = reminderReason(item, day, snoozed.get(item.id));
    const plan = item.ownerId === null ? undefined : plans.get(item.ownerId);
    const reportKey = keys.get(item.reportId);
    if (reason && plan && reportKey) plan.items.push({ item, reportKey, reason });
  }
  return [...plans.values()].filter((p) => p.items.length > 0 || p.section55.length > 0);
}

const SECTIONS: { reason: ReminderReason; title: string }[] = [
  { reason: 'overdue', title: 'Overdue' },
  { reason: 'today', title: 'Due today' },
  { reason: 'tomorrow', title: 'Due tomorrow' },
  { reason: 'week', title: 'Due in a week' },
];

/** One owner's aggregated reminder for the day: every item that needs them, in one message. */
export function reminderReply(reminder: OwnerReminder, workspace: Workspace, day: IsoDate): Reply {
  const owners = new Map([[reminder.member.id, reminder.member]]);
  const blocks: Block[] = [{ type: 'heading', text: `Your items · ${formatDay(day)}` }];
  for (const { reason, title } of SECTIONS) {
    const lines = reminder.items
      .filter((entry) => entry.reason === reason)
      .map(({ item, reportKey }) => itemLine(item, reportKey, owners, workspace, day));
    if (lines.length > 0) blocks.push({ type: 'items', title, items: lines });
  }
  const first = reminder.items[0];
  if (first) {
    const example = `${first.reportKey}-${first.item.ref}`;
    blocks.push({
      type: 'text',
      text: `Update one: ${example} in progress: what happened · Snooze one: snooze ${example} 1 week · Stop these messages: reminders off`,
    });
  }
  blocks.push(...section55Blocks(reminder.section55, day));
  const n = reminder.items.length;
  const s55 = new Set(reminder.section55.map((r) => r.report.key));
  const parts = [
    ...(n > 0 ? [`${plural(n, 'item')} of yours ${n === 1 ? 'needs' : 'need'} attention`] : []),
    ...(s55.size === 1 ? [`the section 55 response for ${[...s55].join('')} is coming due`] : []),
    ...(s55.size > 1 ? [`the section 55 responses for ${[...s55].join(', ')} are coming due`] : []),
  ];
  return info(`Reminder: ${parts.join('; ')}.`, blocks);
}
