import type { Store } from '../../ports/store.ts';
import { daysBetween, formatDate, type IsoDate } from '../dates/index.ts';
import type { Report, Workspace } from '../model/entities.ts';
import { stageCommand } from '../model/section55.ts';
import type { Block } from '../reply/reply.ts';
import { type S55Standing, s55Standing, stageText } from '../view/section55-view.ts';

/*
 * Admins' reminders of section 55 responses: 28, 14, 7 and 1 days before the response is due and on
 * the day, until it is sent; and a week before, the day before and on the day the chief constable's
 * comments are due (a workspace setting), until they are received. They travel in each admin's one
 * daily reminder message, so the run ledger sends them exactly once a day like the rest of it.
 */

const RESPONSE_AHEAD = [28, 14, 7, 1, 0];
const COMMENTS_AHEAD = [7, 1, 0];

export type Section55Reminder = {
  report: Report;
  /** What is due: the response itself, or the chief constable's comments on it. */
  due: 'response' | 'comments';
  on: IsoDate;
  standing: S55Standing;
};

/** The section 55 reminders every admin gets on `day`. */
export async function section55Reminders(
  store: Store,
  workspace: Workspace,
  day: IsoDate,
): Promise<Section55Reminder[]> {
  const reports = (await store.reports.list(workspace.id)).filter((r) => r.section55);
  if (reports.length === 0) return [];
  const steps = await store.section55.listByReports(
    workspace.id,
    reports.map((r) => r.id),
  );
  return reports.flatMap((report) => {
    const standing = s55Standing(report, steps, workspace.s55CommentsDays);
    if (!standing || standing.sent) return [];
    const reminders: Section55Reminder[] = [];
    if (standing.stage === 'drafting' && COMMENTS_AHEAD.includes(daysBetween(day, standing.commentsDue)))
      reminders.push({ report, due: 'comments', on: standing.commentsDue, standing });
    if (RESPONSE_AHEAD.includes(daysBetween(day, standing.due)))
      reminders.push({ report, due: 'response', on: standing.due, standing });
    return reminders;
  });
}

function when(day: IsoDate, on: IsoDate): string {
  const days = daysBetween(day, on);
  if (days === 0) return `due today (${formatDate(on)})`;
  return `due in ${days} day${days === 1 ? '' : 's'} (${formatDate(on)})`;
}

/** The reminder's section 55 part: one line a reminder, and the command for the next step. */
export function section55Blocks(reminders: readonly Section55Reminder[], day: IsoDate): Block[] {
  if (reminders.length === 0) return [];
  const lines = reminders.map(({ report, due, on, standing }) =>
    due === 'comments'
      ? `${report.key} · the chief constable's comments on the section 55 response: ${when(day, on)}`
      : `${report.key} · ${report.title}: section 55 response ${when(day, on)} · ${stageText(standing)}`,
  );
  const first = reminders[0];
  const next = first?.standing.next;
  const hint = first && next ? ` · Record the next step: ${stageCommand(first.report.key, next)}` : '';
  return [
    { type: 'heading', text: 'Section 55 responses' },
    { type: 'text', text: lines.join('\n') },
    { type: 'text', text: `See every step: ${first?.report.key ?? 'OSAEC23'} stage${hint}` },
  ];
}
