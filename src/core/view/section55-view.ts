import { daysBetween, formatDate, type IsoDate } from '../dates/index.ts';
import { section55Due } from '../model/deadline.ts';
import type { Report } from '../model/entities.ts';
import {
  commentsDueOn,
  currentStage,
  nextStage,
  type S55Stage,
  type Section55Step,
  STAGE_LABELS,
  sentWords,
  stepOf,
} from '../model/section55.ts';

/** Where one report's section 55 response stands: what the report card, digests and reminders say. */
export type S55Standing = {
  due: IsoDate;
  commentsDue: IsoDate;
  stage: S55Stage | 'drafting';
  next: S55Stage | null;
  sent: Section55Step | undefined;
  published: Section55Step | undefined;
};

export function s55Standing(
  report: Pick<Report, 'section55' | 'publishedOn' | 'id'>,
  steps: readonly Section55Step[],
  commentsDays: number,
): S55Standing | null {
  const due = section55Due(report);
  if (due === null) return null;
  const own = steps.filter((s) => s.reportId === report.id);
  const stage = currentStage(own);
  return {
    due,
    commentsDue: commentsDueOn(due, commentsDays),
    stage,
    next: nextStage(stage),
    sent: stepOf(own, 'sent'),
    published: stepOf(own, 'published'),
  };
}

function inDays(today: IsoDate, date: IsoDate): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  const span = `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'}`;
  return days < 0 ? `${span} ago` : `in ${span}`;
}

/**
 * The countdown, until the response is sent; then when it was sent against the deadline, which no
 * longer moves: "sent 3 days before the deadline (sent 28 May 2023, due 31 May 2023)".
 */
export function countdownText(standing: S55Standing, today: IsoDate): string {
  if (standing.sent) {
    const { on } = standing.sent;
    return `${sentWords(on, standing.due)} (sent ${formatDate(on)}, due ${formatDate(standing.due)})`;
  }
  return `${formatDate(standing.due)} (${inDays(today, standing.due)})`;
}

/** What the response waits for: "next: chief constable's comments received (due 10 May 2023)". */
export function nextStepText(standing: S55Standing): string | null {
  const next = standing.next;
  if (next === null) return null;
  const when =
    next === 'comments_received'
      ? ` (due ${formatDate(standing.commentsDue)})`
      : next === 'sent'
        ? ` (due ${formatDate(standing.due)})`
        : '';
  return `next: ${STAGE_LABELS[next]}${when}`;
}

/** The stage and what comes next, for a field: "drafting · next: ...". */
export function stageText(standing: S55Standing): string {
  const next = nextStepText(standing);
  return next ? `${STAGE_LABELS[standing.stage]} · ${next}` : 'complete: published';
}
