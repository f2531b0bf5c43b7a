import type { IsoDate } from '../dates/index.ts';
import type { DocumentFormat, ExportKind } from '../grammar/commands.ts';
import { backupBytes } from './backup.ts';
import { toCsv } from './csv.ts';
import type { Doc } from './document.ts';
import { toHtml } from './html.ts';
import { itemsTable } from './items-table.ts';
import { toMarkdown } from './markdown.ts';
import { responseDocument } from './response-document.ts';
import { type ExportFile, MEDIA_TYPES, type Snapshot } from './snapshot.ts';

/**
 * An export read and waiting to be made: what the command asked for and the snapshot it read. The
 * core makes it after the command's transaction, so the database is never held while a file is built.
 */
export type ExportJob = {
  kind: ExportKind;
  /** The document formats asked for (response and pack); every one the kind has when none was named. */
  formats: readonly DocumentFormat[];
  /** The report key, or null for every report (or the whole workspace). */
  key: string | null;
  since: IsoDate | null;
  snapshot: Snapshot;
};

const encoder = new TextEncoder();

/** The files of an export, in the order they are offered. Pure: the same job gives the same bytes. */
export async function makeFiles(job: ExportJob): Promise<ExportFile[]> {
  const base = fileBase(job);
  switch (job.kind) {
    case 'response': {
      const [record] = job.snapshot.reports;
      if (!record) return [];
      return documentFiles(responseDocument(record), `${base}-response`, job.formats);
    }
    case 'csv': {
      const table = itemsTable(job.snapshot);
      return [
        { name: `${base}-items.csv`, mediaType: MEDIA_TYPES.csv, bytes: toCsv(table.header, table.rows) },
      ];
    }
    case 'xlsx': {
      const table = itemsTable(job.snapshot);
      // The Word, Excel and chart libraries load when an export needs them, not with every command.
      const { toXlsx } = await import('./xlsx.ts');
      const bytes = await toXlsx('Items', table.header, table.rows);
      return [{ name: `${base}-items.xlsx`, mediaType: MEDIA_TYPES.xlsx, bytes }];
    }
    case 'json':
      return [{ name: `${base}.json`, mediaType: MEDIA_TYPES.json, bytes: backupBytes(job.snapshot) }];
    case 'pack': {
      const { packDocument } = await import('./pack.ts');
      return documentFiles(await packDocument(job.snapshot, job.key, job.since), `${base}-pack`, job.formats);
    }
  }
}

/** What the export is, in the reply and the progress line. */
export function exportTitle(job: ExportJob): string {
  const of = job.key ?? 'all reports';
  return {
    response: `${job.key}'s section 55 response`,
    csv: `Items of ${of} as CSV`,
    xlsx: `Items of ${of} as an Excel workbook`,
    json: 'Backup of this workspace',
    pack: `Panel pack for ${of}`,
  }[job.kind];
}

/** What the progress line says while the files are made. */
export function describeJob(job: ExportJob): string {
  return `Making it: ${exportTitle(job)}…`;
}

// A backup's name carries its date: several are kept side by side.
function fileBase(job: ExportJob): string {
  if (job.kind === 'json') return `rectrack-backup-${job.snapshot.today}`;
  return job.key ?? 'all-reports';
}

export async function documentFiles(
  doc: Doc,
  base: string,
  formats: readonly DocumentFormat[],
): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  for (const format of formats) {
    const bytes =
      format === 'docx'
        ? await (await import('./docx.ts')).toDocx(doc)
        : encoder.encode(format === 'html' ? toHtml(doc) : toMarkdown(doc));
    files.push({ name: `${base}.${format}`, mediaType: MEDIA_TYPES[format], bytes });
  }
  return files;
}
