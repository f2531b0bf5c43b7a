import { formatDate, formatShortDate } from '../dates/index.ts';
import type { Extraction } from '../import/extraction.ts';
import type { DeadlineDraft, PlannedItem } from '../import/plan.ts';
import { section55Due } from '../model/deadline.ts';
import type { ItemKind, Report } from '../model/entities.ts';
import type { Block, Choice, Reply } from '../reply/reply.ts';
import { importForm, itemDoubts, mergePair } from './import-form.ts';
import { summarise } from './item-view.ts';

export type PreviewInput = {
  extraction: Extraction;
  plan: PlannedItem[];
  sourceName: string;
  key: string;
  /** False while the key is only the suggestion. */
  keyChosen: boolean;
  /** A live report already imported from the same document. */
  duplicate: Report | undefined;
  canSave: boolean;
  /** What the last command did, said before the preview ("Title set."). */
  lead?: string;
};

export const KIND_NAMES: Record<ItemKind, [string, string]> = {
  recommendation: ['recommendation', 'recommendations'],
  area_for_improvement: ['area for improvement', 'areas for improvement'],
  cause_of_concern: ['cause of concern', 'causes of concern'],
};

// Slack caps a text block at 3,000 characters; item lines go in blocks that stay under it.
const BLOCK_CHARS = 2800;

/** What an import would save, what the extractor was unsure of, and how to confirm or fix it. */
export function importPreview(input: PreviewInput): Reply {
  const { extraction, plan, key } = input;
  const counts = countByKind(plan);
  const title = extraction.title ?? '(no title found)';
  const blocks: Block[] = [
    { type: 'heading', text: `Import preview: ${title}` },
    { type: 'fields', fields: headerFields(input) },
    { type: 'text', text: counts },
    ...chunk(plan.flatMap((item) => itemLines(item, extraction))),
  ];
  const doubts = doubtsOf(extraction, plan);
  if (doubts.length > 0) blocks.push(...chunk(['Check these:', ...doubts.map((d) => `⚠ ${d}`)]));
  const others = plan.filter((p) => p.notForUs !== null).map((p) => p.ref);
  if (others.length > 0) {
    const one = others.length === 1;
    blocks.push({
      type: 'text',
      text: `Not for us: ${others.join(', ')} ${one ? 'is' : 'are'} addressed only to other bodies, so ${one ? 'it is' : 'they are'} saved as not for us. To keep one as an ordinary item: import ours ${others[0]}`,
    });
  }
  const anyway = input.duplicate ? ' anyway' : '';
  if (input.duplicate) {
    const when = formatDate(input.duplicate.createdAt.slice(0, 10));
    blocks.push({
      type: 'text',
      text: `⚠ This document was already imported as ${input.duplicate.key} on ${when}. Saving it again makes a second copy: import confirm ${key} anyway`,
    });
  }
  blocks.push({ type: 'text', text: `Fix before saving: ${fixes(key, plan)}` });
  if (!input.canSave)
    blocks.push({ type: 'text', text: 'Only an admin can save it: ask an admin to import it.' });
  const choices: Choice[] = [];
  if (input.canSave && plan.length > 0 && extraction.title) {
    choices.push({
      label: `Save as ${key}${anyway}`,
      command: `import confirm ${key}${anyway}`,
      style: 'primary',
    });
  }
  choices.push({ label: 'Cancel', command: 'import cancel', style: 'danger' });
  if (input.duplicate)
    choices.push({ label: `Show ${input.duplicate.key}`, command: `report ${input.duplicate.key}` });
  blocks.push({ type: 'choices', choices });
  const lead = input.lead ? `${input.lead} ` : '';
  const save =
    plan.length === 0
      ? 'Every item is left out, so there is nothing to save.'
      : !extraction.title
        ? 'It needs a title before it can be saved: import title "..."'
        : input.canSave
          ? `Nothing is saved until you confirm: import confirm ${key}${anyway}`
          : 'Only an admin can save it.';
  return {
    kind: 'question',
    text: `${lead}From ${input.sourceName}: "${summarise(title, 80)}", ${counts}. ${save}`,
    blocks,
    ...(plan.length > 0 ? { form: importForm(plan) } : {}),
  };
}

