import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/serve-rectrack.ts';

/*
 * Start-up loads only what the command uses: the chat SDKs cost a second and ~90 MB to load, the PDF
 * and Word readers a few hundred milliseconds. A module-resolution hook records every package the
 * real command line (bin/rectrack.mjs, running dist/) asks node for.
 */
const repo = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'rectrack-loads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hooks = join(dir, 'hooks.mjs');
writeFileSync(
  hooks,
  `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(process.env.LOADS_LOG, resolved.url + '\\n');
  return resolved;
}
`,
);
const register = join(dir, 'register.mjs');
writeFileSync(
  register,
  `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`,
);

// The export libraries (Word, Excel, charts) weigh about 40 MB in a server that never exports.
const HEAVY = [
  '@slack/bolt',
  'botbuilder',
  'mammoth',
  'unpdf',
  'tsx',
  'docx',
  'exceljs',
  'vega',
  'vega-lite',
];

const command = (args: string[]) => ['--import', register, join(repo, 'bin', 'rectrack.mjs'), ...args];
const newLog = () => {
  const log = join(dir, `loads-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, '');
  return log;
};
const environment = (log: string, more: Record<string, string> = {}) => ({
  PATH: process.env.PATH,
  HOME: dir,
  LOADS_LOG: log,
  NO_COLOR: '1',
  ...more,
});

/** The packages (under node_modules) a run of the command line loaded, and the sources it ran. */
function loads(args: string[]): { packages: Set<string>; fromSource: boolean; code: number | null } {
  const log = newLog();
  const run = spawnSync(process.execPath, command(args), {
    cwd: dir,
    env: environment(log),
    encoding: 'utf8',
  });
  return { ...loaded(log), code: run.status };
}

function loaded(log: string): { packages: Set<string>; fromSource: boolean } {
  const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const packages = new Set(
    urls.flatMap((url) => {
      const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
      return match?.[1] ? [match[1]] : [];
    }),
  );
  return { packages, fromSource: urls.some((url) => url.endsWith('.ts')) };
}

describe('what starting rectrack loads', () => {
  it('--help loads no package at all, and runs the compiled code', () => {
    const run = loads(['--help']);
    expect(run.code).toBe(0);
    expect([...run.packages]).toEqual([]);
    expect(run.fromSource).toBe(false);
  });

  it('chat loads the database driver but none of the chat SDKs or document readers', () => {
    const run = loads(['chat', '--db', join(dir, 'chat.sqlite'), '-e', 'help', '-e', 'reports']);
    expect(run.code).toBe(0);
    expect(run.packages).toContain('sqlite3');
    for (const heavy of HEAVY) expect(run.packages).not.toContain(heavy);
    expect(run.fromSource).toBe(false);
  });

  it('importing a text file reads it without the PDF and Word readers; a .docx loads mammoth only', () => {
    const text = join(repo, 'test', 'fixtures', 'import', 'causes-of-concern-calderbrook-rasso-2024.txt');
    const plain = loads(['import', '--dry-run', text]);
    expect(plain.code).toBe(0);
    for (const heavy of HEAVY) expect(plain.packages).not.toContain(heavy);

    const docx = join(dir, 'not-really.docx');
    writeFileSync(docx, 'PK\u0003\u0004 this is no real Word file');
    const word = loads(['import', '--dry-run', docx]);
    expect(word.packages).toContain('mammoth');
    for (const heavy of HEAVY.filter((h) => h !== 'mammoth')) expect(word.packages).not.toContain(heavy);
  });

  it('a server for Slack alone loads Bolt but not botbuilder, nor the document readers', async () => {
    const log = newLog();
    const server = spawn(process.execPath, command(['serve']), {
      cwd: dir,
      env: environment(log, {
        PORT: String(await freePort()),
        DATABASE_URL: `sqlite:${join(dir, 'serve.sqlite')}`,
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_BOT_TOKEN: 'xoxb-not-used',
      }),
    });
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      server.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes('"message":"listening"')) resolve();
      });
      server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    server.kill('SIGTERM');
    const { packages } = loaded(log);
    expect(packages).toContain('@slack/bolt');
    for (const heavy of HEAVY.filter((h) => h !== '@slack/bolt')) expect(packages).not.toContain(heavy);
  });
});
