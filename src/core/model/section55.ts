import { addDays, daysBetween, type IsoDate } from '../dates/index.ts';
import type { Instant } from './entities.ts';

/*
 * The section 55 response's way from draft to website (Police Act 1996 s55): the chief constable
 * comments, the commissioner approves, the office sends it to HMICFRS and the Home Secretary, then
 * publishes it. Each step is recorded once, in this order, with who recorded it and the day it happened.
 */

/** Stages after drafting, in the order they happen; drafting is where every response starts. */
export const S55_STAGES = ['comments_received', 'approved', 'sent', 'published'] as const;
export type S55Stage = (typeof S55_STAGES)[number];

export type Section55Step = {
  id: string;
  workspaceId: string;
  reportId: string;
  stage: S55Stage;
  /** The day it happened (may be earlier than the day it was recorded). */
  on: IsoDate;
  /** Where the response was published: only on `published`. */
  url: string | null;
  actorId: string;
  at: Instant;
};

export const STAGE_LABELS: Record<S55Stage | 'drafting', string> = {
  drafting: 'drafting',
  comments_received: "chief constable's comments received",
  approved: 'approved by the commissioner',
  sent: 'sent to HMICFRS and the Home Secretary',
  published: 'published',
};

/** The command that records each stage, for replies that say what comes next. */
export function stageCommand(key: string, stage: S55Stage): string {
  switch (stage) {
    case 'comments_received':
      return `${key} comments received`;
    case 'approved':
      return `${key} approved`;
    case 'sent':
      return `${key} sent`;
    case 'published':
      return `${key} published https://example.org/${key.toLowerCase()}-response`;
  }
}

/** The latest stage recorded, or drafting. */
export function currentStage(steps: readonly Section55Step[]): S55Stage | 'drafting' {
  let current: S55Stage | 'drafting' = 'drafting';
  for (const step of steps) {
    if (current === 'drafting' || S55_STAGES.indexOf(step.stage) > S55_STAGES.indexOf(current))
      current = step.stage;
  }
  return current;
}

export function nextStage(current: S55Stage | 'drafting'): S55Stage | null {
  return S55_STAGES[current === 'drafting' ? 0 : S55_STAGES.indexOf(current) + 1] ?? null;
}

export function stepOf(steps: readonly Section55Step[], stage: S55Stage): Section55Step | undefined {
  return steps.find((s) => s.stage === stage);
}

/** The day the chief constable's comments are due: a workspace setting, days before the response is. */
export function commentsDueOn(due: IsoDate, leadDays: number): IsoDate {
  return addDays(due, -leadDays);
}

/** "3 days before the deadline", "on the deadline", "2 days after the deadline". */
export function againstDeadline(on: IsoDate, due: IsoDate): string {
  const days = daysBetween(on, due);
  const span = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (days === 0) return 'on the deadline';
  return days > 0 ? `${span(days)} before the deadline` : `${span(-days)} after the deadline`;
}

/** "sent 3 days before the deadline": what a sent response says in place of its countdown. */
export function sentWords(sentOn: IsoDate, due: IsoDate): string {
  return `sent ${againstDeadline(sentOn, due)}`;
}
