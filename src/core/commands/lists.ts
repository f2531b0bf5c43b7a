import { addDays } from '../dates/index.ts';
import type { CommandOf } from '../grammar/commands.ts';
import { describePerson } from '../grammar/people.ts';
import type { Item } from '../model/entities.ts';
import { isClosed } from '../model/status.ts';
import { fail, info, type Reply } from '../reply/reply.ts';

import { itemLine, shortenedHint } from '../view/item-view.ts';
import type { CommandContext } from './context.ts';
import { ownersOf } from './reports.ts';

export async function listMine(ctx: CommandContext): Promise<Reply> {
  const items = (await ctx.store.items.listByOwner(ctx.workspace.id, ctx.actor.id)).filter(
    (i) => !isClosed(i.status),
  );
  return itemList(ctx, items, {
    title: 'Your open items',
    summary: (n) => `You own ${n} open item${n === 1 ? '' : 's'}.`,
    empty: 'You own no open items.',
  });
}

/** Someone's open items. Looking a person up here never adds them, unlike assigning. */
export async function listOwnedBy(ctx: CommandContext, cmd: CommandOf<'owned_by'>): Promise<Reply> {
  const members = await ctx.store.members.list(ctx.workspace.id);
  const wanted = cmd.person.kind === 'mention' ? cmd.person.externalId : cmd.person.name.toLowerCase();
  const member = members.find((m) =>
    cmd.person.kind === 'mention'
      ? m.externalId === wanted
      : m.displayName.toLowerCase() === wanted || m.externalId.toLowerCase() === wanted,
  );
  if (!member) {
    return fail(
      'person.unknown',
      `Nobody called ${describePerson(cmd.person)} has items here.`,
      'owner @bob',
    );
  }
  const items = (await ctx.store.items.listByOwner(ctx.workspace.id, member.id)).filter(
    (i) => !isClosed(i.status),
  );
  return itemList(ctx, items, {
    title: `${member.displayName}'s open items`,
    summary: (n) => `${member.displayName} owns ${n} open item${n === 1 ? '' : 's'}.`,
    empty: `${member.displayName} owns no open items.`,
  });
}

export async function listOverdue(ctx: CommandContext): Promise<Reply> {
  const items = await ctx.store.items.listOpenDueBy(ctx.workspace.id, addDays(ctx.today, -1));
  return itemList(ctx, items, {
    title: 'Overdue',
    summary: (n) => `${n} item${n === 1 ? ' is' : 's are'} overdue.`,
    empty: 'Nothing is overdue.',
  });
}

export async function listDueSoon(ctx: CommandContext, cmd: CommandOf<'due_soon'>): Promise<Reply> {
  const days = cmd.days ?? ctx.workspace.dueSoonDays;
  const items = (await ctx.store.items.listOpenDueBy(ctx.workspace.id, addDays(ctx.today, days))).filter(
    (i) => i.dueOn !== null && i.dueOn >= ctx.today,
  );
  const span = days === 1 ? 'day' : `${days} days`;
  return itemList(ctx, items, {
    title: `Due in the next ${span}`,
    summary: (n) => `${n} item${n === 1 ? ' is' : 's are'} due in the next ${span}.`,
    empty: `Nothing is due in the next ${span}.`,
  });
}

async function itemList(
  ctx: CommandContext,
  items: readonly Item[],
  words: { title: string; summary: (n: number) => string; empty: string },
): Promise<Reply> {
  const reports = new Map((await ctx.store.reports.list(ctx.workspace.id)).map((r) => [r.id, r]));
  const live = items.filter((i) => reports.has(i.reportId));
  const owners = await ownersOf(ctx, live);
  const lines = live.map((item) =>
    itemLine(item, reports.get(item.reportId)?.key ?? '?', owners, ctx.workspace, ctx.today),
  );
  return info(live.length === 0 ? words.empty : words.summary(live.length), [
    { type: 'items', title: words.title, items: lines, empty: words.empty },
    ...shortenedHint(lines),
  ]);
}
