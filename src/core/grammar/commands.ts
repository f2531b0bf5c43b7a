import { z } from 'zod';
import { DISPOSITIONS, ITEM_KINDS } from '../model/entities.ts';
import { S55_STAGES } from '../model/section55.ts';

import { STATUSES } from '../model/status.ts';
import { digestCommandSchemas } from './digest-commands.ts';

/** How many items one message may update at once: a range longer than this is more likely a slip. */
export const MAX_ITEMS_AT_ONCE = 50;
/** More items than this in one message are asked about once before anything changes. */
export const ASK_ABOVE_ITEMS = 10;
/** More words than this is a pasted paragraph rather than a search. */
export const MAX_SEARCH_WORDS = 12;

/** The highest page a list may ask for (a page beyond the list's end is answered, not refused). */
export const MAX_PAGE = 9999;
/** Which page of a long list (`overdue page 2`); absent means the first. */
const page = z.number().int().min(1).max(MAX_PAGE).optional();

/** Report keys: a letter, then letters or digits (the dash is reserved for item references). */
export const KEY_PATTERN = /^[A-Z][A-Z0-9]{1,15}$/;
/** An item's ref within its report: "5", "A3" (area for improvement), "C1" (cause of concern). */
export const ITEM_REF_PATTERN = /^[A-Z]{0,3}\d{1,4}$/;

/** What `export` makes, and the document formats a response or a pack can be written in. */
export const EXPORT_KINDS = ['response', 'csv', 'xlsx', 'json', 'pack'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const DOCUMENT_FORMATS = ['md', 'html', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const key = z.string().regex(KEY_PATTERN);

/** A reference to an item; `key` is null when the user typed a bare number ("14 is blocked"). */
export const itemRefSchema = z.object({ key: key.nullable(), ref: z.string().regex(ITEM_REF_PATTERN) });
export type ItemRef = z.infer<typeof itemRefSchema>;

/** A person as typed: a platform mention carrying the user id, or a plain @name. */
export const personSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mention'), externalId: z.string().min(1), name: z.string().nullable() }),
  z.object({ kind: z.literal('name'), name: z.string().min(1) }),
]);
export type PersonToken = z.infer<typeof personSchema>;

const text = z.string().trim().min(1);

/**
 * Which items a list shows (`mine`, `overdue team Safeguarding`, `report OSAEC23 status blocked`):
 * every part given must match. `owner` 'me' is whoever asks; without statuses only open items show;
 * `dueSoon.days` null means the workspace's window. Overdue with due soon shows both.
 */
export const listFilterSchema = z
  .object({
    owner: z.union([z.literal('me'), personSchema]).nullable(),
    team: text.nullable(),
    report: key.nullable(),
    statuses: z.array(z.enum(STATUSES)).min(1).nullable(),
    overdue: z.boolean(),
    dueSoon: z.object({ days: z.number().int().min(1).max(366).nullable() }).nullable(),
  })
  .refine((f) => f.owner || f.team || f.report || f.statuses || f.overdue || f.dueSoon, 'no filter');
export type ListFilter = z.infer<typeof listFilterSchema>;
const previewRef = z.string().regex(ITEM_REF_PATTERN);
/** Several items named in one message ("1-4", "5, 6 and 9"), each updated as if named alone. */
const severalItems = z.array(itemRefSchema).min(2).max(MAX_ITEMS_AT_ONCE);

