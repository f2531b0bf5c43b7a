import type { Extraction } from '../import/extraction.ts';
import type { PlannedItem } from '../import/plan.ts';
import type { Block, Choice, Reply } from '../reply/reply.ts';
import { importForm, itemDoubts } from './import-form.ts';
import { describeDraft, KIND_NAMES } from './import-preview.ts';

/**
 * `import show 5`: one item of the preview in full, so a person can check it against the document
 * before saving: its text whole (never cut), deadlines, addressees, responses, what the extractor
 * doubted, and the document's own lines it was read from.
 */
export function importItemView(
  item: PlannedItem,
  plan: readonly PlannedItem[],
  extraction: Extraction,
): Reply {
  const kind = KIND_NAMES[item.kind][0];
  const label = item.source.label ?? `${capital(kind)} ${item.number} (no label in the document)`;
  const fields = [
    { label: 'Kind', value: capital(kind) },
    {
      label: 'Deadline',
      value: item.deadlines.length === 0 ? 'none found' : item.deadlines.map(describeDraft).join(' and '),
    },
    {
      label: 'Addressees',
      value: item.source.addressees.length === 0 ? 'none found' : item.source.addressees.join('; '),
    },
  ];
  if (item.parentRef) fields.push({ label: 'Under', value: item.parentRef });
  if (item.notForUs) fields.push({ label: 'Saved as', value: `not for us (${item.notForUs})` });
  const doubts = itemDoubts(item, extraction);
  const blocks: Block[] = [
    { type: 'heading', text: `Item ${item.ref} of the import preview: ${label}` },
    { type: 'fields', fields },
    { type: 'text', text: item.source.text },
  ];
  if (item.source.forceResponse) {
    blocks.push({ type: 'text', text: `Force response: ${item.source.forceResponse}` });
  }
  if (item.source.pccResponse)
    blocks.push({ type: 'text', text: `PCC response: ${item.source.pccResponse}` });
  blocks.push({
    type: 'text',
    text: doubts.length === 0 ? 'No doubts.' : ['Doubts:', ...doubts.map((d) => `⚠ ${d}`)].join('\n'),
  });
  blocks.push({
    type: 'text',
    text:
      item.source.source.length === 0
        ? 'From the document: nothing (added by hand, or a preview made before source lines were kept).'
        : ['From the document:', ...item.source.source].join('\n'),
  });
  blocks.push({ type: 'choices', choices: choices(item) });
  return {
    kind: 'info',
    text: `${item.ref} in the import preview: ${capital(kind)}, ${doubts.length === 0 ? 'no doubts' : `${doubts.length} doubt${doubts.length === 1 ? '' : 's'}`}.`,
    blocks,
    form: importForm(plan, item),
  };
}

function choices(item: PlannedItem): Choice[] {
  const out: Choice[] = [{ label: 'Back to the preview', command: 'import preview' }];
  if (item.notForUs) out.push({ label: `Keep ${item.ref} as ours`, command: `import ours ${item.ref}` });
  out.push({ label: `Leave ${item.ref} out`, command: `import drop ${item.ref}`, style: 'danger' });
  return out;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
