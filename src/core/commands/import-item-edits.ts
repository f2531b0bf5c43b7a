import { type IsoDate, parseDeadlinePhrase } from '../dates/index.ts';
import type { CommandOf } from '../grammar/commands.ts';
import { ITEM_EDIT_EXAMPLES } from '../grammar/import-items.ts';
import { extractAddressees } from '../import/addressees.ts';
import type { ExtractedDue, ExtractedItem } from '../import/extraction.ts';
import { type PlannedItem, REF_PREFIX } from '../import/plan.ts';
import { fail, type Reply } from '../reply/reply.ts';
import { mergePair } from '../view/import-form.ts';
import { importItemView } from '../view/import-item.ts';
import { KIND_NAMES } from '../view/import-preview.ts';
import type { CommandContext } from './context.ts';
import { requireDocument } from './import.ts';
import {
  nextNumber,
  pinned,
  planOf,
  requirePlanned,
  saveDraft,
  withItems,
  withOurs,
} from './import-draft.ts';
import { splitText } from './import-split.ts';

/*
 * Edits to single items of an import preview. Each checks everything before it changes anything, then
 * stores the whole import and shows the preview again; a problem leaves the import as it was.
 */

// What the extractor says about a deadline it read (src/core/import/deadlines.ts, extract.ts): a
// deadline the user sets answers these doubts, so they go.
const DEADLINE_DOUBT = /\bdeadline\b|\bdue\b|could not read|no year in|needs the publication date/i;

export async function showImportItem(ctx: CommandContext, cmd: CommandOf<'import_show'>): Promise<Reply> {
  const pending = await requireDocument(ctx);
  const plan = planOf(ctx, pending);
  const item = requirePlanned(plan, cmd.ref, `import show ${plan[0]?.ref ?? '1'}`);
  return importItemView(item, plan, pending.document.extraction);
}

export async function setImportItemText(ctx: CommandContext, cmd: CommandOf<'import_text'>): Promise<Reply> {
  const pending = await requireDocument(ctx);
  const plan = planOf(ctx, pending);
  requirePlanned(plan, cmd.ref, `import text ${plan[0]?.ref ?? '5'} "..."`);
  const items = pinned(plan).map((item, i) =>
    plan[i]?.ref === cmd.ref ? { ...item, text: cmd.text } : item,
  );
  return saveDraft(ctx, withItems(pending, items), `Text of ${cmd.ref} replaced.`);
}

export async function setImportItemDue(ctx: CommandContext, cmd: CommandOf<'import_due'>): Promise<Reply> {
  const pending = await requireDocument(ctx);
  const plan = planOf(ctx, pending);
  requirePlanned(plan, cmd.ref, `import due ${plan[0]?.ref ?? '5'} 31 March 2026`);
  const read = readDues(ctx, cmd.phrases, pending.document.extraction.publishedOn);
  const items = pinned(plan).map((item, i) => {
    if (plan[i]?.ref !== cmd.ref) return item;
    const kept = item.uncertain.filter((doubt) => !DEADLINE_DOUBT.test(doubt));
    return { ...item, due: read.due, additionalDues: read.additional, uncertain: [...kept, ...read.doubts] };
  });
  return saveDraft(ctx, withItems(pending, items), `Deadline of ${cmd.ref} set: ${cmd.phrases.join('; ')}.`);
}

/** Merges `from` into `into`: texts joined, responses appended, `into`'s deadlines unless it has none. */
export async function mergeImportItems(ctx: CommandContext, cmd: CommandOf<'import_merge'>): Promise<Reply> {
  const pending = await requireDocument(ctx);
  const plan = planOf(ctx, pending);
  const pair = mergePair(plan);
  const example = pair ? `import merge ${pair[0].ref} ${pair[1].ref}` : 'import preview';
  const into = requirePlanned(plan, cmd.into, example);
  const from = requirePlanned(plan, cmd.from, example);
  if (into.kind !== from.kind) {
    const same = plan.find((p) => p.kind === into.kind && p.ref !== into.ref);
    return fail(
      'import.merge_kinds',
      `${into.ref} is ${a(KIND_NAMES[into.kind][0])} and ${from.ref} ${a(KIND_NAMES[from.kind][0])}: only items of the same kind can be merged.`,
      same ? `import merge ${into.ref} ${same.ref}` : `import show ${into.ref}`,
    );
  }
  const merged = mergeItems(into, from);
  // Recommendations under a cause of concern merged away now sit under the one it joined.
  const concern = into.source.label ?? `Cause of concern ${into.number}`;
  const items = pinned(plan).flatMap((item, i) => {
    const planned = plan[i];
    if (planned?.ref === from.ref) return [];
    if (planned?.ref === into.ref) return [merged];
    return planned?.parentRef === from.ref ? [{ ...item, causeOfConcern: concern }] : [item];
  });
  const ours = (pending.document.ours ?? []).filter((ref) => ref !== from.ref);
  return saveDraft(ctx, withItems(pending, items, ours), `Merged ${from.ref} into ${into.ref}.`);
}