export const commandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('help'), topic: z.string().nullable() }),
  z.object({
    type: z.literal('report_new'),
    title: text,
    key,
    publishedOn: isoDate.nullable(),
    publisher: z.string().nullable(),
    section55: z.boolean(),
    link: z.url().nullable(),
  }),
  z.object({ type: z.literal('report_list'), page }),
  z.object({ type: z.literal('report_show'), key, page }),
  z.object({ type: z.literal('report_delete'), key, confirmed: z.boolean() }),
  z.object({
    type: z.literal('item_add'),
    key,
    text,
    deadlines: z.array(text),
    kind: z.enum(ITEM_KINDS),
    number: z.number().int().positive().nullable(),
    /** The ref of the cause of concern this item sits under, e.g. "C1". */
    parent: z.string().regex(ITEM_REF_PATTERN).nullable(),
  }),
  z.object({ type: z.literal('item_show'), item: itemRefSchema }),
  z.object({ type: z.literal('item_history'), item: itemRefSchema, page }),
  z.object({
    type: z.literal('assign'),
    item: itemRefSchema,
    person: personSchema,
    team: z.string().nullable(),
  }),
  z.object({
    type: z.literal('status'),
    item: itemRefSchema,
    status: z.enum(STATUSES),
    note: z.string().nullable(),
  }),
  z.object({
    // "5 and 6 are done", "mark 1-4 not for us": one status for several items, applied one by one.
    type: z.literal('status_many'),
    items: severalItems,
    status: z.enum(STATUSES),
    note: z.string().nullable(),
  }),
  z.object({
    type: z.literal('assign_many'),
    items: severalItems,
    person: personSchema,
    team: z.string().nullable(),
  }),
  z.object({
    type: z.literal('revise_many'),
    items: severalItems,
    date: isoDate,
    reason: z.string().nullable(),
    deadline: z.number().int().positive().nullable(),
    /** As in revise: the dates that looked wrong were confirmed. Saying yes to many items is not this. */
    confirmed: z.boolean(),
  }),
  z.object({ type: z.literal('comment'), item: itemRefSchema, note: text }),
  z.object({ type: z.literal('disposition'), item: itemRefSchema, disposition: z.enum(DISPOSITIONS) }),
  z.object({
    type: z.literal('revise'),
    item: itemRefSchema,
    date: isoDate,
    reason: z.string().nullable(),
    deadline: z.number().int().positive().nullable(),
    /** The user confirmed a date that looked wrong (past, before publication, earlier than now due). */
    confirmed: z.boolean(),
  }),
  z.object({ type: z.literal('event'), item: itemRefSchema, date: isoDate }),
  z.object({
    type: z.literal('respond'),
    key,
    item: z.string().regex(ITEM_REF_PATTERN).nullable(),
    who: z.enum(['force', 'pcc']),
    text,
  }),
  /** The section 55 response reached a stage; `on` is the day it happened (null: today). */
  z.object({
    type: z.literal('s55_stage'),
    key,
    stage: z.enum(S55_STAGES),
    on: isoDate.nullable(),
    url: z.url().nullable(),
    /** Approve although some items have no force or PCC response yet. */
    confirmed: z.boolean(),
  }),
  z.object({ type: z.literal('s55_show'), key }),
  /** An item's (or, without `item`, the report's overall) responses, with the form that changes them. */
  z.object({ type: z.literal('responses_show'), key, item: z.string().regex(ITEM_REF_PATTERN).nullable() }),
  z.object({ type: z.literal('list'), filter: listFilterSchema, page }),
  /** Words (a quoted phrase is one) that must all occur in an item; `key` keeps to one report. */
  z.object({
    type: z.literal('search'),
    words: z.array(z.string().trim().min(1).max(200)).min(1).max(MAX_SEARCH_WORDS),
    key: key.nullable(),
    page,
  }),
  z.object({ type: z.literal('make_admin'), person: personSchema }),
  z.object({ type: z.literal('settings') }),
  z.object({ type: z.literal('set_time_zone'), timeZone: text }),
  z.object({ type: z.literal('set_revision_limit'), limit: z.number().int().min(0).max(99).nullable() }),
  z.object({ type: z.literal('set_due_soon'), days: z.number().int().min(1).max(90) }),
  z.object({ type: z.literal('set_s55_comments'), days: z.number().int().min(1).max(55) }),
  z.object({ type: z.literal('import_start') }),
  /** The document's text as pasted, lines kept (it never went through normalize()). */
  z.object({ type: z.literal('import_document'), text }),
  z.object({ type: z.literal('import_confirm'), key: key.nullable(), anyway: z.boolean() }),
  z.object({ type: z.literal('import_cancel') }),
  z.object({ type: z.literal('import_preview') }),
  z.object({ type: z.literal('import_key'), key }),
  z.object({ type: z.literal('import_title'), title: text }),
  z.object({ type: z.literal('import_publisher'), publisher: text }),
  z.object({ type: z.literal('import_published'), date: isoDate }),
  z.object({
    type: z.literal('import_drop'),
    refs: z.array(z.string().regex(ITEM_REF_PATTERN)).min(1),
  }),
  // Edits to one item of the preview; refs are the preview's own ("5", "A2", "C1").
  z.object({ type: z.literal('import_show'), ref: previewRef }),
  /** `from` is merged into `into`, which keeps its ref. */
  z.object({ type: z.literal('import_merge'), into: previewRef, from: previewRef }),
  /** `after` is the words, as typed, that end the first part. */
  z.object({ type: z.literal('import_split'), ref: previewRef, after: text }),
  z.object({ type: z.literal('import_text'), ref: previewRef, text }),
  /** Deadline phrases as typed, checked readable; the first is the main deadline. */
  z.object({ type: z.literal('import_due'), ref: previewRef, phrases: z.array(text).min(1) }),
  z.object({ type: z.literal('import_add'), kind: z.enum(ITEM_KINDS), text, phrases: z.array(text) }),
  z.object({ type: z.literal('import_ours'), refs: z.array(previewRef).min(1) }),
  /** `key` null: every report (or, for json, the whole workspace); `formats` null: each the kind has. */
  z.object({
    type: z.literal('export'),
    key: key.nullable(),
    kind: z.enum(EXPORT_KINDS),
    formats: z.array(z.enum(DOCUMENT_FORMATS)).min(1).nullable(),
    since: isoDate.nullable(),
  }),
  /** A JSON backup, uploaded with the command, into a workspace that has no reports yet. */
  z.object({ type: z.literal('restore') }),
  /** A spreadsheet of items, uploaded with the command: each row creates or updates the item it names. */
  z.object({ type: z.literal('import_table'), format: z.enum(['csv', 'xlsx']) }),
  ...digestCommandSchemas({ itemRef: itemRefSchema, person: personSchema, key, isoDate }),
]);
export type Command = z.infer<typeof commandSchema>;
export type CommandOf<T extends Command['type']> = Extract<Command, { type: T }>;
