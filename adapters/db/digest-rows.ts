import { z } from 'zod';
import {
  type DeliveryRun,
  RUN_KINDS,
  RUN_STATUSES,
  type Snooze,
  type Subscription,
  type SubscriptionPatch,
} from '../../src/core/digest/model.ts';
import { STATUSES } from '../../src/core/model/status.ts';
import {
  fromBoolean,
  parseEnum,
  parseStringList,
  stringifyStringList,
  toBoolean,
  toInteger,
} from './columns.ts';

/*
 * Rows of migrations/0006-digests.ts and their mapping to the core's digest types. Text columns holding
 * JSON are checked on the way out, like every other table's.
 */

export type DigestSubscriptionRow = {
  id: string;
  workspace_id: string;
  channel_key: string;
  /** The adapter's channel address as JSON. */
  address: string;
  channel_name: string | null;
  cron: string;
  schedule_label: string;
  time_zone: string | null;
  report_id: string | null;
  owner_id: string | null;
  /** JSON array of statuses. */
  statuses: string;
  /** 0 or 1. */
  skip_empty: number;
  created_by: string;
  created_at: string;
  schedule_from: string;
  paused_at: string | null;
  pause_reason: string | null;
  failures: number;
};

export type DeliveryRunRow = {
  workspace_id: string;
  key: string;
  kind: string;
  subscription_id: string | null;
  member_id: string | null;
  slot_at: string;
  late: number;
  manual: number;
  status: string;
  lease_owner: string | null;
  lease_until: string | null;
  attempts: number;
  next_attempt_at: string | null;
  error: string | null;
  covered_until: string | null;
  unconfirmed_since: string | null;
  /** JSON list of strings; null when there are none. */
  post_refs: string | null;
  created_at: string;
  finished_at: string | null;
};

export type ReminderSnoozeRow = {
  workspace_id: string;
  item_id: string;
  until_on: string;
  by: string;
  at: string;
};
export type ReminderOptOutRow = { workspace_id: string; member_id: string; at: string };

export type DigestTables = {
  digest_subscriptions: DigestSubscriptionRow;
  delivery_runs: DeliveryRunRow;
  reminder_snoozes: ReminderSnoozeRow;
  reminder_optouts: ReminderOptOutRow;
};

const statusList = z.array(z.enum(STATUSES));

function parseJson(text: string, column: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`Invalid JSON in ${column}`);
  }
}

export function subscriptionFromRow(row: DigestSubscriptionRow): Subscription {
  const statuses = statusList.safeParse(parseJson(row.statuses, 'digest_subscriptions.statuses'));
  if (!statuses.success) throw new Error('Expected a JSON list of statuses in digest_subscriptions.statuses');
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    channelKey: row.channel_key,
    address: parseJson(row.address, 'digest_subscriptions.address'),
    channelName: row.channel_name,
    cron: row.cron,
    scheduleLabel: row.schedule_label,
    timeZone: row.time_zone,
    filters: { reportId: row.report_id, ownerId: row.owner_id, statuses: statuses.data },
    skipEmpty: toBoolean(row.skip_empty, 'digest_subscriptions.skip_empty'),
    createdBy: row.created_by,
    createdAt: row.created_at,
    scheduleFrom: row.schedule_from,
    pausedAt: row.paused_at,
    pauseReason: row.pause_reason,
    failures: toInteger(row.failures, 'digest_subscriptions.failures'),
  };
}

export function subscriptionToRow(s: Subscription): DigestSubscriptionRow {
  return {
    id: s.id,
    workspace_id: s.workspaceId,
    channel_key: s.channelKey,
    address: JSON.stringify(s.address),
    channel_name: s.channelName,
    cron: s.cron,
    schedule_label: s.scheduleLabel,
    time_zone: s.timeZone,
    report_id: s.filters.reportId,
    owner_id: s.filters.ownerId,
    statuses: JSON.stringify(s.filters.statuses),
    skip_empty: fromBoolean(s.skipEmpty),
    created_by: s.createdBy,
    created_at: s.createdAt,
    schedule_from: s.scheduleFrom,
    paused_at: s.pausedAt,
    pause_reason: s.pauseReason,
    failures: s.failures,
  };
}

/** Only the columns a patch sets. */
export function subscriptionPatchToRow(patch: SubscriptionPatch): Partial<DigestSubscriptionRow> {
  const row: Partial<DigestSubscriptionRow> = {};
  if (patch.address !== undefined) row.address = JSON.stringify(patch.address);
  if (patch.channelName !== undefined) row.channel_name = patch.channelName;
  if (patch.cron !== undefined) row.cron = patch.cron;
  if (patch.scheduleLabel !== undefined) row.schedule_label = patch.scheduleLabel;
  if (patch.timeZone !== undefined) row.time_zone = patch.timeZone;
  if (patch.filters !== undefined) {
    row.report_id = patch.filters.reportId;
    row.owner_id = patch.filters.ownerId;
    row.statuses = JSON.stringify(patch.filters.statuses);
  }
  if (patch.skipEmpty !== undefined) row.skip_empty = fromBoolean(patch.skipEmpty);
  if (patch.scheduleFrom !== undefined) row.schedule_from = patch.scheduleFrom;
  if (patch.pausedAt !== undefined) row.paused_at = patch.pausedAt;
  if (patch.pauseReason !== undefined) row.pause_reason = patch.pauseReason;
  if (patch.failures !== undefined) row.failures = patch.failures;
  return row;
}

export function runFromRow(row: DeliveryRunRow): DeliveryRun {
  return {
    workspaceId: row.workspace_id,
    key: row.key,
    kind: parseEnum(RUN_KINDS, row.kind, 'delivery_runs.kind'),
    subscriptionId: row.subscription_id,
    memberId: row.member_id,
    slotAt: row.slot_at,
    late: toBoolean(row.late, 'delivery_runs.late'),
    manual: toBoolean(row.manual, 'delivery_runs.manual'),
    status: parseEnum(RUN_STATUSES, row.status, 'delivery_runs.status'),
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until,
    attempts: toInteger(row.attempts, 'delivery_runs.attempts'),
    nextAttemptAt: row.next_attempt_at,
    error: row.error,
    coveredUntil: row.covered_until,
    unconfirmedSince: row.unconfirmed_since,
    postRefs: row.post_refs === null ? [] : parseStringList(row.post_refs, 'delivery_runs.post_refs'),
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

export function runToRow(run: DeliveryRun): DeliveryRunRow {
  return {
    workspace_id: run.workspaceId,
    key: run.key,
    kind: run.kind,
    subscription_id: run.subscriptionId,
    member_id: run.memberId,
    slot_at: run.slotAt,
    late: fromBoolean(run.late),
    manual: fromBoolean(run.manual),
    status: run.status,
    lease_owner: run.leaseOwner,
    lease_until: run.leaseUntil,
    attempts: run.attempts,
    next_attempt_at: run.nextAttemptAt,
    error: run.error,
    covered_until: run.coveredUntil,
    unconfirmed_since: run.unconfirmedSince,
    post_refs: postRefsToColumn(run.postRefs),
    created_at: run.createdAt,
    finished_at: run.finishedAt,
  };
}

export function postRefsToColumn(refs: readonly string[]): string | null {
  return refs.length === 0 ? null : stringifyStringList(refs);
}

export function snoozeFromRow(row: ReminderSnoozeRow): Snooze {
  return { workspaceId: row.workspace_id, itemId: row.item_id, until: row.until_on, by: row.by, at: row.at };
}
