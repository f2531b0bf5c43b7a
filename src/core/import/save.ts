import { appendUpdate, type CommandContext } from '../commands/context.ts';
import { KEY_PATTERN } from '../grammar/commands.ts';
import { firstUrl } from '../grammar/normalize.ts';
import { effectiveDueOn } from '../model/deadline.ts';
import type { Deadline, Item, Report } from '../model/entities.ts';
import { authorizeImportSave } from '../permissions.ts';
import { fail } from '../reply/reply.ts';
import type { Extraction } from './extraction.ts';
import { planImport } from './plan.ts';

export type ImportSource = {
  /** The report key to save under. */
  key: string;
  /** sourceHash() of the document's text; null when there is no document to recognise later. */
  sourceHash: string | null;
  /** The file name, or "pasted text": noted in each item's first history entry. */
  sourceName: string;
  /** Refs kept as ordinary items although addressed only to other bodies (import ours 5). */
  ours?: readonly string[];
};

/**
 * Saves an extraction as a report and its items, with their deadlines and a 'created' entry each.
 * Runs in the caller's transaction and writes nothing it cannot finish: a problem (key taken, no
 * title) is thrown before the first write, and anything thrown later rolls the whole import back.
 */
export async function saveExtraction(
  ctx: CommandContext,
  extraction: Extraction,
  source: ImportSource,
): Promise<{ report: Report; items: Item[] }> {
  authorizeImportSave(ctx.actor);
  const key = source.key.toUpperCase();
  if (!KEY_PATTERN.test(key)) {
    fail(
      'report.bad_key',
      `"${source.key}" can't be a key: use 2 to 16 letters and digits, starting with a letter.`,
      'import confirm OSAEC23',
    );
  }
  const title = extraction.title?.replace(/\s+/g, ' ').trim() ?? '';
  if (title === '') {
    fail(
      'import.no_title',
      'The report needs a title before it is saved.',
      'import title "Online CSAE inspection"',
    );
  }
  const existing = await ctx.store.reports.findByKey(ctx.workspace.id, key);
  if (existing) {
    fail(
      'report.key_taken',
      `The key ${key} is already used by "${existing.title}". Choose another key.`,
      `import confirm ${key}B`,
    );
  }
  const planned = planImport(extraction, ctx.dates, source.ours);
  if (planned.length === 0) {
    fail(
      'import.no_items',
      'There are no items to save: the document had none, or all were left out.',
      'import cancel',
    );
  }

  const now = ctx.now.toISOString();
  const report: Report = {
    id: ctx.ids.next(),
    workspaceId: ctx.workspace.id,
    key,
    title,
    publisher: extraction.publisher,
    publishedOn: extraction.publishedOn,
    // Only a printed web address, never link text.
    link: extraction.link === null ? null : firstUrl(extraction.link),
    section55: extraction.section55,
    forceResponse: extraction.forceResponseOverall,
    pccResponse: extraction.pccResponseOverall,
    sourceHash: source.sourceHash,
    createdBy: ctx.actor.id,
    createdAt: now,
    deletedAt: null,
  };
  await ctx.store.reports.insert(report);

  const idByRef = new Map<string, string>();
  const items: Item[] = [];
  for (const plan of planned) {
    const id = ctx.ids.next();
    idByRef.set(plan.ref, id);
    const deadlines: Deadline[] = plan.deadlines.map((draft) => ({
      ...draft,
      id: ctx.ids.next(),
      workspaceId: ctx.workspace.id,
      itemId: id,
    }));
    const { source: found } = plan;
    const item: Item = {
      id,
      workspaceId: ctx.workspace.id,
      reportId: report.id,
      ref: plan.ref,
      kind: plan.kind,
      label: found.label,
      number: plan.number,
      text: found.text,
      addressees: found.addressees,
      disposition: null,
      parentId: plan.parentRef === null ? null : (idByRef.get(plan.parentRef) ?? null),
      ownerId: null,
      ownerTeam: null,
      status: 'awaiting_allocation',
      blockedReason: null,
      dueOn: effectiveDueOn(deadlines),
      forceResponse: found.forceResponse,
      pccResponse: found.pccResponse,
      createdAt: now,
      updatedAt: now,
    };
    await ctx.store.items.insert(item);
    for (const deadline of deadlines) await ctx.store.deadlines.insert(deadline);
    const created = await appendUpdate(ctx, item, {
      kind: 'created',
      toStatus: 'awaiting_allocation',
      note: `imported from ${source.sourceName}`,
    });
    items.push(plan.notForUs === null ? created : await markNotForUs(ctx, created, plan.notForUs));
  }
  await ctx.store.members.update(ctx.workspace.id, ctx.actor.id, { lastReportId: report.id });
  ctx.actor = { ...ctx.actor, lastReportId: report.id };
  return { report, items };
}

/** The way the chat command does it ("OSAEC23-15 not for us"): a status entry, and the disposition. */
async function markNotForUs(ctx: CommandContext, item: Item, why: string): Promise<Item> {
  await ctx.store.items.update(ctx.workspace.id, item.id, { disposition: 'not_for_us' });
  const closed = await appendUpdate(ctx, item, {
    kind: 'status',
    fromStatus: item.status,
    toStatus: 'not_for_us',
    note: why,
  });
  return { ...closed, disposition: 'not_for_us' };
}
