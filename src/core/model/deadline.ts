import { addDays, addDuration, type DeadlinePhrase, daysBetween, type IsoDate } from '../dates/index.ts';
import type { Deadline, Report } from './entities.ts';

/** Section 55 of the Police Act 1996: the response is due 56 days after publication. */
export const SECTION55_DAYS = 56;

export function section55Due(report: Pick<Report, 'section55' | 'publishedOn'>): IsoDate | null {
  return report.section55 && report.publishedOn ? addDays(report.publishedOn, SECTION55_DAYS) : null;
}

/** A deadline row from a classified phrase. Conditional deadlines stay dormant (no date) until the event. */
export function deadlineFromPhrase(
  parsed: DeadlinePhrase,
  ids: { id: string; workspaceId: string; itemId: string; position: number },
): Deadline {
  return {
    ...ids,
    kind: parsed.kind,
    phrase: parsed.phrase,
    originalOn: parsed.date,
    dueOn: parsed.date,
    duration: parsed.kind === 'relative' || parsed.kind === 'conditional' ? parsed.duration : null,
    condition: parsed.kind === 'conditional' ? parsed.condition : null,
    eventOn: null,
    revisions: 0,
  };
}

/** The date a conditional deadline falls on once its event has happened. */
export function conditionalDueOn(deadline: Deadline, eventOn: IsoDate): IsoDate | null {
  return deadline.duration ? addDuration(eventOn, deadline.duration) : eventOn;
}

/** An item is due on its earliest dated deadline; dormant and "none" deadlines don't count. */
export function effectiveDueOn(deadlines: readonly Deadline[]): IsoDate | null {
  let earliest: IsoDate | null = null;
  for (const deadline of deadlines) {
    if (deadline.dueOn !== null && (earliest === null || deadline.dueOn < earliest))
      earliest = deadline.dueOn;
  }
  return earliest;
}

export function describeDeadline(deadline: Deadline, format: (d: IsoDate) => string): string {
  const date = deadline.dueOn ? format(deadline.dueOn) : null;
  const originalDate = deadline.originalOn ? format(deadline.originalOn) : null;
  const original =
    originalDate && deadline.originalOn !== deadline.dueOn ? `, originally ${originalDate}` : '';
  const revised =
    deadline.revisions > 0
      ? `, revised ${deadline.revisions} time${deadline.revisions === 1 ? '' : 's'}`
      : '';
  // A phrase that only repeats a date shown anyway ("30 June 2027 (30 June 2027)") says nothing.
  const phrase = deadline.phrase === date || deadline.phrase === originalDate ? '' : deadline.phrase;
  const details = `${phrase}${original}${revised}`.replace(/^, /, '');
  switch (deadline.kind) {
    case 'none':
      return 'no deadline';
    case 'conditional':
      return date
        ? `${date} (${deadline.phrase}; event on ${deadline.eventOn ? format(deadline.eventOn) : '?'}${original}${revised})`
        : `${deadline.phrase} (waiting for the event)`;
    default:
      if (!date) return `${deadline.phrase} (no date yet)`;
      return details === '' ? date : `${date} (${details})`;
  }
}

/** How far an item's due date has moved from the date first set: days later (negative: earlier). */
export type Slippage = { days: number; revisions: number };

/**
 * An item's slippage: its current due date against the one its deadlines first gave. A conditional
 * deadline's first date is the one its event gave. Null when no deadline has a date yet.
 */
export function slippage(deadlines: readonly Deadline[]): Slippage | null {
  const dated = deadlines.filter((d) => d.dueOn !== null);
  const current = effectiveDueOn(dated);
  if (current === null) return null;
  const originals = dated.map((d) => ({
    ...d,
    dueOn: d.originalOn ?? (d.eventOn === null ? d.dueOn : conditionalDueOn(d, d.eventOn)),
  }));
  const original = effectiveDueOn(originals) ?? current;
  return {
    days: daysBetween(original, current),
    revisions: dated.reduce((sum, d) => sum + d.revisions, 0),
  };
}
