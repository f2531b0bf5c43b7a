import type {
  ActiveSubscription,
  DeliveryRun,
  RunIdentity,
  RunOutcome,
  Snooze,
  Subscription,
  SubscriptionPatch,
} from '../core/digest/model.ts';
import type { Instant, Workspace } from '../core/model/entities.ts';

/**
 * Digest subscriptions, reminder preferences and the run ledger. Part of the Store, so commands change
 * them inside their transaction. The methods marked "every workspace" are the scheduler's alone: it
 * serves all workspaces, and each single statement there is atomic on its own.
 */
export type DigestStore = {
  subscriptions: SubscriptionStore;
  runs: RunLedger;
  reminders: ReminderPreferenceStore;
  /** Every workspace (the scheduler sends each one's reminders). */
  listWorkspaces(): Promise<Workspace[]>;
};

export type SubscriptionStore = {
  findById(workspaceId: string, id: string): Promise<Subscription | undefined>;
  findByChannel(workspaceId: string, channelKey: string): Promise<Subscription | undefined>;
  /** Oldest first. */
  list(workspaceId: string): Promise<Subscription[]>;
  /** Rejects a second subscription for the same channel of the workspace. */
  insert(subscription: Subscription): Promise<void>;
  update(workspaceId: string, id: string, patch: SubscriptionPatch): Promise<void>;
  /** Deletes it and its run history. */
  delete(workspaceId: string, id: string): Promise<void>;
  /** Every workspace: subscriptions not paused, with their workspace, oldest first. */
  listActive(): Promise<ActiveSubscription[]>;
};

export type RunLedger = {
  find(workspaceId: string, key: string): Promise<DeliveryRun | undefined>;
  /** Records a run for the scheduler to pick up (`digest now`) as pending. Rejects a key already used. */
  request(run: RunIdentity, at: Instant): Promise<void>;
  /**
   * Takes the run for `owner` until `until`, atomically: inserts it when the key is new, or takes the
   * existing run over when it is pending, its lease ended at or before `now`, or its retry is due.
   * Resolves the run as now claimed (attempts counted), or undefined when another instance holds it or
   * it has finished.
   */
  claim(
    run: RunIdentity,
    lease: { owner: string; until: Instant; now: Instant },
  ): Promise<DeliveryRun | undefined>;
  /**
   * claim for several runs of one workspace at once (a slot's due digests), in as few statements as
   * the database allows: the new ones in one insert, the others taken over one by one. Resolves the
   * runs `owner` now holds, in the order given; each is decided exactly as claim decides it.
   */
  claimAll(
    workspaceId: string,
    runs: readonly RunIdentity[],
    lease: { owner: string; until: Instant; now: Instant },
  ): Promise<DeliveryRun[]>;
  /** The workspace's runs with these keys, in no particular order (the keys not found left out). */
  findAll(workspaceId: string, keys: readonly string[]): Promise<DeliveryRun[]>;
  /** Extends `owner`'s lease; false when it no longer holds the run. */
  renew(workspaceId: string, key: string, owner: string, until: Instant): Promise<boolean>;
  /**
   * Records that `owner` is about to post, before it does: extends the lease like renew and sets
   * unconfirmedSince to `at` unless an earlier attempt left it set. Finishing clears it, except a
   * retry marked unconfirmed. False when `owner` no longer holds the run.
   */
  startPost(workspaceId: string, key: string, owner: string, until: Instant, at: Instant): Promise<boolean>;
  /** Ends `owner`'s claim with an outcome; false (and nothing changed) when it no longer holds the run. */
  finish(workspaceId: string, key: string, owner: string, outcome: RunOutcome): Promise<boolean>;
  /** A subscription's runs, latest slot first (then latest created). */
  listBySubscription(workspaceId: string, subscriptionId: string, limit: number): Promise<DeliveryRun[]>;
  /** coveredUntil of the subscription's latest scheduled (not manual) digest that was sent or skipped. */
  lastCovered(workspaceId: string, subscriptionId: string): Promise<Instant | undefined>;
  /** Members whose reminder found them unreachable in a run for a slot at or after `since`. */
  listUnreachable(workspaceId: string, since: Instant): Promise<string[]>;
  /** Every workspace: runs that can be claimed at `now` (pending, lease ended, retry due), oldest slot first. */
  listClaimable(now: Instant): Promise<DeliveryRun[]>;
};

export type ReminderPreferenceStore = {
  /** Inserts, or replaces the item's earlier snooze. */
  snooze(snooze: Snooze): Promise<void>;
  unsnooze(workspaceId: string, itemId: string): Promise<void>;
  listSnoozes(workspaceId: string): Promise<Snooze[]>;
  /** Stops (at an instant) or restarts (null) a member's reminders. */
  setOptOut(workspaceId: string, memberId: string, at: Instant | null): Promise<void>;
  /** Members who opted out of reminders. */
  listOptOuts(workspaceId: string): Promise<string[]>;
};
