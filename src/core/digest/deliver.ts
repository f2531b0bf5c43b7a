import type { Clock } from '../../ports/clock.ts';
import type { Logger } from '../../ports/logger.ts';
import type { DeliveryWorkspace, Messenger, PostReceipt } from '../../ports/messenger.ts';
import type { ScheduleCalendar } from '../../ports/schedule.ts';
import type { Store } from '../../ports/store.ts';
import type { IsoDate } from '../dates/index.ts';
import type { Workspace } from '../model/entities.ts';
import { buildDigest } from './content.ts';
import type { DeliveryRun, RunIdentity, Subscription } from './model.ts';
import { asDeliveryError, type DeliveryPolicy, describeFailure, nextAttempt } from './policy.ts';
import { type OwnerReminder, reminderReply } from './reminders.ts';
import { type WorkspaceSnapshot, workspaceSnapshot } from './scope.ts';

/** What the scheduler runs with: the ports, this instance's name in leases, and the policy. */
export type DeliveryDeps = {
  store: Store;
  clock: Clock;
  schedules: ScheduleCalendar;
  logger: Logger;
  /** This instance's name in the ledger's leases: unique per process. */
  instance: string;
  policy: DeliveryPolicy;
};

/** How one run ended for this instance; 'lost' means another instance took it over first. */
export type RunResult = 'sent' | 'skipped' | 'unreachable' | 'retry' | 'failed' | 'superseded' | 'lost';

/** A run is free to take at `now`: asked for, abandoned (lease over), or due for another try. */
export function claimableAt(run: DeliveryRun, now: string): boolean {
  return (
    run.status === 'pending' ||
    (run.status === 'claimed' && run.leaseUntil !== null && run.leaseUntil <= now) ||
    (run.status === 'retry' && run.nextAttemptAt !== null && run.nextAttemptAt <= now)
  );
}

export function deliveryWorkspace(workspace: Workspace): DeliveryWorkspace {
  return { platform: workspace.platform, externalId: workspace.externalId, name: workspace.name };
}

export function lease(deps: DeliveryDeps) {
  const now = deps.clock.now();
  return {
    owner: deps.instance,
    until: new Date(now.getTime() + deps.policy.leaseMs).toISOString(),
    now: now.toISOString(),
  };
}

/** Takes a run and ends it unsent: an older slot a newer one replaces, or a day that has passed. */
export async function supersede(deps: DeliveryDeps, run: RunIdentity): Promise<RunResult | undefined> {
  const claimed = await deps.store.digests.runs.claim(run, lease(deps));
  if (!claimed) return undefined;
  const at = deps.clock.now().toISOString();
  await deps.store.digests.runs.finish(run.workspaceId, run.key, deps.instance, {
    status: 'superseded',
    at,
    error: null,
  });
  return 'superseded';
}

/**
 * Builds and posts one claimed digest run, then records the outcome. The content is read from one
 * snapshot of the workspace; the lease is renewed just before posting, so an instance that lost it posts nothing.
 */
export async function deliverDigest(
  deps: DeliveryDeps,
  messenger: Messenger,
  workspace: Workspace,
  subscription: Subscription,
  run: DeliveryRun,
  snapshot?: WorkspaceSnapshot,
): Promise<RunResult> {
  const { store, clock } = deps;
  const now = clock.now();
  const zone = subscription.timeZone ?? workspace.timeZone;
  const since = await sinceFor(deps, subscription, run, zone);
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  // The items come from the snapshot, read in one transaction of its own (shared by the slot's other
  // digests of this workspace); nothing here may hold a transaction around it.
  const shared = snapshot ?? workspaceSnapshot(store, workspace);
  const digest = await buildDigest({
    store,
    workspace,
    subscription,
    now,
    since,
    slotAt: run.slotAt,
    late: run.late,
    manual: run.manual,
    unreachable: await shared.unreachable([since, weekAgo].sort()[0] ?? since),
    snapshot: shared,
  });
  const covered = { at: now.toISOString(), coveredUntil: now.toISOString() };
  if (digest.empty && subscription.skipEmpty && !run.manual) {
    await store.digests.runs.finish(workspace.id, run.key, deps.instance, { status: 'skipped', ...covered });
    return 'skipped';
  }
  // Recorded before posting, so whoever takes the run next knows a post may be out there.
  const held = await store.digests.runs.startPost(
    workspace.id,
    run.key,
    deps.instance,
    lease(deps).until,
    now.toISOString(),
  );
  if (!held) return 'lost';
  let receipt: PostReceipt;
  try {
    receipt = await messenger.postToChannel(
      deliveryWorkspace(workspace),
      subscription.address,
      digest.reply,
      {
        runId: run.key,
        unconfirmedSince: run.unconfirmedSince,
      },
    );
  } catch (error) {
    return failed(deps, run, error, subscription);
  }
  const finished = await store.digests.runs.finish(workspace.id, run.key, deps.instance, {
    status: 'sent',
    ...covered,
    postRefs: receipt.refs,
  });
  if (finished && subscription.failures > 0) {
    await store.digests.subscriptions.update(workspace.id, subscription.id, { failures: 0 });
  }
  return finished ? 'sent' : 'lost';
}

