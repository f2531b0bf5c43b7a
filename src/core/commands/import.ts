import type { PendingDocument, PendingImport } from '../../ports/store.ts';
import type { CommandOf } from '../grammar/commands.ts';
import { extractReport } from '../import/extract.ts';
import { itemCount, planImport } from '../import/plan.ts';
import { saveExtraction } from '../import/save.ts';
import { sourceHash } from '../import/source-hash.ts';
import { firstFreeKey, suggestKey } from '../import/suggest-key.ts';
import { authorize, canSaveImports } from '../permissions.ts';
import { type Block, fail, info, problem, type Reply, success } from '../reply/reply.ts';
import { importPreview } from '../view/import-preview.ts';
import type { CommandContext } from './context.ts';

/** A pasted document waits this long for its paste; a preview, a day (then it is treated as gone). */
const WAIT_FOR_DOCUMENT_MS = 60 * 60 * 1000;
const KEEP_PREVIEW_MS = 24 * 60 * 60 * 1000;

export const PASTED = 'pasted text';
const ASK_FOR_DOCUMENT = "Paste the report's text (or upload a .txt, .md, .docx or .pdf).";

export type IncomingDocument = { text: string; sourceName: string };
/** A pending import whose document has arrived. */
export type ReadyImport = PendingImport & { document: PendingDocument };

/** The member's import, unless it has expired (an expired one is removed). */
export async function currentImport(ctx: CommandContext): Promise<PendingImport | undefined> {
  const pending = await ctx.store.pendingImports.get(ctx.workspace.id, ctx.actor.id);
  if (!pending) return undefined;
  const age = ctx.now.getTime() - Date.parse(pending.createdAt);
  if (age <= (pending.document ? KEEP_PREVIEW_MS : WAIT_FOR_DOCUMENT_MS)) return pending;
  await ctx.store.pendingImports.delete(ctx.workspace.id, ctx.actor.id);
  return undefined;
}

/** `report import` alone: the next document this member sends is taken as the report. */
export async function startImport(ctx: CommandContext): Promise<Reply> {
  await ctx.store.pendingImports.put({
    workspaceId: ctx.workspace.id,
    memberId: ctx.actor.id,
    createdAt: ctx.now.toISOString(),
    document: null,
    key: null,
  });
  const note = canSaveImports(ctx.actor) ? '' : ' You can preview it; an admin saves it.';
  return { ...info(`${ASK_FOR_DOCUMENT}${note}`), expects: 'document' };
}

/** A pasted or uploaded document: extract it and show what would be saved. Nothing is saved yet. */
export async function importDocument(ctx: CommandContext, incoming: IncomingDocument): Promise<Reply> {
  if (incoming.text.trim() === '') {
    return problem('import.empty', `That was empty. ${ASK_FOR_DOCUMENT}`, 'report import');
  }
  const extraction = extractReport(incoming.text);
  if (itemCount(extraction) === 0) {
    const what = incoming.sourceName === PASTED ? 'that text' : incoming.sourceName;
    return problem(
      'import.no_items',
      `I found no recommendations, areas for improvement or causes of concern in ${what}, so there is nothing to import. I look for labels like "Recommendation 5" or "Area for improvement 2", or bullets after "should". You can still add items by hand.`,
      'add OSAEC23 "Chief Constables should ..." due 31 October 2023',
    );
  }
  const pending: ReadyImport = {
    workspaceId: ctx.workspace.id,
    memberId: ctx.actor.id,
    createdAt: ctx.now.toISOString(),
    document: { extraction, sourceName: incoming.sourceName, sourceHash: sourceHash(incoming.text) },
    key: null,
  };
  await ctx.store.pendingImports.put(pending);
  return showPreview(ctx, pending);
}

/** The member's import with its document, or a problem saying there is none. */
export async function requireDocument(ctx: CommandContext): Promise<ReadyImport> {
  const pending = await currentImport(ctx);
  if (pending?.document) return { ...pending, document: pending.document };
  if (pending) {
    return fail(
      'import.waiting',
      `I'm still waiting for the document. ${ASK_FOR_DOCUMENT} Or: import cancel`,
      'import cancel',
    );
  }
  return fail(
    'import.none',
    'You have no import waiting (a preview is kept for a day). Start one with: report import',
    'report import',
  );
}

