import { type DeadlinePhrase, formatDate, parseDeadlinePhrase } from '../dates/index.ts';
import type { CommandOf } from '../grammar/commands.ts';
import { formatRef } from '../grammar/refs.ts';
import { deadlineFromPhrase, effectiveDueOn } from '../model/deadline.ts';
import type { Deadline, Item, ItemKind, Member, Report } from '../model/entities.ts';
import { authorize } from '../permissions.ts';
import { type Block, fail, info, type Reply, success } from '../reply/reply.ts';
import { historyEntry, itemCard, itemLine, summarise } from '../view/item-view.ts';
import { moreBlocks, pageOf } from '../view/pages.ts';
import { appendUpdate, type CommandContext, findItem, findReport } from './context.ts';
import { itemResponsesForm } from './responses.ts';

const REF_PREFIX: Record<ItemKind, string> = {
  recommendation: '',
  area_for_improvement: 'A',
  cause_of_concern: 'C',
};
const DEADLINE_EXAMPLES =
  '"by 31 October 2023", "immediately", "within six months", "6 months after the tool is implemented" or "none"';

export async function addItem(ctx: CommandContext, cmd: CommandOf<'item_add'>): Promise<Reply> {
  authorize(ctx.actor, cmd);
  const report = await findReport(ctx, cmd.key);
  const phrases: DeadlinePhrase[] = [];
  for (const text of cmd.deadlines) {
    const parsed = parseDeadlinePhrase(text, { ...ctx.dates, anchor: report.publishedOn });
    if (!parsed)
      return fail(
        'deadline.unreadable',
        `I couldn't read "${text}" as a deadline. Try ${DEADLINE_EXAMPLES}.`,
        `add ${report.key} "text" due 31 October 2023`,
      );
    phrases.push(parsed);
  }
  const prefix = REF_PREFIX[cmd.kind];
  // Indexed lookups rather than the whole report: the next number, and whether its ref is taken.
  const number = cmd.number ?? (await ctx.store.items.nextNumber(ctx.workspace.id, report.id, cmd.kind));
  const taken =
    (await ctx.store.items.findByRef(ctx.workspace.id, report.id, `${prefix}${number}`)) !== undefined;
  const parent = cmd.parent
    ? await ctx.store.items.findByRef(ctx.workspace.id, report.id, cmd.parent)
    : undefined;
  if (cmd.parent && parent?.kind !== 'cause_of_concern') {
    return fail(
      'item.bad_parent',
      `${formatRef(report.key, cmd.parent)} is not a cause of concern in ${report.key}; only causes of concern hold recommendations.`,
      `add ${report.key} "text" under C1`,
    );
  }
  if (taken) {
    return fail(
      'item.number_taken',
      `${formatRef(report.key, prefix + number)} already exists.`,
      `${formatRef(report.key, prefix + number)}`,
    );
  }
  const item: Item = {
    id: ctx.ids.next(),
    workspaceId: ctx.workspace.id,
    reportId: report.id,
    ref: `${prefix}${number}`,
    kind: cmd.kind,
    label: null,
    number,
    text: cmd.text,
    addressees: addressees(cmd.text),
    disposition: null,
    parentId: parent?.id ?? null,

    ownerId: null,
    ownerTeam: null,
    status: 'awaiting_allocation',
    blockedReason: null,
    dueOn: null,
    forceResponse: null,
    pccResponse: null,
    createdAt: ctx.now.toISOString(),
    updatedAt: ctx.now.toISOString(),
  };
  const deadlines: Deadline[] = phrases.map((p, position) =>
    deadlineFromPhrase(p, { id: ctx.ids.next(), workspaceId: ctx.workspace.id, itemId: item.id, position }),
  );
  item.dueOn = effectiveDueOn(deadlines);
  await ctx.store.items.insert(item);
  for (const deadline of deadlines) await ctx.store.deadlines.insert(deadline);
  await appendUpdate(ctx, item, { kind: 'created', toStatus: 'awaiting_allocation' });
  const ref = formatRef(report.key, item.ref);
  const due = deadlines
    .filter((d) => d.kind !== 'none')
    .map((d) => (d.dueOn ? formatDate(d.dueOn) : `${d.phrase} (no date yet)`))
    .join(' and ');
  const notes = phrases.some((p) => p.kind === 'relative' && p.date === null)
    ? ` ${report.key} has no publication date, so the relative deadline has no date yet.`
    : '';
  return success(
    `Added ${ref}: ${summarise(cmd.text, 60)}${due ? `, due ${due}` : ', no deadline'}.${notes}`,
    [
      { type: 'text', text: `Assign it with: assign ${ref} @name` },
      { type: 'choices', choices: [{ label: `Show ${ref}`, command: ref }] },
    ],
  );
}

