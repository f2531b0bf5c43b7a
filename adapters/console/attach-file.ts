import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { DocumentFile } from '../../src/ports/documents.ts';

// Far above any report; the document reader applies the real limit, this only keeps memory sane.
const MAX_READ_BYTES = 64 * 1024 * 1024;

/** `text` is the command to send with the file (the path taken off where the command has no room for it). */
export type Attachment = { ok: true; file: DocumentFile; text: string } | { ok: false; message: string };

/**
 * `report import PATH` where PATH names an existing file: the console's way to upload one. Returns
 * undefined when the line is not that (a subcommand such as "import confirm K", or no such file),
 * so the line goes to the core as typed.
 */
export async function attachmentFor(line: string, cwd: string): Promise<Attachment | undefined> {
  // `restore PATH` and `import csv PATH` send the command alone with the file; `report import PATH` as typed.
  const own = /^(restore|import\s+(?:csv|xlsx))\s+(.+)$/i.exec(line.trim());
  const match = own ? null : /^(?:report\s+)?import\s+(.+)$/i.exec(line.trim());
  const typed = (own?.[2] ?? match?.[1])?.trim().replace(/^(["'])(.*)\1$/, '$2');
  const text = own?.[1] ?? line;
  // A path has a dot or a slash; "import preview" names no file even if one is called that.
  if (!typed || !/[./\\]/.test(typed)) return undefined;
  const path = resolve(cwd, typed);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) {
    // After restore or import csv a path is all there is to read: say it is not there.
    return own ? { ok: false, message: `There is no file at ${typed} (looked in ${cwd}).` } : undefined;
  }
  if (info.size > MAX_READ_BYTES) {
    return {
      ok: false,
      message: `${typed} is ${Math.round(info.size / 1048576)} MB; that is too large to import.`,
    };
  }
  try {
    return { ok: true, file: { name: basename(path), bytes: await readFile(path) }, text };
  } catch (error) {
    return {
      ok: false,
      message: `I couldn't read ${typed}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
