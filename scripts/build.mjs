#!/usr/bin/env node
/*
 * Compiles the command line (src/cli.ts and everything it imports) to JavaScript in dist/, which
 * bin/rectrack.mjs runs, so nothing is transpiled at start. `npm ci` runs this through the `prepare`
 * script; `--check` builds in memory and fails, naming the files, when dist/ is not what the sources
 * give (CI runs it).
 *
 * esbuild rather than tsc: it bundles our ~200 modules into a few files (fewer files to find and
 * parse at start) and splits them at each `await import()`, so `--help` loads one small file and
 * `chat` never loads the Slack, Teams, PDF or Word code. It builds in well under a second, where tsc
 * takes tens of seconds here. It does not type-check: `npm test` runs `tsc --noEmit` for that.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist');

const options = {
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Small pure-JavaScript libraries are bundled in: kysely, zod and chrono-node are hundreds of small
  // files each, and finding and reading those took longer than running a command. Packages with
  // native code, optional parts or their own file layout stay in node_modules, loaded as they are.
  external: [
    'sqlite3',
    'pg',
    '@slack/bolt',
    'botbuilder',
    'mammoth',
    'unpdf',
    'tsx',
    // The export libraries: a native renderer, and large packages loaded only when a file is made.
    '@resvg/resvg-js',
    'docx',
    'exceljs',
    'vega',
    'vega-lite',
  ],
  chunkNames: 'chunks/[name]-[hash]',
  // Stack traces name the TypeScript lines under `NODE_OPTIONS=--enable-source-maps`.
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
};

async function filesIn(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** What differs between dist/ and a fresh build: files to write, and files no build makes any more. */
async function compare() {
  const { outputFiles } = await esbuild.build({ ...options, write: false });
  const stale = [];
  for (const file of outputFiles) {
    const actual = await readFile(file.path, 'utf8').catch(() => undefined);
    if (actual !== file.text) stale.push({ file, missing: actual === undefined });
  }
  const made = new Set(outputFiles.map((f) => f.path));
  const leftOver = (await filesIn(outdir)).filter((path) => !made.has(path));
  return { stale, leftOver, count: outputFiles.length };
}

const { stale, leftOver, count } = await compare();
if (process.argv.includes('--check')) {
  const problems = [
    ...stale.map(
      ({ file, missing }) => `${missing ? 'missing' : 'out of date'} ${relative(root, file.path)}`,
    ),
    ...leftOver.map((path) => `left over ${relative(root, path)}`),
  ];
  if (problems.length > 0) {
    process.stderr.write(
      `dist/ does not match the sources; run npm run build:\n  ${problems.join('\n  ')}\n`,
    );
    process.exitCode = 1;
  } else {
    process.stdout.write(`dist/ is current (${count} files)\n`);
  }
} else {
  // Only what changed is written, the entry point last (it names the new chunks), and old chunks are
  // removed after: a build never leaves dist/ half there for a rectrack already starting from it.
  const entry = join(outdir, 'cli.js');
  const ordered = [
    ...stale.filter((s) => s.file.path !== entry),
    ...stale.filter((s) => s.file.path === entry),
  ];
  for (const { file } of ordered) {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, file.contents);
  }
  await Promise.all(leftOver.map((path) => rm(path, { force: true })));
}
