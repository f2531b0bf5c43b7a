import type { IsoDate } from '../dates/index.ts';
import type { Instant, Workspace } from '../model/entities.ts';
import type { Status } from '../model/status.ts';

/** What a channel's digest covers; null or empty means everything in the workspace. */
export type DigestFilters = { reportId: string | null; ownerId: string | null; statuses: Status[] };

/**
 * A channel's digest. `address` is the adapter's own description of the channel (opaque JSON the core
 * never looks inside); `channelKey` is its canonical JSON, so one channel has at most one subscription.
 */
export type Subscription = {
  id: string;
  workspaceId: string;
  channelKey: string;
  address: unknown;
  channelName: string | null;
  /** Five-field cron expression, read in `timeZone` (or the workspace's zone when null). */
  cron: string;
  /** The schedule as people said it: "every Monday at 09:00". */
  scheduleLabel: string;
  timeZone: string | null;
  filters: DigestFilters;
  /** An empty digest is not posted at all (instead of one "nothing overdue" line). */
  skipEmpty: boolean;
  createdBy: string;
  createdAt: Instant;
  /** Slots before this instant never fire: a new or changed schedule doesn't post for the past. */
  scheduleFrom: Instant;
  pausedAt: Instant | null;
  pauseReason: string | null;
  /** Permanent delivery failures in a row; reset by a delivery that works. */
  failures: number;
};

export type SubscriptionPatch = Partial<
  Pick<
    Subscription,
    | 'address'
    | 'channelName'
    | 'cron'
    | 'scheduleLabel'
    | 'timeZone'
    | 'filters'
    | 'skipEmpty'
    | 'scheduleFrom'
    | 'pausedAt'
    | 'pauseReason'
    | 'failures'
  >
>;

/** A subscription with its workspace, as the scheduler sees every workspace's at once. */
export type ActiveSubscription = { subscription: Subscription; workspace: Workspace };

/**
 * digest: one post of a subscription (a slot, or `digest now`); reminders: a workspace's daily batch
 * of direct messages; reminder: one owner's direct message of that day.
 */
export const RUN_KINDS = ['digest', 'reminders', 'reminder'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/**
 * pending: asked for (digest now), nobody has it yet; claimed: an instance holds the lease;
 * retry: failed for a reason that may pass, tried again at nextAttemptAt; the rest are final.
 */
export const RUN_STATUSES = [
  'pending',
  'claimed',
  'retry',
  'sent',
  'skipped',
  'unreachable',
  'failed',
  'superseded',
] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** What identifies a run and never changes: the ledger's key is (workspaceId, key). */
export type RunIdentity = {
  workspaceId: string;
  key: string;
  kind: RunKind;
  subscriptionId: string | null;
  memberId: string | null;
  /** The slot this run delivers (a digest's scheduled instant, a reminder day's reminder time). */
  slotAt: Instant;
  /** Delivered well after its slot, after downtime: the digest says so. */
  late: boolean;
  /** Asked for with `digest now`: doesn't count as the schedule's last digest. */
  manual: boolean;
};

/** One entry of the run ledger, which makes each delivery happen once however many instances run. */
export type DeliveryRun = RunIdentity & {
  status: RunStatus;
  leaseOwner: string | null;
  leaseUntil: Instant | null;
  attempts: number;
  nextAttemptAt: Instant | null;
  /** The last failure: "not_in_channel: I'm not in that channel". */
  error: string | null;
  /** A digest's content covered changes up to this instant; the next one starts from here. */
  coveredUntil: Instant | null;
  /**
   * Set when a post began and cleared when its outcome is known: still set on the next attempt means
   * the last one timed out or died mid-post, so the post may be out there (look before posting again).
   */
  unconfirmedSince: Instant | null;
  /** What the platform gave back for the post (Slack ts, Teams activity ids). */
  postRefs: string[];
  createdAt: Instant;
  finishedAt: Instant | null;
};

/** The state of a run nobody holds yet: every store starts a run (and a takeover resets it) from this. */
export function unclaimedRun(at: Instant) {
  return {
    leaseOwner: null,
    leaseUntil: null,
    attempts: 0,
    nextAttemptAt: null,
    error: null,
    coveredUntil: null,
    unconfirmedSince: null,
    postRefs: [] as string[],
    createdAt: at,
    finishedAt: null,
  };
}

/** How a claimed run ends (or waits for another try). */
export type RunOutcome =
  | {
      status: 'sent' | 'skipped' | 'unreachable';
      at: Instant;
      coveredUntil: Instant | null;
      postRefs?: readonly string[];
    }
  | {
      status: 'retry';
      at: Instant;
      nextAttemptAt: Instant;
      error: string;
      /** The attempt's outcome is unknown: keep unconfirmedSince, so the next one looks first. */
      unconfirmed?: boolean;
    }
  | { status: 'failed' | 'superseded'; at: Instant; error: string | null };

/** An item whose reminders are silent until `until` (they resume that day). */
export type Snooze = { workspaceId: string; itemId: string; until: IsoDate; by: string; at: Instant };
