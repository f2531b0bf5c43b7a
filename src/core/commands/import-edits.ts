import { formatDate } from '../dates/index.ts';
import type { CommandOf } from '../grammar/commands.ts';
import type { Extraction } from '../import/extraction.ts';
import { planImport } from '../import/plan.ts';
import { section55Due } from '../model/deadline.ts';
import { fail, type Reply } from '../reply/reply.ts';
import type { CommandContext } from './context.ts';
import { type ReadyImport, requireDocument, showPreview } from './import.ts';

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
  const { extraction } = pending.document;
  const plan = planImport(extraction, ctx.dates);
  const unknown = cmd.refs.filter((ref) => !plan.some((p) => p.ref === ref));
  if (unknown.length > 0) {
    return fail(
      'import.bad_ref',
      `The preview has no item ${unknown.join(', ')}. Its items are ${plan.map((p) => p.ref).join(', ') || 'none'}.`,
      'import preview',
    );
  }
  const kept = plan.filter((p) => !cmd.refs.includes(p.ref));
  const keep = (kind: (typeof kept)[number]['kind']) =>
    kept.filter((p) => p.kind === kind).map((p) => ({ ...p.source, number: p.number }));
  const changed = edit(pending, {
    recommendations: keep('recommendation'),
    areasForImprovement: keep('area_for_improvement'),
    causesOfConcern: keep('cause_of_concern'),
  });
  const dropped = cmd.refs.join(', ');
  return save(ctx, changed, `Left out ${dropped}.`);
}

function edit(pending: ReadyImport, patch: Partial<Extraction>): ReadyImport {
  return {
    ...pending,
    document: { ...pending.document, extraction: { ...pending.document.extraction, ...patch } },
  };
}

async function save(ctx: CommandContext, pending: ReadyImport, lead: string): Promise<Reply> {
  await ctx.store.pendingImports.put(pending);
  return showPreview(ctx, pending, lead);
}
