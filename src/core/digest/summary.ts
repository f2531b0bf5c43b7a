import type { ListFilter } from '../grammar/commands.ts';
import { listText } from '../grammar/list-text.ts';
import type { Item, Member } from '../model/entities.ts';
import type { Block, Choice, ItemLine } from '../reply/reply.ts';
import type { DigestFilters } from './model.ts';
import type { DigestScope } from './scope.ts';

/*
 * A digest of a few hundred items is posted whole, split to each platform's limits. Beyond that it
 * would be dozens of messages nobody reads (100,000 items were 321 Slack messages), so it is summarised
 * instead: counts per report and per owner, the longest overdue items, and the lists that page through
 * the rest, as buttons and as words to type.
 */

/** Item lines a digest may hold before it is summarised (about two Slack messages). */
export const DIGEST_LINES_IN_FULL = 600;
/** The longest overdue items a summarised digest still lists by name. */
export const TOP_OVERDUE = 25;
/** Reports and owners a summary counts by name; the rest are counted together. */
const NAMED = 10;

export type SummaryInput = {
  scope: DigestScope;
  filters: DigestFilters;
  /** Overdue items, longest overdue first. */
  overdue: readonly Item[];
  /** Item lines the full digest would hold. */
  lines: number;
  line: (item: Item) => ItemLine;
};

export function summaryBlocks({ scope, filters, overdue, lines, line }: SummaryInput): Block[] {
  const keyOf = (item: Item) => scope.reportOf.get(item.reportId)?.key ?? '?';
  const ownerOf = (item: Item) => ownerName(scope.members, item);
  const top = overdue.slice(0, TOP_OVERDUE);
  const blocks: Block[] = [
    {
      type: 'text',
      text: `This digest is summarised: its ${lines} items are too many to post one by one. Below are the counts and the ${top.length} longest overdue; the lists below page through the rest.`,
    },
  ];
  if (overdue.length > 0) {
    blocks.push({ type: 'text', text: `Overdue by report:\n${countBy(overdue, keyOf)}` });
    blocks.push({ type: 'text', text: `Overdue by owner:\n${countBy(overdue, ownerOf)}` });
    blocks.push({
      type: 'items',
      title: `Longest overdue (${top.length} of ${overdue.length})`,
      items: top.map(line),
    });
  }
  const lists = seeTheRest(scope, filters);
  blocks.push({
    type: 'text',
    text: `See every item, a page at a time: ${lists.map((c) => c.command).join(' · ')}`,
  });
  blocks.push({ type: 'choices', choices: lists });
  return blocks;
}

/** "OSAEC23: 40" per line, most first, the first ten by name and the rest together. */
function countBy(items: readonly Item[], nameOf: (item: Item) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(nameOf(item), (counts.get(nameOf(item)) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const named = sorted.slice(0, NAMED).map(([name, n]) => `${name}: ${n}`);
  const rest = sorted.slice(NAMED);
  if (rest.length > 0) {
    const n = rest.reduce((sum, [, count]) => sum + count, 0);
    named.push(`${rest.length} more: ${n}`);
  }
  return named.join('\n');
}

/** The lists that hold the digest's items, narrowed as the subscription is (its report, owner, statuses). */
function seeTheRest(scope: DigestScope, filters: DigestFilters): Choice[] {
  const owner = filters.ownerId === null ? undefined : scope.members.get(filters.ownerId);
  const report = filters.reportId === null ? undefined : scope.reportOf.get(filters.reportId);
  const base: ListFilter = {
    owner: owner ? { kind: 'mention', externalId: owner.externalId, name: null } : null,
    team: null,
    report: report?.key ?? null,
    statuses: filters.statuses.length > 0 ? filters.statuses : null,
    overdue: false,
    dueSoon: null,
  };
  const lists: [string, ListFilter][] = [
    ['Overdue', { ...base, overdue: true }],
    ['Due soon', { ...base, dueSoon: { days: null } }],
  ];
  if (base.statuses === null) lists.push(['Blocked', { ...base, statuses: ['blocked'] }]);
  return lists.map(([label, filter]) => ({ label, command: listText(filter), readOnly: true }));
}

export function ownerName(members: ReadonlyMap<string, Member>, item: Item): string {
  return item.ownerId ? (members.get(item.ownerId)?.displayName ?? 'someone') : 'unassigned';
}