/** Sends one owner's claimed reminder run: sent, or unreachable (the channel digest lists them then). */
export async function deliverReminder(
  deps: DeliveryDeps,
  messenger: Messenger,
  workspace: Workspace,
  reminder: OwnerReminder,
  day: IsoDate,
  run: DeliveryRun,
): Promise<RunResult> {
  if (run.unconfirmedSince !== null) {
    // An earlier attempt died mid-send, and a DM cannot be looked for (it would need the DM channel
    // and another scope): a missed reminder beats a second one, and tomorrow's says what is due.
    return giveUp(deps, run, 'the last attempt may have sent it, so it is not sent again');
  }
  const now = deps.clock.now().toISOString();
  const held = await deps.store.digests.runs.startPost(
    workspace.id,
    run.key,
    deps.instance,
    lease(deps).until,
    now,
  );
  if (!held) return 'lost';
  let outcome: 'sent' | 'unreachable';
  try {
    outcome = await messenger.sendDirect(
      deliveryWorkspace(workspace),
      { externalId: reminder.member.externalId, displayName: reminder.member.displayName },
      reminderReply(reminder, workspace, day),
    );
  } catch (error) {
    return failed(deps, run, error, undefined);
  }
  const at = deps.clock.now().toISOString();
  const finished = await deps.store.digests.runs.finish(workspace.id, run.key, deps.instance, {
    status: outcome,
    at,
    coveredUntil: null,
  });
  return finished ? outcome : 'lost';
}

/**
 * "Since the last digest": where the last scheduled digest's content ended, or else the slot before
 * this one, so a new subscription's first digest covers one period.
 */
async function sinceFor(deps: DeliveryDeps, subscription: Subscription, run: DeliveryRun, zone: string) {
  const covered = await deps.store.digests.runs.lastCovered(subscription.workspaceId, subscription.id);
  if (covered !== undefined) return covered;
  const before = new Date(new Date(run.slotAt).getTime() - 1000);
  const previous = deps.schedules.latestAtOrBefore(subscription.cron, zone, before);
  return (previous ?? new Date(subscription.createdAt)).toISOString();
}

/** Records a failed attempt: a retry later, or a failure (which may pause the subscription). */
async function failed(
  deps: DeliveryDeps,
  run: DeliveryRun,
  thrown: unknown,
  subscription: Subscription | undefined,
): Promise<RunResult> {
  const error = asDeliveryError(thrown);
  const uncertain = error.kind === 'uncertain';
  if (uncertain && !subscription) {
    return giveUp(deps, run, `the platform may have sent it (${error.message}), so it is not sent again`);
  }
  const now = deps.clock.now();
  const retryAt = nextAttempt(deps.policy, run, error, now);
  const fields = { key: run.key, workspace: run.workspaceId, attempts: run.attempts, reason: error.reason };
  if (uncertain) {
    deps.logger.warn('delivery outcome unknown; the next attempt looks for the post before posting', {
      ...fields,
      message: error.message,
    });
  } else if (error.reason === 'unknown') {
    deps.logger.error('delivery failed', { ...fields, error: String(thrown) });
  } else deps.logger.warn('delivery failed', { ...fields, message: error.message });
  const at = now.toISOString();
  if (retryAt) {
    await deps.store.digests.runs.finish(run.workspaceId, run.key, deps.instance, {
      status: 'retry',
      at,
      nextAttemptAt: retryAt.toISOString(),
      error: describeFailure(error),
      unconfirmed: uncertain,
    });
    return 'retry';
  }
  const finished = await deps.store.digests.runs.finish(run.workspaceId, run.key, deps.instance, {
    status: 'failed',
    at,
    error: describeFailure(error),
  });
  if (finished && subscription) await countFailure(deps, subscription, describeFailure(error), at);
  return 'failed';
}

/** Ends a run that may have been delivered already and cannot be checked: failed, and said so in the log. */
async function giveUp(deps: DeliveryDeps, run: DeliveryRun, why: string): Promise<RunResult> {
  deps.logger.warn('delivery not tried again: its outcome is unknown', {
    key: run.key,
    workspace: run.workspaceId,
    why,
  });
  await deps.store.digests.runs.finish(run.workspaceId, run.key, deps.instance, {
    status: 'failed',
    at: deps.clock.now().toISOString(),
    error: `unconfirmed: ${why}`,
  });
  return 'failed';
}

/** A failed digest counts against its subscription; enough in a row pause it until someone resumes it. */
async function countFailure(deps: DeliveryDeps, subscription: Subscription, reason: string, at: string) {
  await deps.store.transaction(async (tx) => {
    const current = await tx.digests.subscriptions.findById(subscription.workspaceId, subscription.id);
    if (!current) return;
    const failures = current.failures + 1;
    const pause = failures >= deps.policy.pauseAfterFailures && current.pausedAt === null;
    await tx.digests.subscriptions.update(subscription.workspaceId, subscription.id, {
      failures,
      ...(pause ? { pausedAt: at, pauseReason: reason } : {}),
    });
    if (pause)
      deps.logger.warn('digest paused after repeated failures', { subscription: subscription.id, reason });
  });
}
