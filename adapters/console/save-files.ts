import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ExportFile } from '../../src/core/export/snapshot.ts';

/**
 * The console's delivery of an export: each file written into `dir` (created if need be; a file of
 * the same name is replaced by the newer export), and the lines that say where, relative to `cwd`
 * when inside it so they can be pasted into the next command.
 */
export async function saveFiles(files: readonly ExportFile[], dir: string, cwd: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const lines: string[] = [];
  for (const file of files) {
    const path = join(dir, file.name);
    await writeFile(path, file.bytes);
    const shown = relative(cwd, path);
    lines.push(`  Wrote ${shown.startsWith('..') ? path : shown} (${size(file.bytes.length)})`);
  }
  return lines;
}

function size(bytes: number): string {
  return bytes < 1024
    ? `${bytes} bytes`
    : bytes < 1048576
      ? `${Math.round(bytes / 1024)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;
}
