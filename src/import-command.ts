import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { renderImportSummary } from '../adapters/console/import-summary.ts';
import { renderReply } from '../adapters/console/render.ts';
import { tooLarge } from '../adapters/documents/problems.ts';
import { createDocumentReader, DEFAULT_MAX_BYTES } from '../adapters/documents/reader.ts';
import type { Config } from './config.ts';
import { handleMessage, type IncomingMessage } from './core/handle-message.ts';
import { extractReport } from './core/import/extract.ts';
import { toFixtureJson } from './core/import/fixture-json.ts';
import type { Platform } from './core/model/entities.ts';
import { openApp } from './main.ts';

type Output = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
type FileRead = { ok: true; name: string; bytes: Uint8Array } | { ok: false; exitCode: number };

/**
 * `rectrack import --dry-run FILE`: reads the document, extracts the report and prints it (as the
 * fixture JSON, or a summary), saving nothing. Returns the exit code: 1 for a document that can't be
 * read, 2 for a file that isn't there.
 */
export async function importDryRun(file: string, options: Output & { json: boolean }): Promise<number> {
  const read = await readDocumentFile(file, options.stderr);
  if (!read.ok) return read.exitCode;
  const document = await createDocumentReader({ maxBytes: DEFAULT_MAX_BYTES }).read(read);
  if (!document.ok) {
    options.stderr.write(`${document.message}\n`);
    return 1;
  }
  const extraction = extractReport(document.text);
  const output = options.json
    ? JSON.stringify(toFixtureJson(extraction), null, 2)
    : renderImportSummary(extraction);
  options.stdout.write(`${output}\n`);
  return 0;
}

export type ImportSaveOptions = Output & {
  /** The report key; the importer's suggestion when absent. */
  key: string | undefined;
  /** Save a second copy of a document imported before (chat's "import confirm KEY anyway"). */
  anyway?: boolean;
  /** `slack:T0123`, `teams:TENANT`, or a console workspace name (default: the local console). */
  workspace: string | undefined;
  /** The acting member's platform id; must be an admin of the workspace. */
  user: string;
};

/**
 * `rectrack import FILE`: the same conversation as "report import" in chat, as that user: the file
 * is read and previewed, then confirmed, so the command line and chat can never save differently.
 */
export async function importSave(config: Config, file: string, options: ImportSaveOptions): Promise<number> {
  const read = await readDocumentFile(file, options.stderr);
  if (!read.ok) return read.exitCode;
  const target = parseWorkspace(options.workspace);
  const app = await openApp(config);
  try {
    if (target.platform !== 'console') {
      const known = await app.deps.store.workspaces.findByExternal(target.platform, target.externalId);
      if (!known) {
        options.stderr.write(`No ${target.platform} workspace ${target.externalId} has used rectrack yet.\n`);
        return 2;
      }
    }
    const message = (text: string, files?: IncomingMessage['files']): IncomingMessage => ({
      platform: target.platform,
      workspace: { externalId: target.externalId, name: target.externalId },
      actor: { externalId: options.user, displayName: options.user },
      text,
      ...(files ? { files } : {}),
    });
    const preview = await handleMessage(
      app.deps,
      message('report import', [{ name: read.name, bytes: read.bytes }]),
    );
    if (preview.kind === 'problem') return fail(preview, options);
    const saved = await handleMessage(
      app.deps,
      message(`import confirm${options.key ? ` ${options.key}` : ''}${options.anyway ? ' anyway' : ''}`),
    );
    if (saved.kind !== 'success') {
      // Nothing was saved, so leave no preview behind for a later "import confirm" in chat to save.
      await handleMessage(app.deps, message('import cancel'));
      const hint =
        saved.code === 'import.duplicate'
          ? 'To save a second copy, run the same command with --anyway.'
          : null;
      return fail(saved, options, hint);
    }
    options.stdout.write(`${renderReply(saved, { color: false }).text}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

function fail(reply: Parameters<typeof renderReply>[0], options: Output, hint: string | null = null): number {
  // A chat reply's buttons, its "say: import confirm ..." and its chat example can't be used here; the hint
  // says what can.
  const text = hint ? reply.text.replace(/ To save a second copy, say: .*$/, '') : reply.text;
  const chatOnly = (b: (typeof reply.blocks)[number]) =>
    b.type === 'choices' || (hint !== null && b.type === 'text' && b.text.startsWith('For example: '));
  const shown = { ...reply, text, blocks: reply.blocks.filter((b) => !chatOnly(b)) };
  options.stderr.write(`${renderReply(shown, { color: false }).text}\n${hint ? `${hint}\n` : ''}`);
  return 1;
}

function parseWorkspace(text: string | undefined): { platform: Platform; externalId: string } {
  const match = /^(slack|teams):(.+)$/.exec(text ?? '');
  if (match?.[1] === 'slack' || match?.[1] === 'teams')
    return { platform: match[1], externalId: match[2] ?? '' };
  return { platform: 'console', externalId: text || 'local' };
}

async function readDocumentFile(file: string, stderr: NodeJS.WritableStream): Promise<FileRead> {
  const name = basename(file);
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      stderr.write(`${file} is not a file; give the path of a .txt, .md, .docx or .pdf document.\n`);
      return { ok: false, exitCode: 2 };
    }
    // Refused before reading, so a huge file is never loaded into memory.
    if (info.size > DEFAULT_MAX_BYTES) {
      stderr.write(`${tooLarge(name, info.size, DEFAULT_MAX_BYTES).message}\n`);
      return { ok: false, exitCode: 1 };
    }
    return { ok: true, name, bytes: await readFile(file) };
  } catch (error) {
    stderr.write(`${fileError(file, error)}\n`);
    return { ok: false, exitCode: 2 };
  }
}

function fileError(file: string, error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return `No such file: ${file}. Check the path and try again.`;
  if (code === 'EACCES' || code === 'EPERM') return `Permission denied reading ${file}.`;
  return `Can't read ${file}: ${error instanceof Error ? error.message : String(error)}`;
}