export async function showPreview(ctx: CommandContext, pending: ReadyImport, lead?: string): Promise<Reply> {
  const { document } = pending;
  const key = await keyFor(ctx, pending, document);
  const duplicate = await ctx.store.reports.findBySourceHash(ctx.workspace.id, document.sourceHash);
  return importPreview({
    extraction: document.extraction,
    plan: planImport(document.extraction, ctx.dates, document.ours ?? []),
    sourceName: document.sourceName,
    key,
    keyChosen: pending.key !== null,
    duplicate,
    canSave: canSaveImports(ctx.actor),
    ...(lead === undefined ? {} : { lead }),
  });
}

/** The chosen key, or one made from the title that no live report uses yet. */
export async function keyFor(
  ctx: CommandContext,
  pending: PendingImport,
  document: PendingDocument,
): Promise<string> {
  if (pending.key !== null) return pending.key;
  const base = suggestKey(document.extraction.title, document.extraction.publishedOn);
  return firstFreeKey(
    base,
    async (key) => (await ctx.store.reports.findByKey(ctx.workspace.id, key)) !== undefined,
  );
}

export async function confirmImport(ctx: CommandContext, cmd: CommandOf<'import_confirm'>): Promise<Reply> {
  authorize(ctx.actor, cmd);
  const pending = await requireDocument(ctx);
  const { document } = pending;
  const chosen = cmd.key ?? (await keyFor(ctx, pending, document));
  const duplicate = await ctx.store.reports.findBySourceHash(ctx.workspace.id, document.sourceHash);
  if (duplicate && !cmd.anyway) {
    // "import confirm OSAEC23" with the earlier copy's own key: the offered second save needs a free key.
    const key = await firstFreeKey(
      chosen,
      async (k) => (await ctx.store.reports.findByKey(ctx.workspace.id, k)) !== undefined,
    );
    return fail(
      'import.duplicate',
      `This document was already imported as ${duplicate.key} ("${duplicate.title}"). To save a second copy, say: import confirm ${key} anyway`,
      `import confirm ${key} anyway`,
      [
        { label: `Save ${key} anyway`, command: `import confirm ${key} anyway`, style: 'primary' },
        { label: `Show ${duplicate.key}`, command: `report ${duplicate.key}` },
        { label: 'Cancel', command: 'import cancel', style: 'danger' },
      ],
    );
  }
  const { report, items } = await saveExtraction(ctx, document.extraction, {
    key: chosen,
    sourceHash: document.sourceHash,
    sourceName: document.sourceName,
    ours: document.ours ?? [],
  });
  await ctx.store.pendingImports.delete(ctx.workspace.id, ctx.actor.id);
  const dated = items.filter((i) => i.dueOn !== null).length;
  const open = items.find((i) => i.status !== 'not_for_us');
  const blocks: Block[] = [];
  const others = items.filter((i) => i.status === 'not_for_us').map((i) => `${report.key}-${i.ref}`);
  if (others.length > 0) {
    blocks.push({
      type: 'text',
      text: `${others.length} saved as not for us (addressed only to other bodies): ${others.join(', ')}.`,
    });
  }
  if (open) blocks.push({ type: 'text', text: `Give each an owner: assign ${report.key}-${open.ref} @name` });
  blocks.push({
    type: 'choices',
    choices: [{ label: `Show ${report.key}`, command: `report ${report.key}` }],
  });
  return success(
    `Imported ${report.key}: ${report.title}, with ${items.length} item${items.length === 1 ? '' : 's'} (${dated} with a due date).`,
    blocks,
  );
}

export async function cancelImport(ctx: CommandContext): Promise<Reply> {
  const pending = await currentImport(ctx);
  if (!pending) return info('There was no import waiting, so there is nothing to cancel.');
  await ctx.store.pendingImports.delete(ctx.workspace.id, ctx.actor.id);
  return success('Import cancelled; nothing was saved.');
}
