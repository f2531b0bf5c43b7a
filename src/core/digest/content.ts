import type { Store } from '../../ports/store.ts';
import { addDays, daysBetween, formatDate, formatShortDate, type IsoDate, todayIn } from '../dates/index.ts';
import type { Instant, Item, Workspace } from '../model/entities.ts';
import { isClosed } from '../model/status.ts';
import { type Block, type ItemLine, info, type Reply } from '../reply/reply.ts';
import { itemLine, summarise } from '../view/item-view.ts';
import { countdownText, type S55Standing, s55Standing, stageText } from '../view/section55-view.ts';
import { dayOf, formatSlot, formatSlotDay, plural, progressBar } from './format.ts';
import type { Subscription } from './model.ts';
import { type DigestScope, type WorkspaceSnapshot, workspaceSnapshot } from './scope.ts';
import { DIGEST_LINES_IN_FULL, ownerName, summaryBlocks } from './summary.ts';

export type DigestRequest = {
  store: Store;
  workspace: Workspace;
  subscription: Subscription;
  now: Date;
  /** Completions and revisions from this instant on are reported ("since the last digest"). */
  since: Instant;
  /** The slot this digest is for (for `digest now`, the moment it was asked for). */
  slotAt: Instant;
  late: boolean;
  manual: boolean;
  /** Owners whose reminders could not reach them directly: listed here instead. */
  unreachable: readonly string[];
  /** The workspace as read once for the whole slot; without it, this digest reads its own. */
  snapshot?: WorkspaceSnapshot;
};

export type DigestCounts = {
  overdue: number;
  dueSoon: number;
  blocked: number;
  completed: number;
  revised: number;
  /** Section 55 responses not yet sent whose deadline (or chief constable's comments) is near or past. */
  section55: number;
  /** Section 55 responses sent but not yet published. */
  toPublish: number;
};

export type Digest = { reply: Reply; empty: boolean; counts: DigestCounts };

/** Item lines per block: long groups continue in the next block, so adapters can split between them. */
export const ITEMS_PER_BLOCK = 25;

/**
 * A channel's digest: overdue items first (by report, then owner), then due soon, blocked (with why),
 * completed and deadlines revised since the last digest, section 55 responses coming due, and owners
 * the bot could not message directly. Dates are read in the subscription's zone.
 */
