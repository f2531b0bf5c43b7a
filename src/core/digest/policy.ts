import { DeliveryError } from '../delivery-error.ts';
import type { DeliveryRun } from './model.ts';

/** How the scheduler claims, retries and gives up. Every duration is in milliseconds. */
export type DeliveryPolicy = {
  /** How long a claim holds a run; another instance may take it over after that. Must outlast a send. */
  leaseMs: number;
  /** A digest sent this long after its slot is marked late (it was caught up after downtime). */
  lateAfterMs: number;
  /** Waits before the 2nd, 3rd, ... attempt after a transient failure; the last repeats. */
  retryDelaysMs: readonly number[];
  /** Attempts in all before a run that keeps failing transiently is recorded as failed. */
  maxAttempts: number;
  /** Failed digests in a row after which the subscription is paused until someone resumes it. */
  pauseAfterFailures: number;
  /** When each workspace's daily reminders go out, in the workspace's zone (a cron expression). */
  reminderCron: string;
  /** Workspaces whose digests of one slot are built and posted at the same time. */
  workspacesAtOnce: number;
};

const MINUTE = 60_000;

export const DEFAULT_POLICY: DeliveryPolicy = {
  leaseMs: 5 * MINUTE,
  lateAfterMs: 10 * MINUTE,
  retryDelaysMs: [1 * MINUTE, 5 * MINUTE, 15 * MINUTE, 60 * MINUTE],
  maxAttempts: 5,
  pauseAfterFailures: 3,
  reminderCron: '0 9 * * *',
  workspacesAtOnce: 16,
};

/** A failure as the scheduler handles it; anything that is not a DeliveryError may be a passing fault. */
export function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DeliveryError('transient', 'unknown', message, { cause: error });
}

/** When to try again after this failure, or null to give up (permanent, or out of attempts). */
export function nextAttempt(
  policy: DeliveryPolicy,
  run: Pick<DeliveryRun, 'attempts'>,
  error: DeliveryError,
  now: Date,
): Date | null {
  if (error.kind === 'permanent' || run.attempts >= policy.maxAttempts) return null;
  const delays = policy.retryDelaysMs;
  const wait = delays[Math.min(run.attempts - 1, delays.length - 1)] ?? MINUTE;
  return new Date(now.getTime() + Math.max(wait, error.retryAfterMs ?? 0));
}

export function describeFailure(error: DeliveryError): string {
  return `${error.reason}: ${error.message}`;
}
