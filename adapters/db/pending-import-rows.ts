import { z } from 'zod';
import type { ExtractedDue, ExtractedItem, Extraction } from '../../src/core/import/extraction.ts';
import { DEADLINE_KINDS, ITEM_KINDS } from '../../src/core/model/entities.ts';
import type { PendingImport } from '../../src/ports/store.ts';
import type { PendingImportRow } from './schema.ts';

/*
 * The extraction is stored as JSON text and checked on the way out, like every JSON column. The
 * schemas are typed against the core's types, so a field added there and not here fails to compile
 * instead of being silently dropped on read.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const dueSchema: z.ZodType<ExtractedDue> = z.object({
  kind: z.enum(DEADLINE_KINDS),
  date: isoDate.nullable(),
  phrase: z.string().nullable(),
});

const itemSchema: z.ZodType<ExtractedItem> = z.object({
  kind: z.enum(ITEM_KINDS),
  label: z.string().nullable(),
  number: z.number().int().nullable(),
  text: z.string(),
  due: dueSchema,
  additionalDues: z.array(dueSchema),
  addressees: z.array(z.string()),
  forceResponse: z.string().nullable(),
  pccResponse: z.string().nullable(),
  causeOfConcern: z.string().nullable(),
  uncertain: z.array(z.string()),
  // Previews saved before items kept their source lines have none.
  source: z.array(z.string()).default([]),
});

const extractionSchema: z.ZodType<Extraction> = z.object({
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedOn: isoDate.nullable(),
  link: z.string().nullable(),
  section55: z.boolean(),
  section55Due: isoDate.nullable(),
  forceResponseOverall: z.string().nullable(),
  pccResponseOverall: z.string().nullable(),
  recommendations: z.array(itemSchema),
  areasForImprovement: z.array(itemSchema),
  causesOfConcern: z.array(itemSchema),
  warnings: z.array(z.string()),
});

function parseExtraction(text: string): Extraction {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('Invalid JSON in pending_imports.extraction');
  }
  const parsed = extractionSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Unexpected extraction in pending_imports.extraction at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

const oursSchema = z.array(z.string());

function parseOurs(text: string | null): string[] {
  if (text === null) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('Invalid JSON in pending_imports.ours');
  }
  const parsed = oursSchema.safeParse(json);
  if (!parsed.success) throw new Error('Unexpected value in pending_imports.ours: expected a list of refs');
  return parsed.data;
}

export function pendingImportFromRow(row: PendingImportRow): PendingImport {
  const { extraction, source_name: sourceName, source_hash: sourceHash } = row;
  let document: PendingImport['document'] = null;
  if (extraction !== null && sourceName !== null && sourceHash !== null) {
    const ours = parseOurs(row.ours ?? null);
    document = {
      extraction: parseExtraction(extraction),
      sourceName,
      sourceHash,
      ...(ours.length > 0 ? { ours } : {}),
    };
  } else if (extraction !== null || sourceName !== null || sourceHash !== null) {
    throw new Error('pending_imports: extraction, source_name and source_hash must be all set or all null');
  }
  return {
    workspaceId: row.workspace_id,
    memberId: row.member_id,
    createdAt: row.created_at,
    document,
    key: row.key,
  };
}

export function pendingImportToRow(pending: PendingImport): PendingImportRow {
  return {
    workspace_id: pending.workspaceId,
    member_id: pending.memberId,
    created_at: pending.createdAt,
    source_name: pending.document?.sourceName ?? null,
    source_hash: pending.document?.sourceHash ?? null,
    extraction: pending.document ? JSON.stringify(pending.document.extraction) : null,
    key: pending.key,
    ours: pending.document?.ours?.length ? JSON.stringify(pending.document.ours) : null,
  };
}
