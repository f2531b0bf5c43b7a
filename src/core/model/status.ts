/** Where an item stands. "awaiting_allocation" means nobody owns it yet. */
export const STATUSES = [
  'awaiting_allocation',
  'not_started',
  'in_progress',
  'blocked',
  'pending_signoff',
  'done',
  'not_adopted',
  'not_for_us',
] as const;
export type Status = (typeof STATUSES)[number];

/** Closed items no longer count as overdue and drop out of digests' open lists. */
export const CLOSED_STATUSES: readonly Status[] = ['done', 'not_adopted', 'not_for_us'];

export function isClosed(status: Status): boolean {
  return CLOSED_STATUSES.includes(status);
}

const LABELS: Record<Status, string> = {
  awaiting_allocation: 'awaiting allocation',
  not_started: 'not started',
  in_progress: 'in progress',
  blocked: 'blocked',
  pending_signoff: 'pending sign-off',
  done: 'done',
  not_adopted: 'not adopted',
  not_for_us: 'not for us',
};

export function statusLabel(status: Status): string {
  return LABELS[status];
}
