#!/usr/bin/env node
// Runs the compiled JavaScript in dist/ (scripts/build.mjs, run by `npm ci` through the `prepare`
// script): transpiling the TypeScript at every start cost about two seconds and 100 MB.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli.js', import.meta.url);
let runCli;
if (existsSync(compiled)) {
  ({ runCli } = await import(compiled.href));
} else {
  // A checkout where nobody ran `npm ci` or `npm run build`: still works, only slower to start.
  process.stderr.write(
    'rectrack: dist/ is missing, so the TypeScript sources are compiled at every start (slow). ' +
      'Run `npm run build` once to start fast.\n',
  );
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../src/cli.ts'));
}
const code = await runCli(process.argv.slice(2), process.env);
if (code !== 0) process.exitCode = code;