export async function splitImportItem(ctx: CommandContext, cmd: CommandOf<'import_split'>): Promise<Reply> {
  const pending = await requireDocument(ctx);
  const plan = planOf(ctx, pending);
  const target = requirePlanned(plan, cmd.ref, `import show ${plan[0]?.ref ?? '5'}`);
  const [first, second] = splitText(target.ref, target.source.text, cmd.after);
  const items = pinned(plan);
  const ref = `${REF_PREFIX[target.kind]}${nextNumber(items, target.kind)}`;
  const added: ExtractedItem = {
    ...target.source,
    kind: target.kind,
    label: null,
    number: nextNumber(items, target.kind),
    text: second,
    forceResponse: null,
    pccResponse: null,
  };
  const split = items.flatMap((item, i) =>
    plan[i]?.ref === target.ref ? [{ ...item, text: first }, added] : [item],
  );
  return saveDraft(ctx, withItems(pending, split), `Split ${target.ref}: the rest is now ${ref}.`);
}

/** `import add "..." due ...`: an item the document did not give, or that the extractor missed. */
export async function addImportItem(ctx: CommandContext, cmd: CommandOf<'import_add'>): Promise<Reply> {
  const pending = await requireDocument(ctx);
  const items = pinned(planOf(ctx, pending));
  const read = readDues(ctx, cmd.phrases, pending.document.extraction.publishedOn);
  const number = nextNumber(items, cmd.kind);
  const added: ExtractedItem = {
    kind: cmd.kind,
    label: null,
    number,
    text: cmd.text,
    due: read.due,
    additionalDues: read.additional,
    addressees: extractAddressees(cmd.text),
    forceResponse: null,
    pccResponse: null,
    causeOfConcern: null,
    uncertain: read.doubts,
    source: [],
  };
  const ref = `${REF_PREFIX[cmd.kind]}${number}`;
  const kind = KIND_NAMES[cmd.kind][0];
  return saveDraft(ctx, withItems(pending, [...items, added]), `Added ${ref}, ${a(kind)}.`);
}

/** Keeps items addressed only to other bodies as ordinary items, instead of "not for us". */
export async function keepImportItemsAsOurs(
  ctx: CommandContext,
  cmd: CommandOf<'import_ours'>,
): Promise<Reply> {
  const pending = await requireDocument(ctx);
  const plan = planOf(ctx, pending);
  const other = flagged(plan)[0];
  const example = other ? `import ours ${other.ref}` : 'import preview';
  const found = cmd.refs.map((ref) => requirePlanned(plan, ref, example));
  const kept = found.filter((p) => p.notForUs !== null).map((p) => p.ref);
  const already = found.filter((p) => p.notForUs === null).map((p) => p.ref);
  const said = [
    kept.length > 0
      ? `${kept.join(', ')} will be saved as ${kept.length === 1 ? 'an ordinary item' : 'ordinary items'}.`
      : '',
    already.length > 0
      ? `${already.join(', ')} ${already.length === 1 ? 'is' : 'are'} not addressed only to other bodies, so ${already.length === 1 ? 'it is' : 'they are'} saved as ${already.length === 1 ? 'an ordinary item' : 'ordinary items'} anyway.`
      : '',
  ];
  const changed = withOurs(pending, [...(pending.document.ours ?? []), ...kept]);
  return saveDraft(ctx, changed, said.filter((s) => s !== '').join(' '));
}

function flagged(plan: readonly PlannedItem[]): PlannedItem[] {
  return plan.filter((p) => p.notForUs !== null);
}

function mergeItems(into: PlannedItem, from: PlannedItem): ExtractedItem {
  const kept = into.source;
  const joined = from.source;
  const hasDeadline = into.deadlines.some((d) => d.kind !== 'none');
  return {
    ...kept,
    kind: into.kind,
    number: into.number,
    text: `${kept.text} ${joined.text}`,
    due: hasDeadline ? kept.due : joined.due,
    additionalDues: hasDeadline ? kept.additionalDues : joined.additionalDues,
    addressees: union(kept.addressees, joined.addressees),
    forceResponse: appended(kept.forceResponse, joined.forceResponse),
    pccResponse: appended(kept.pccResponse, joined.pccResponse),
    causeOfConcern: kept.causeOfConcern ?? joined.causeOfConcern,
    uncertain: union(kept.uncertain, joined.uncertain),
    source: [...kept.source, ...joined.source],
  };
}

type ReadDues = { due: ExtractedDue; additional: ExtractedDue[]; doubts: string[] };

/**
 * Deadline phrases read the way the extractor reads a document's (parseDeadlinePhrase, anchored on
 * the publication date, so a relative one moves with `import published`), dated from today.
 */
function readDues(ctx: CommandContext, phrases: readonly string[], anchor: IsoDate | null): ReadDues {
  const dues: ExtractedDue[] = [];
  const doubts: string[] = [];
  for (const phrase of phrases) {
    const parsed = parseDeadlinePhrase(phrase, { ...ctx.dates, anchor });
    if (parsed === null) {
      return fail(
        'deadline.unreadable',
        `I couldn't read "${phrase}" as a deadline.`,
        ITEM_EDIT_EXAMPLES.due,
      );
    }
    dues.push({ kind: parsed.kind, date: parsed.date, phrase: parsed.phrase });
    if (parsed.date === null && (parsed.kind === 'relative' || parsed.kind === 'immediate')) {
      doubts.push(`"${phrase}" needs the publication date`);
    }
  }
  const [due, ...additional] = dues;
  return { due: due ?? { kind: 'none', date: null, phrase: null }, additional, doubts };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function appended(a: string | null, b: string | null): string | null {
  return a !== null && b !== null ? `${a} ${b}` : (a ?? b);
}

function a(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
