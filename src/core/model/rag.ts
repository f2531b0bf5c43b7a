import { daysBetween, type IsoDate } from '../dates/index.ts';
import { isClosed, type Status } from './status.ts';

/**
 * RAG is derived, never typed (PRODUCT.md): red = past due and not closed; amber = due within the
 * workspace's window or blocked; green = done; grey = not adopted / not for us. An open item that is
 * none of these has no colour yet ("open"), so a committee never reads green as "done" when it is not.
 */
export type Rag = 'red' | 'amber' | 'green' | 'grey' | 'none';

export function deriveRag(input: {
  status: Status;
  dueOn: IsoDate | null;
  today: IsoDate;
  dueSoonDays: number;
}): Rag {
  const { status, dueOn, today, dueSoonDays } = input;
  if (status === 'done') return 'green';
  if (isClosed(status)) return 'grey';
  if (dueOn !== null && dueOn < today) return 'red';
  if (status === 'blocked') return 'amber';
  if (dueOn !== null && daysBetween(today, dueOn) <= dueSoonDays) return 'amber';
  return 'none';
}

export function ragLabel(rag: Rag): string {
  return rag === 'none' ? 'open' : rag;
}
