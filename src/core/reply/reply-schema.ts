import { z } from 'zod';
import { DISPOSITIONS, ITEM_KINDS } from '../model/entities.ts';
import { STATUSES } from '../model/status.ts';
import type { Reply } from './reply.ts';

const choice = z.object({
  label: z.string(),
  command: z.string(),
  style: z.enum(['primary', 'danger']).optional(),
  readOnly: z.literal(true).optional(),
  asks: z.literal('reason').optional(),
});
const itemLine = z.object({
  ref: z.string(),
  summary: z.string(),
  rag: z.enum(['red', 'amber', 'green', 'grey', 'none']),
  status: z.enum(STATUSES),
  owner: z.string().nullable(),
  team: z.string().optional(),
  dueOn: z.string().nullable(),
  dueText: z.string(),
  slippage: z.string().optional(),
});

const block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({
    type: z.literal('fields'),
    fields: z.array(z.object({ label: z.string(), value: z.string() })),
  }),
  z.object({
    type: z.literal('items'),
    title: z.string().optional(),
    items: z.array(itemLine),
    empty: z.string().optional(),
  }),
  z.object({
    type: z.literal('history'),
    entries: z.array(z.object({ at: z.string(), when: z.string(), who: z.string(), text: z.string() })),
  }),
  z.object({ type: z.literal('choices'), choices: z.array(choice) }),
]);

const importForm = z.object({
  // Replies stored before forms had kinds were all import forms.
  kind: z.literal('import').default('import'),
  items: z.array(
    z.object({ ref: z.string(), kind: z.enum(ITEM_KINDS), summary: z.string(), notForUs: z.boolean() }),
  ),
  item: z.object({ ref: z.string(), text: z.string(), due: z.string() }).optional(),
});
const responsesForm = z.object({
  kind: z.literal('responses'),
  scope: z.enum(['item', 'report']),
  ref: z.string(),
  force: z.string(),
  pcc: z.string(),
  disposition: z.enum(DISPOSITIONS).nullable(),
});
const form = z.union([importForm, z.object({ kind: z.literal('report_new') }), responsesForm]);

const shows = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), ref: z.string() }),
  z.object({ kind: z.literal('report'), key: z.string() }),
]);

/** A stored Reply (the request ledger keeps the first answer to a message) is checked on the way back in. */
export const replySchema: z.ZodType<Reply> = z.object({
  kind: z.enum(['info', 'success', 'problem', 'question']),
  code: z.string().optional(),
  text: z.string(),
  blocks: z.array(block),
  expects: z.literal('document').optional(),
  form: form.optional(),
  shows: shows.optional(),
  readOnly: z.literal(true).optional(),
});