function headerFields(input: PreviewInput): { label: string; value: string }[] {
  const { extraction } = input;
  const fields = [
    { label: 'Key', value: input.keyChosen ? input.key : `${input.key} (suggested)` },
    { label: 'Title', value: extraction.title ?? 'not found' },
    { label: 'Publisher', value: extraction.publisher ?? 'not found' },
    { label: 'Published', value: extraction.publishedOn ? formatDate(extraction.publishedOn) : 'not found' },
  ];
  if (extraction.section55) {
    const due = section55Due(extraction);
    fields.push({
      label: 'Section 55 response due',
      value: due ? formatDate(due) : 'needs the publication date',
    });
  }
  if (extraction.link) fields.push({ label: 'Link', value: extraction.link });
  fields.push({ label: 'Source', value: input.sourceName });
  return fields;
}

/** The corrections, with this import's own key and items as the examples. */
function fixes(key: string, plan: readonly PlannedItem[]): string {
  // A recommendation makes the better example: causes of concern carry no deadline of their own.
  const first = (plan.find((p) => p.kind === 'recommendation') ?? plan[0])?.ref ?? '5';
  const last = plan.at(-1)?.ref ?? '15';
  const pair = mergePair(plan);
  const merge = pair ? `import merge ${pair[0].ref} ${pair[1].ref} | ` : '';
  const other = plan.find((p) => p.notForUs !== null);
  const ours = other ? `import ours ${other.ref} | ` : '';
  return (
    `import show ${first} | import text ${first} "..." | import due ${first} 31 March 2026 | ${merge}` +
    `import split ${first} after "..." | import add "..." due 31 March 2026 | ${ours}import drop ${last} | ` +
    `import key ${key} | import title "..." | import publisher HMICFRS | import published 5 April 2023 | import preview`
  );
}

function countByKind(plan: readonly PlannedItem[]): string {
  if (plan.length === 0) return 'no items';
  const parts: string[] = [];
  for (const kind of ['recommendation', 'area_for_improvement', 'cause_of_concern'] as const) {
    const n = plan.filter((p) => p.kind === kind).length;
    if (n > 0) parts.push(`${n} ${KIND_NAMES[kind][n === 1 ? 0 : 1]}`);
  }
  return parts.join(', ');
}

/** One line an item, "⚠" when something about it is in doubt; a second when it is not for us. */
function itemLines(item: PlannedItem, extraction: Extraction): string[] {
  const due =
    item.deadlines.length === 0 ? 'no deadline found' : item.deadlines.map(describeDraft).join(' and ');
  const under = item.parentRef ? ` (under ${item.parentRef})` : '';
  const doubt = itemDoubts(item, extraction).length > 0 ? ' ⚠' : '';
  const line = `${item.ref.padEnd(4)} ${due}${under} · ${summarise(item.source.text, 70)}${doubt}`;
  return item.notForUs === null ? [line] : [line, `     ↳ not for us: ${item.notForUs}`];
}

export function describeDraft(draft: DeadlineDraft): string {
  switch (draft.kind) {
    case 'none':
      return 'no deadline';
    case 'conditional':
      return `${draft.phrase} (waiting for the event)`;
    case 'immediate':
      return draft.dueOn ? `immediately (${formatShortDate(draft.dueOn)})` : 'immediately (no date yet)';
    default:
      return draft.dueOn ? formatShortDate(draft.dueOn) : `${draft.phrase} (no date yet)`;
  }
}

function doubtsOf(extraction: Extraction, plan: readonly PlannedItem[]): string[] {
  const doubts = [...extraction.warnings];
  // The extractor may already have said so, in its own words.
  const said = (topic: RegExp) => extraction.warnings.some((w) => topic.test(w));
  if (!extraction.title) doubts.push('No title found: set one with import title "..."');
  const undated = extraction.section55 || plan.some((p) => p.deadlines.some(needsAnchor));
  if (!extraction.publishedOn && undated && !said(/publication date/i)) {
    doubts.push('No publication date found, and deadlines count from it: import published 5 April 2023');
  }
  for (const item of plan) {
    for (const note of itemDoubts(item, extraction)) doubts.push(`${item.ref}: ${note}`);
  }
  return doubts;
}

function needsAnchor(draft: DeadlineDraft): boolean {
  return (draft.kind === 'immediate' || draft.kind === 'relative') && draft.dueOn === null;
}

function chunk(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (current.length > 0 && size + line.length + 1 > BLOCK_CHARS) {
      blocks.push({ type: 'text', text: current.join('\n') });
      current = [];
      size = 0;
    }
    current.push(line);
    size += line.length + 1;
  }
  if (current.length > 0) blocks.push({ type: 'text', text: current.join('\n') });
  return blocks;
}