export async function buildDigest(request: DigestRequest): Promise<Digest> {
  const { store, workspace, subscription, now } = request;
  const zone = subscription.timeZone ?? workspace.timeZone;
  const today = todayIn(zone, now);
  const window = workspace.dueSoonDays;
  const snapshot = request.snapshot ?? workspaceSnapshot(store, workspace);
  const scope = await snapshot.scope(subscription.filters);
  const open = scope.shown.filter((i) => !isClosed(i.status));
  const line = (item: Item) =>
    snapshot.line(item, today, () => itemLine(item, keyOf(scope, item), scope.members, workspace, today));

  const overdue = sortForDigest(
    scope,
    open.filter((i) => i.dueOn !== null && i.dueOn < today),
  );
  const dueSoon = open
    .filter((i) => i.dueOn !== null && i.dueOn >= today && i.dueOn <= addDays(today, window))
    .sort((a, b) => compare(a.dueOn ?? '', b.dueOn ?? ''));
  const blocked = open.filter((i) => i.status === 'blocked');
  const changes = await snapshot.changes(scope.shown, request.since);
  const completed = scope.shown.flatMap((item) => {
    const done = changes.get(item.id)?.findLast((u) => u.kind === 'status' && u.toStatus === 'done');
    return item.status === 'done' && done ? [{ item, at: done.at }] : [];
  });
  const revised = scope.shown.flatMap((item) =>
    (changes.get(item.id) ?? [])
      .filter((u) => u.kind === 'deadline_revised' && u.dueFrom !== null)
      .map((update) => ({ item, update })),
  );
  const section55 = await openSection55Steps(request, scope, addDays(today, window));
  const unreachable = request.unreachable.flatMap((memberId) => {
    const member = scope.members.get(memberId);
    const theirs = open.filter(
      (i) => i.ownerId === memberId && i.dueOn !== null && i.dueOn <= addDays(today, 7),
    );
    return member && theirs.length > 0 ? [{ member, items: theirs }] : [];
  });

  const counts: DigestCounts = {
    overdue: overdue.length,
    dueSoon: dueSoon.length,
    blocked: blocked.length,
    completed: completed.length,
    revised: revised.length,
    section55: section55.filter((s) => !s.standing.sent).length,
    toPublish: section55.filter((s) => s.standing.sent).length,
  };
  const slot = new Date(request.slotAt);
  const title = `Digest · ${formatSlotDay(request.manual ? now : slot, zone)}${filterLabel(scope, subscription)}`;
  const empty = Object.values(counts).every((n) => n === 0) && unreachable.length === 0;
  if (empty) {
    return {
      reply: info(`${title}: nothing overdue, nothing due in the next ${window} days.`),
      empty,
      counts,
    };
  }

  const sinceDay = formatShortDate(dayOf(request.since, zone));
  const summary = [
    `${counts.overdue} overdue`,
    `${counts.dueSoon} due in the next ${window} days`,
    ...(counts.blocked > 0 ? [`${counts.blocked} blocked`] : []),
    ...(counts.completed > 0 ? [`${counts.completed} completed since ${sinceDay}`] : []),
    ...(counts.revised > 0 ? [`${plural(counts.revised, 'deadline')} revised since ${sinceDay}`] : []),
    ...(counts.section55 > 0 ? [`${plural(counts.section55, 'section 55 response')} due`] : []),
    ...(counts.toPublish > 0 ? [`${plural(counts.toPublish, 'section 55 response')} to publish`] : []),
  ].join(' · ');
  const blocks: Block[] = [{ type: 'heading', text: title }];
  if (request.late) {
    blocks.push({
      type: 'text',
      text: `Late: this digest was due ${formatSlot(slot, zone)}; rectrack was not running then.`,
    });
  }
  blocks.push({ type: 'text', text: summary });
  const progress = progressLines(scope, today);
  if (progress !== '') blocks.push({ type: 'text', text: progress });
  const lines =
    overdue.length +
    dueSoon.length +
    blocked.length +
    completed.length +
    revised.length +
    unreachable.reduce((n, u) => n + u.items.length, 0);
  if (lines > DIGEST_LINES_IN_FULL) {
    const longest = [...overdue].sort((a, b) => compare(a.dueOn ?? '', b.dueOn ?? ''));
    blocks.push(...summaryBlocks({ scope, filters: subscription.filters, overdue: longest, lines, line }));
    return { reply: info(`${title}: ${summary}.`, blocks), empty, counts };
  }

  for (const group of groupOverdue(scope, overdue)) {
    blocks.push(...itemBlocks(`Overdue · ${group.title}`, group.items.map(line)));
  }
  blocks.push(...itemBlocks(`Due in the next ${window} days`, dueSoon.map(line)));
  blocks.push(
    ...itemBlocks(
      'Blocked',
      blocked.map((item) => ({
        ...line(item),
        summary: `${item.blockedReason ?? 'no reason given'} · ${summarise(item.text, 60)}`,
      })),
    ),
  );
  blocks.push(
    ...itemBlocks(
      `Completed since ${sinceDay}`,
      completed.map(({ item, at }) => ({
        ...line(item),
        dueText: `done ${formatShortDate(dayOf(at, zone))}`,
      })),
    ),
  );
  blocks.push(
    ...itemBlocks(
      `Deadlines revised since ${sinceDay}`,
      revised.map(({ item, update }) => ({
        ...line(item),
        dueText: `${shortOrNone(update.dueFrom)} → ${shortOrNone(update.dueTo)}`,
        summary: `${update.note ? `because ${update.note}` : 'no reason given'} · ${summarise(item.text, 60)}`,
      })),
    ),
  );
  if (section55.length > 0) {
    const lines = section55.map(({ report, standing }) => {
      const when = standing.sent ? countdownText(standing, today) : dueWords(today, standing.due);
      return `${report.key} · ${report.title}: ${when} · ${stageText(standing)}`;
    });
    blocks.push({ type: 'text', text: `Section 55 responses, open steps:\n${lines.join('\n')}` });
  }
  for (const { member, items } of unreachable) {
    blocks.push(
      ...itemBlocks(
        `${member.displayName}: I can't message them directly, so their items are here`,
        items.map(line),
      ),
    );
  }
  return { reply: info(`${title}: ${summary}.`, blocks), empty, counts };
}

