import type { ItemFilter } from '../../ports/store.ts';
import { addDays } from '../dates/index.ts';
import type { CommandOf, ListFilter } from '../grammar/commands.ts';
import { listText } from '../grammar/list-text.ts';
import { describePerson } from '../grammar/people.ts';
import { closestWord } from '../grammar/suggest.ts';
import type { Member, Report } from '../model/entities.ts';
import { statusLabel } from '../model/status.ts';
import { fail, info, type Reply } from '../reply/reply.ts';
import { shortenedHint } from '../view/item-view.ts';
import { moreBlocks, pageOf } from '../view/pages.ts';
import { type CommandContext, findReport } from './context.ts';
import { committeeLines } from './item-lines.ts';

type Words = { title: string; summary: (n: number) => string; empty: string };

/**
 * Every list (`mine`, `owner @bob`, `overdue`, `due soon`, `team Safeguarding`, `report OSAEC23 status
 * blocked` and any mix of them): the filter's names are resolved in this workspace, then one query.
 */
export async function listItems(ctx: CommandContext, cmd: CommandOf<'list'>): Promise<Reply> {
  const { filter } = cmd;
  const owner = await ownerNamed(ctx, filter.owner);
  const report = filter.report === null ? null : await findReport(ctx, filter.report);
  const teams = filter.team === null ? null : await teamsNamed(ctx, filter.team);
  const window = filter.dueSoon === null ? null : (filter.dueSoon.days ?? ctx.workspace.dueSoonDays);
  const query: ItemFilter = {};
  if (owner) query.ownerId = owner.id;
  if (teams) query.teams = teams;
  if (report) query.reportId = report.id;
  if (filter.statuses) query.statuses = filter.statuses;
  // Overdue is due before today; due soon is from today to the window's end; both together, either.
  if (window !== null) query.dueBy = addDays(ctx.today, window);
  else if (filter.overdue) query.dueBy = addDays(ctx.today, -1);
  if (window !== null && !filter.overdue) query.dueFrom = ctx.today;

  const found = await ctx.store.items.listMatching(ctx.workspace.id, query, pageOf(cmd.page));
  const keys = new Map(found.items.map(({ item, reportKey }) => [item.id, reportKey]));
  const lines = await committeeLines(
    ctx,
    found.items.map(({ item }) => item),
    (item) => keys.get(item.id) ?? '?',
  );
  const words = describe(filter, { owner, teams, report, window, isActor: owner?.id === ctx.actor.id });
  return info(found.total === 0 ? words.empty : words.summary(found.total), [
    { type: 'items', title: words.title, items: lines, empty: words.empty },
    ...moreBlocks({ page: cmd.page, shown: lines.length, total: found.total, again: listText(filter) }),
    ...shortenedHint(lines),
  ]);
}

/** Looking a person up here never adds them, unlike assigning. */
async function ownerNamed(ctx: CommandContext, owner: ListFilter['owner']): Promise<Member | null> {
  if (owner === null) return null;
  if (owner === 'me') return ctx.actor;
  const members = await ctx.store.members.list(ctx.workspace.id);
  const wanted = owner.kind === 'mention' ? owner.externalId : owner.name.toLowerCase();
  const member = members.find((m) =>
    owner.kind === 'mention'
      ? m.externalId === wanted
      : m.displayName.toLowerCase() === wanted || m.externalId.toLowerCase() === wanted,
  );
  if (member) return member;
  const near =
    owner.kind === 'name'
      ? closestWord(
          owner.name,
          members.map((m) => m.externalId),
        )
      : null;
  return fail(
    'person.unknown',
    `Nobody called ${describePerson(owner)} has items here.${near ? ` Did you mean @${near}?` : ''} Mention someone who owns items.`,
    `owner @${near ?? 'bob'}`,
  );
}

/**
 * The teams a typed name means: the one with that name, else those with a word starting so
 * (`team Safeguarding` finds "Safeguarding and Investigations"), else a refusal naming the teams there are.
 */
async function teamsNamed(ctx: CommandContext, typed: string): Promise<string[]> {
  const teams = await ctx.store.items.listTeams(ctx.workspace.id);
  const lower = typed.toLowerCase();
  const exact = teams.filter((t) => t.toLowerCase() === lower);
  if (exact.length > 0) return exact;
  const partly = teams.filter((t) => ` ${t.toLowerCase()}`.includes(` ${lower}`));
  if (partly.length > 0) return partly;
  if (teams.length === 0) {
    return fail(
      'team.unknown',
      `No item has a team yet, so none is called "${typed}". Name an owner's team when you assign an item.`,
      'assign OSAEC23-5 @bob team Safeguarding',
    );
  }
  const near = closestWord(typed, teams);
  return fail(
    'team.unknown',
    `No items have a team called "${typed}".${near ? ` Did you mean ${near}?` : ''} Teams with items: ${teams.slice(0, 10).join(', ')}.`,
    `team ${near ?? teams[0]}`,
  );
}

/** What the list is called. One filter keeps the words people know ("Nothing is overdue."). */
function describe(
  filter: ListFilter,
  found: {
    owner: Member | null;
    teams: string[] | null;
    report: Report | null;
    window: number | null;
    isActor: boolean;
  },
): Words {
  const { owner, teams, report, window } = found;
  const plural = (n: number) => (n === 1 ? '' : 's');
  const span = window === 1 ? 'day' : `${window} days`;
  const only =
    [filter.owner, filter.team, filter.report, filter.statuses, filter.dueSoon].filter(
      (part) => part !== null,
    ).length + (filter.overdue ? 1 : 0);
  if (only === 1) {
    if (owner && found.isActor && filter.owner === 'me')
      return {
        title: 'Your open items',
        summary: (n) => `You own ${n} open item${plural(n)}.`,
        empty: 'You own no open items.',
      };
    if (owner)
      return {
        title: `${owner.displayName}'s open items`,
        summary: (n) => `${owner.displayName} owns ${n} open item${plural(n)}.`,
        empty: `${owner.displayName} owns no open items.`,
      };
    if (filter.overdue)
      return {
        title: 'Overdue',
        summary: (n) => `${n} item${n === 1 ? ' is' : 's are'} overdue.`,
        empty: 'Nothing is overdue.',
      };
    if (window !== null)
      return {
        title: `Due in the next ${span}`,
        summary: (n) => `${n} item${n === 1 ? ' is' : 's are'} due in the next ${span}.`,
        empty: `Nothing is due in the next ${span}.`,
      };
  }
  const parts: string[] = [];
  if (filter.overdue) parts.push(window === null ? 'overdue' : `overdue or due in the next ${span}`);
  else if (window !== null) parts.push(`due in the next ${span}`);
  if (filter.statuses) parts.push(filter.statuses.map(statusLabel).join(' or '));
  if (owner) parts.push(filter.owner === 'me' ? 'owned by you' : `owned by ${owner.displayName}`);
  if (teams) parts.push(`team ${teams.join(' or ')}`);
  if (report) parts.push(`in ${report.key}`);
  const open = filter.statuses ? '' : 'open ';
  const said = parts.join(', ');
  return {
    title: said.charAt(0).toUpperCase() + said.slice(1),
    summary: (n) => `${n} ${open}item${plural(n)}: ${said}.`,
    empty: `No ${open}items: ${said}.`,
  };
}
