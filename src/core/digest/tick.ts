import type { Messengers } from '../../ports/messenger.ts';
import {
  claimableAt,
  type DeliveryDeps,
  deliverDigest,
  lease,
  type RunResult,
  supersede,
} from './deliver.ts';
import type { ActiveSubscription, RunIdentity } from './model.ts';
import { retryReminder, sameDay, sendReminders } from './remind.ts';
import { workspaceSnapshot } from './scope.ts';

export type TickDeps = DeliveryDeps & { messengers: Messengers };

/** What one tick did, run by run outcome (for logs and tests). */
export type TickSummary = Record<RunResult, number>;

export type TickOptions = {
  /** Only deliver `digest now` requests (a one-off console session must not send the day's reminders). */
  manualOnly?: boolean;
};

export function digestKey(subscriptionId: string, slot: Date): string {
  return `digest:${subscriptionId}:${slot.toISOString()}`;
}

/**
 * One pass of the scheduler over every workspace this instance has a messenger for: each subscription's
 * latest slot (so after downtime only the latest missed one is sent, marked late), `digest now`
 * requests and retries that are due, and the day's reminders. Each delivery is claimed in the run
 * ledger first, so however many instances tick at once, each happens once.
 */
export async function runDeliveries(deps: TickDeps, options: TickOptions = {}): Promise<TickSummary> {
  const summary: TickSummary = {
    sent: 0,
    skipped: 0,
    unreachable: 0,
    retry: 0,
    failed: 0,
    superseded: 0,
    lost: 0,
  };
  const count = (result: RunResult | undefined) => {
    if (result) summary[result]++;
  };
  const now = deps.clock.now();
  const workspaces = new Map((await deps.store.digests.listWorkspaces()).map((w) => [w.id, w]));
  const servable = (workspaceId: string) => {
    const workspace = workspaces.get(workspaceId);
    const messenger = workspace ? deps.messengers[workspace.platform] : undefined;
    return workspace && messenger ? { workspace, messenger } : undefined;
  };
  const active = (await deps.store.digests.subscriptions.listActive()).filter((a) =>
    servable(a.subscription.workspaceId),
  );
  const latest = new Map<string, string>();
  if (!options.manualOnly) {
    const due = new Map<string, { entry: ActiveSubscription; run: RunIdentity }[]>();
    for (const entry of active) {
      const run = scheduledSlot(deps, entry, now, latest);
      if (run) due.set(run.workspaceId, [...(due.get(run.workspaceId) ?? []), { entry, run }]);
    }
    // Workspaces side by side, a few at a time (a post waits on the platform, not on us); within one,
    // its subscriptions one after another over one snapshot of its items.
    await eachAtOnce([...due.values()], deps.policy.workspacesAtOnce, async (slot) => {
      for (const result of await deliverSlot(deps, slot, now)) count(result);
    });
  }
  const subscriptions = new Map(active.map((a) => [a.subscription.id, a]));
  for (const run of await deps.store.digests.runs.listClaimable(now.toISOString())) {
    const target = servable(run.workspaceId);
    if (!target || (options.manualOnly && !run.manual)) continue;
    if (run.kind === 'digest') {
      const entry = run.subscriptionId === null ? undefined : subscriptions.get(run.subscriptionId);
      if (run.manual) {
        const subscription =
          entry?.subscription ??
          (run.subscriptionId === null
            ? undefined
            : await deps.store.digests.subscriptions.findById(run.workspaceId, run.subscriptionId));
        const claimed = subscription ? await deps.store.digests.runs.claim(run, lease(deps)) : undefined;
        if (subscription && claimed) {
          count(await deliverDigest(deps, target.messenger, target.workspace, subscription, claimed));
        }
      } else if (latest.get(run.subscriptionId ?? '') !== run.key) {
        // An older slot (a newer one has come) or a paused subscription's: never sent late.
        count(await supersede(deps, run));
      }
    } else if (!sameDay(target.workspace, run.slotAt, now)) {
      // Yesterday's reminders are not sent today: today's own reminder says what is due now.
      count(await supersede(deps, run));
    } else if (run.kind === 'reminder') {
      count(await retryReminder(deps, target.workspace, target.messenger, run));
    }
  }
  if (!options.manualOnly) {
    for (const workspace of workspaces.values()) {
      const messenger = deps.messengers[workspace.platform];
      if (messenger) for (const result of await sendReminders(deps, workspace, messenger, now)) count(result);
    }
  }
  return summary;
}

/** The subscription's latest slot at or before now, if it is after the schedule was set. */
function scheduledSlot(
  deps: TickDeps,
  { subscription, workspace }: ActiveSubscription,
  now: Date,
  latest: Map<string, string>,
): RunIdentity | undefined {
  const zone = subscription.timeZone ?? workspace.timeZone;
  let slot: Date | null;
  try {
    slot = deps.schedules.latestAtOrBefore(subscription.cron, zone, now);
  } catch (error) {
    deps.logger.error('digest schedule unusable', { subscription: subscription.id, error: String(error) });
    return undefined;
  }
  if (!slot || slot.toISOString() < subscription.scheduleFrom) return undefined;
  const key = digestKey(subscription.id, slot);
  latest.set(subscription.id, key);
  return {
    workspaceId: workspace.id,
    key,
    kind: 'digest',
    subscriptionId: subscription.id,
    memberId: null,
    slotAt: slot.toISOString(),
    late: now.getTime() - slot.getTime() > deps.policy.lateAfterMs,
    manual: false,
  };
}

/**
 * One workspace's digests of the slot: those still open claimed together, then each built from one
 * snapshot and posted in turn. The ledger is read first, in one query: most ticks find the slot done,
 * and a read doesn't take the database's write lock.
 */
async function deliverSlot(
  deps: TickDeps,
  slot: readonly { entry: ActiveSubscription; run: RunIdentity }[],
  now: Date,
): Promise<RunResult[]> {
  const first = slot[0];
  const messenger = first && deps.messengers[first.entry.workspace.platform];
  if (!first || !messenger) return [];
  const workspace = first.entry.workspace;
  const known = new Map(
    (
      await deps.store.digests.runs.findAll(
        workspace.id,
        slot.map(({ run }) => run.key),
      )
    ).map((run) => [run.key, run]),
  );
  const open = slot.filter(({ run }) => {
    const existing = known.get(run.key);
    return !existing || claimableAt(existing, now.toISOString());
  });
  if (open.length === 0) return [];
  const claimed = await deps.store.digests.runs.claimAll(
    workspace.id,
    open.map(({ run }) => run),
    lease(deps),
  );
  const subscriptions = new Map(open.map(({ entry, run }) => [run.key, entry.subscription]));
  const snapshot = workspaceSnapshot(deps.store, workspace);
  const results: RunResult[] = [];
  for (const run of claimed) {
    const subscription = subscriptions.get(run.key);
    if (subscription) {
      results.push(await deliverDigest(deps, messenger, workspace, subscription, run, snapshot));
    }
  }
  return results;
}

/** Runs `fn` over every entry with at most `limit` running at once. */
async function eachAtOnce<T>(entries: readonly T[], limit: number, fn: (entry: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const entry = entries[next++];
      if (entry !== undefined) await fn(entry);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, entries.length)) }, worker));
}
