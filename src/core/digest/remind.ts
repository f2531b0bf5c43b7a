import type { Messenger } from '../../ports/messenger.ts';
import { type IsoDate, todayIn } from '../dates/index.ts';
import type { Workspace } from '../model/entities.ts';
import { claimableAt, type DeliveryDeps, deliverReminder, lease, type RunResult } from './deliver.ts';
import type { DeliveryRun, RunIdentity } from './model.ts';
import { planReminders } from './reminders.ts';

export function sameDay(workspace: Workspace, at: string, now: Date): boolean {
  return todayIn(workspace.timeZone, new Date(at)) === todayIn(workspace.timeZone, now);
}

function reminderKey(memberId: string, day: IsoDate): string {
  return `reminder:${memberId}:${day}`;
}

/**
 * The workspace's reminders for today, once its reminder time has passed: one claimed batch per day,
 * and inside it one claimed run per owner, so an instance that dies half-way leaves the rest to the
 * next one and nobody gets two messages in a day.
 */
export async function sendReminders(
  deps: DeliveryDeps,
  workspace: Workspace,
  messenger: Messenger,
  now: Date,
): Promise<RunResult[]> {
  const slot = deps.schedules.latestAtOrBefore(deps.policy.reminderCron, workspace.timeZone, now);
  if (!slot || !sameDay(workspace, slot.toISOString(), now)) return [];
  const day = todayIn(workspace.timeZone, now);
  const batch: RunIdentity = {
    workspaceId: workspace.id,
    key: `reminders:${day}`,
    kind: 'reminders',
    subscriptionId: null,
    memberId: null,
    slotAt: slot.toISOString(),
    late: now.getTime() - slot.getTime() > deps.policy.lateAfterMs,
    manual: false,
  };
  const existing = await deps.store.digests.runs.find(workspace.id, batch.key);
  if (existing && !claimableAt(existing, now.toISOString())) return [];
  if (!(await deps.store.digests.runs.claim(batch, lease(deps)))) return [];
  const plans = await deps.store.transaction((tx) => planReminders(tx, workspace, day));
  const results: RunResult[] = [];
  for (const plan of plans) {
    const run = await deps.store.digests.runs.claim(
      { ...batch, key: reminderKey(plan.member.id, day), kind: 'reminder', memberId: plan.member.id },
      lease(deps),
    );
    if (run) results.push(await deliverReminder(deps, messenger, workspace, plan, day, run));
    if (!(await deps.store.digests.runs.renew(workspace.id, batch.key, deps.instance, lease(deps).until))) {
      return results;
    }
  }
  await deps.store.digests.runs.finish(workspace.id, batch.key, deps.instance, {
    status: 'sent',
    at: deps.clock.now().toISOString(),
    coveredUntil: null,
  });
  return results;
}

/** Another try at one owner's reminder of today, with what is due for them now. */
export async function retryReminder(
  deps: DeliveryDeps,
  workspace: Workspace,
  messenger: Messenger,
  run: DeliveryRun,
): Promise<RunResult | undefined> {
  const claimed = await deps.store.digests.runs.claim(run, lease(deps));
  if (!claimed) return undefined;
  const day = todayIn(workspace.timeZone, new Date(run.slotAt));
  const plans = await deps.store.transaction((tx) => planReminders(tx, workspace, day));
  const plan = plans.find((p) => p.member.id === run.memberId);
  if (!plan) {
    await deps.store.digests.runs.finish(workspace.id, run.key, deps.instance, {
      status: 'superseded',
      at: deps.clock.now().toISOString(),
      error: null,
    });
    return 'superseded';
  }
  return deliverReminder(deps, messenger, workspace, plan, day, claimed);
}
