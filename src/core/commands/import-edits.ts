import { formatDate } from '../dates/index.ts';
import type { CommandOf } from '../grammar/commands.ts';
import { section55Due } from '../model/deadline.ts';
import { fail, type Reply } from '../reply/reply.ts';
import type { CommandContext } from './context.ts';
import { requireDocument, showPreview } from './import.ts';
import { edit, pinned, planOf, refsOf, saveDraft as save, withItems } from './import-draft.ts';

/*
 * Corrections to an import before it is saved. Each changes the pending extraction (or the chosen
 * key) and shows the preview again, so the user always sees exactly what confirming will save.
 */

export async function previewImport(ctx: CommandContext): Promise<Reply> {
  return showPreview(ctx, await requireDocument(ctx));
}

export async function setImportKey(ctx: CommandContext, cmd: CommandOf<'import_key'>): Promise<Reply> {
  const pending = await requireDocument(ctx);
  const existing = await ctx.store.reports.findByKey(ctx.workspace.id, cmd.key);
  if (existing) {
    return fail(
      'report.key_taken',
      `The key ${cmd.key} is already used by "${existing.title}". Choose another key.`,
      `import key ${cmd.key.slice(0, 15)}B`,
    );
  }
  return save(ctx, { ...pending, key: cmd.key }, `The key is now ${cmd.key}.`);
}

export async function setImportTitle(ctx: CommandContext, cmd: CommandOf<'import_title'>): Promise<Reply> {
  const pending = await requireDocument(ctx);
  return save(ctx, edit(pending, { title: cmd.title }), 'Title set.');
}

export async function setImportPublisher(
  ctx: CommandContext,
  cmd: CommandOf<'import_publisher'>,
): Promise<Reply> {
  const pending = await requireDocument(ctx);
  return save(ctx, edit(pending, { publisher: cmd.publisher }), 'Publisher set.');
}

/** The publication date also moves the section 55 date and deadlines that count from publication. */
export async function setImportPublished(
  ctx: CommandContext,
  cmd: CommandOf<'import_published'>,
): Promise<Reply> {
  const pending = await requireDocument(ctx);
  const { extraction } = pending.document;
  const section55 = section55Due({ section55: extraction.section55, publishedOn: cmd.date });
  return save(
    ctx,
    edit(pending, { publishedOn: cmd.date, section55Due: section55 }),
    `Published ${formatDate(cmd.date)}.`,
  );
}

/**
 * Leaves items out. The others keep the refs the preview showed: an unnumbered item's number is
 * fixed first, so dropping one bullet does not renumber the rest under the user's feet.
 */
export async function dropImportItems(ctx: CommandContext, cmd: CommandOf<'import_drop'>): Promise<Reply> {
  const pending = await requireDocument(ctx);
  const plan = planOf(ctx, pending);
  const unknown = cmd.refs.filter((ref) => !plan.some((p) => p.ref === ref));
  if (unknown.length > 0) {
    return fail(
      'import.bad_ref',
      `The preview has no item ${unknown.join(', ')}. ${refsOf(plan)}`,
      `import drop ${plan.at(-1)?.ref ?? '1'}`,
    );
  }
  const kept = plan.filter((p) => !cmd.refs.includes(p.ref));
  const ours = (pending.document.ours ?? []).filter((ref) => !cmd.refs.includes(ref));
  const changed = withItems(pending, pinned(kept), ours);
  return save(ctx, changed, `Left out ${cmd.refs.join(', ')}.`);
}