/**
 * Section 55 responses with a step to take soon: not sent, with the deadline (or, before they arrive,
 * the chief constable's comments) due by `horizon` or past; or sent and not yet published.
 */
async function openSection55Steps(
  request: DigestRequest,
  scope: DigestScope,
  horizon: IsoDate,
): Promise<{ report: DigestScope['reports'][number]; standing: S55Standing }[]> {
  const { store, workspace } = request;
  const reports = scope.reports.filter((r) => r.section55);
  if (reports.length === 0) return [];
  const steps = await store.section55.listByReports(
    workspace.id,
    reports.map((r) => r.id),
  );
  return reports.flatMap((report) => {
    const standing = s55Standing(report, steps, workspace.s55CommentsDays);
    if (!standing || standing.published) return [];
    const near =
      standing.sent !== undefined ||
      standing.due <= horizon ||
      (standing.stage === 'drafting' && standing.commentsDue <= horizon);
    return near ? [{ report, standing }] : [];
  });
}

function keyOf(scope: DigestScope, item: Item): string {
  return scope.reportOf.get(item.reportId)?.key ?? '?';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function shortOrNone(date: IsoDate | null): string {
  return date ? formatShortDate(date) : 'none';
}

function dueWords(today: IsoDate, due: IsoDate): string {
  const days = daysBetween(today, due);
  if (days < 0) return `${plural(-days, 'day')} overdue (was due ${formatDate(due)})`;
  if (days === 0) return `due today (${formatDate(due)})`;
  return `due in ${plural(days, 'day')} (${formatDate(due)})`;
}

/** By report (in key order), then owner (unassigned last), then longest overdue first. */
function sortForDigest(scope: DigestScope, items: Item[]): Item[] {
  const reportOrder = new Map(scope.reports.map((r, i) => [r.id, i]));
  const owner = (item: Item) => (item.ownerId ? `0${ownerName(scope.members, item).toLowerCase()}` : '1');
  return items.sort(
    (a, b) =>
      (reportOrder.get(a.reportId) ?? 0) - (reportOrder.get(b.reportId) ?? 0) ||
      compare(owner(a), owner(b)) ||
      compare(a.dueOn ?? '', b.dueOn ?? ''),
  );
}

function groupOverdue(scope: DigestScope, sorted: readonly Item[]): { title: string; items: Item[] }[] {
  const groups: { title: string; items: Item[] }[] = [];
  for (const item of sorted) {
    const title = `${keyOf(scope, item)} · ${ownerName(scope.members, item)}`;
    const last = groups.at(-1);
    if (last?.title === title) last.items.push(item);
    else groups.push({ title, items: [item] });
  }
  return groups;
}

function itemBlocks(title: string, lines: readonly ItemLine[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += ITEMS_PER_BLOCK) {
    const part = lines.slice(i, i + ITEMS_PER_BLOCK);
    const heading = i === 0 ? `${title} (${lines.length})` : `${title} (continued)`;
    blocks.push({ type: 'items', title: heading, items: part });
  }
  return blocks;
}

function progressLines(scope: DigestScope, today: IsoDate): string {
  return scope.reports
    .map((report) => {
      const items = scope.scoped.filter((i) => i.reportId === report.id);
      if (items.length === 0) return '';
      const done = items.filter((i) => i.status === 'done').length;
      const late = items.filter((i) => !isClosed(i.status) && i.dueOn !== null && i.dueOn < today).length;
      const overdue = late > 0 ? ` · ${late} overdue` : '';
      return `${report.key} ${progressBar(done, items.length)} ${done}/${items.length} done${overdue}`;
    })
    .filter((l) => l !== '')
    .join('\n');
}

function filterLabel(scope: DigestScope, subscription: Subscription): string {
  const { reportId, ownerId, statuses } = subscription.filters;
  const parts: string[] = [];
  if (reportId !== null) parts.push(scope.reportOf.get(reportId)?.key ?? 'a deleted report');
  if (ownerId !== null) parts.push(scope.members.get(ownerId)?.displayName ?? 'someone');
  if (statuses.length > 0) parts.push(statuses.map((s) => s.replace(/_/g, ' ')).join(', '));
  return parts.length > 0 ? ` · ${parts.join(' · ')}` : '';
}
