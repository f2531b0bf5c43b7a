import type { DocumentFile, DocumentReader } from '../../ports/documents.ts';
import { splitImport } from '../grammar/import.ts';
import { parseCommand } from '../grammar/parse.ts';
import { problem, type Reply } from '../reply/reply.ts';
import type { CommandContext } from './context.ts';
import { currentImport, type IncomingDocument, importDocument, PASTED } from './import.ts';

export type { IncomingDocument } from './import.ts';

/** An uploaded file as text, or the reader's reason why not, in words for the user. */
export async function uploadedDocument(
  reader: DocumentReader,
  files: readonly DocumentFile[],
): Promise<{ ok: true; document: IncomingDocument } | { ok: false; reply: Reply }> {
  const [file] = files;
  if (file === undefined || files.length > 1) {
    return {
      ok: false,
      reply: problem(
        'import.one_file',
        `That message carries ${files.length} files; send one document at a time and I will import it.`,
        'report import',
      ),
    };
  }
  const read = await reader.read(file);
  if (!read.ok) return { ok: false, reply: problem(read.code, `${read.message} Nothing was saved.`) };
  return { ok: true, document: { text: read.text, sourceName: file.name } };
}

/**
 * The message as a document to import, when it is one: an upload, or, after `report import` asked
 * for it, a multi-line paste (or an empty one, which gets its own answer). Anything else, including
 * a command typed while the bot waits, goes on to the grammar. Returns the reply, or undefined when
 * the message is not a document.
 */
export async function takeDocument(
  ctx: CommandContext,
  text: string,
  upload: IncomingDocument | undefined,
): Promise<Reply | undefined> {
  if (upload) return importDocument(ctx, upload);
  const trimmed = text.trim();
  const pasted = trimmed === '' || /[\r\n]/.test(trimmed);
  if (!pasted || splitImport(text) !== null) return undefined;
  const pending = await currentImport(ctx);
  if (!pending || pending.document !== null) return undefined;
  const reply = await importDocument(ctx, { text, sourceName: PASTED });
  // A multi-line command ("OSAEC23-5 done:" then the note) is no document; it has nothing to import
  // and nothing was written, so the grammar gets it after all.
  if (reply.code === 'import.no_items' && parseCommand(text, ctx.dates).ok) return undefined;
  return reply;
}
