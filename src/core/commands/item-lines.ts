import type { Deadline, Item, Member } from '../model/entities.ts';
import type { ItemLine } from '../reply/reply.ts';
import { itemLine } from '../view/item-view.ts';
import type { CommandContext } from './context.ts';

export async function ownersOf(ctx: CommandContext, items: readonly Item[]): Promise<Map<string, Member>> {
  const members = await ctx.store.members.list(ctx.workspace.id);
  const wanted = new Set(items.map((i) => i.ownerId));
  return new Map(members.filter((m) => wanted.has(m.id)).map((m) => [m.id, m]));
}

/**
 * The lines of a report or a list, with what a committee reads: owner and team, status, RAG, the due
 * date and its slippage. Owners and deadlines are read once for all the items.
 */
export async function committeeLines(
  ctx: CommandContext,
  items: readonly Item[],
  keyOf: (item: Item) => string,
): Promise<ItemLine[]> {
  const owners = await ownersOf(ctx, items);
  const deadlines = new Map<string, Deadline[]>();
  const all = await ctx.store.deadlines.listByItems(
    ctx.workspace.id,
    items.map((i) => i.id),
  );
  for (const deadline of all)
    deadlines.set(deadline.itemId, [...(deadlines.get(deadline.itemId) ?? []), deadline]);
  return items.map((item) =>
    itemLine(item, keyOf(item), owners, ctx.workspace, ctx.today, deadlines.get(item.id) ?? []),
  );
}