export async function showItem(ctx: CommandContext, cmd: CommandOf<'item_show'>): Promise<Reply> {
  const { report, item } = await findItem(ctx, cmd.item, (full) => full);
  const [deadlines, history, members] = await Promise.all([
    ctx.store.deadlines.listByItems(ctx.workspace.id, [item.id]),
    ctx.store.updates.listByItem(ctx.workspace.id, item.id),
    ctx.store.members.list(ctx.workspace.id),
  ]);
  const people = new Map(members.map((m) => [m.id, m]));
  const owner = item.ownerId ? (people.get(item.ownerId) ?? null) : null;
  const blocks = itemCard({
    item,
    report,
    owner,
    deadlines,
    history,
    people,
    workspace: ctx.workspace,
    today: ctx.today,
  });
  if (item.kind === 'cause_of_concern' || item.parentId) {
    // Before the actions, which stay last.
    blocks.splice(blocks.length - 1, 0, ...(await concernBlocks(ctx, report, item, people)));
  }
  const ref = formatRef(report.key, item.ref);
  return {
    ...info(`${ref}: ${summarise(item.text, 120)}`, blocks),
    shows: { kind: 'item', ref },
    form: itemResponsesForm(ref, item),
  };
}

/** A cause of concern lists its recommendations; a recommendation under one names it. */
async function concernBlocks(
  ctx: CommandContext,
  report: Report,
  item: Item,
  people: ReadonlyMap<string, Member>,
): Promise<Block[]> {
  const all = await ctx.store.items.listByReport(ctx.workspace.id, report.id);
  const parent = all.find((i) => i.id === item.parentId);
  if (parent) {
    return [
      { type: 'text', text: `Under ${formatRef(report.key, parent.ref)}: ${summarise(parent.text, 80)}` },
    ];
  }
  const children = all.filter((i) => i.parentId === item.id);
  const done = children.filter((i) => i.status === 'done').length;
  return [
    {
      type: 'items',
      title: `Recommendations under this concern (${done}/${children.length} done)`,
      items: children.map((c) => itemLine(c, report.key, people, ctx.workspace, ctx.today)),
      empty: `None yet. Add one with: add ${report.key} "text" under ${item.ref}`,
    },
  ];
}

export async function showHistory(ctx: CommandContext, cmd: CommandOf<'item_history'>): Promise<Reply> {
  const { report, item } = await findItem(ctx, cmd.item, (full) => `history ${full}`);
  const [{ updates, total }, members] = await Promise.all([
    ctx.store.updates.pageByItem(ctx.workspace.id, item.id, pageOf(cmd.page)),
    ctx.store.members.list(ctx.workspace.id),
  ]);
  const people = new Map(members.map((m) => [m.id, m]));
  const ref = formatRef(report.key, item.ref);
  return info(`History of ${ref} (${total} update${total === 1 ? '' : 's'}), oldest first.`, [
    { type: 'heading', text: `History of ${ref}` },
    { type: 'history', entries: updates.map((u) => historyEntry(u, people, ctx.workspace.timeZone)) },
    ...moreBlocks({ page: cmd.page, shown: updates.length, total, again: `history ${ref}` }),
  ]);
}

/** Who a recommendation addresses: the subject of its "should", split on commas and "and". */
export function addressees(text: string): string[] {
  const match = /^(?:by [^,]+,\s*)?(.+?)\s+should\b/i.exec(text.trim());
  if (!match?.[1]) return [];
  return match[1]
    .split(/,\s*|\s+and\s+/)
    .map((s) => s.replace(/^(?:the|all)\s+/i, '').trim())
    .filter((s) => s.length > 0 && s.length < 120);
}
