/*
 * Start-up time and memory of the real command line, each beside `node -e 0` in the same run (the
 * machines here are shared, so the difference to the baseline means more than the figure), and the
 * server's memory idle and after 10,000 signed /recs commands. "From the sources" is how rectrack
 * started before dist/: through tsx, transpiling at every start.
 *
 * Run: npm run bench:startup [commands for the memory run, default 10000]
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startFakeSlackApi } from '../test/support/fake-slack-api.ts';
import { BOT_TOKEN, SIGNING_SECRET, sign } from '../test/support/fake-slack-client.ts';
import { slashFields } from '../test/support/fake-slack-payloads.ts';
import { freePort } from '../test/support/serve-rectrack.ts';

const COMMANDS = Number(process.argv[2] ?? 10_000);
const RUNS = 7;
const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'rectrack.mjs');
const dir = mkdtempSync(join(tmpdir(), 'rectrack-startup-'));
const env = { PATH: process.env.PATH ?? '', HOME: dir, NO_COLOR: '1' };
const fromSource = `import { register } from 'tsx/esm/api'; register();
const { runCli } = await import(${JSON.stringify(join(root, 'src', 'cli.ts'))});
process.exitCode = await runCli(process.argv.slice(1), process.env);`;

/** Median wall time and peak resident memory of a command, over RUNS runs. */
function measure(args: string[]): { ms: number; mb: number } {
  const times: number[] = [];
  let peak = 0;
  for (let i = 0; i < RUNS; i++) {
    const begin = performance.now();
    // In the checkout, where `node -e` finds tsx for the runs from the sources.
    const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    times.push(performance.now() - begin);
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stderr}`);
    peak = Math.max(peak, Number(run.stderr.trim().split('\n').at(-1)) / 1024);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)] ?? 0, mb: peak };
}

const db = join(dir, 'chat.sqlite');
const cases: Array<[string, string[]]> = [
  ['node -e 0 (baseline)', ['-e', '0']],
  ['rectrack --help', [bin, '--help']],
  ['rectrack chat -e help', [bin, 'chat', '--db', db, '-e', 'help']],
  ['rectrack --help, from the sources', ['--input-type=module', '-e', fromSource, '--help']],
  [
    'rectrack chat -e help, from the sources',
    ['--input-type=module', '-e', fromSource, 'chat', '--db', db, '-e', 'help'],
  ],
];
const lines: string[] = [
  '| start-up | median ms | over baseline ms | peak MB |',
  '| --- | --- | --- | --- |',
];
let baseline = 0;
for (const [name, args] of cases) {
  const { ms, mb } = measure(args);
  if (baseline === 0) baseline = ms;
  lines.push(`| ${name} | ${ms.toFixed(0)} | ${(ms - baseline).toFixed(0)} | ${mb.toFixed(0)} |`);
}

/** Resident memory of a process, from /proc (Linux). */
function rssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const api = await startFakeSlackApi();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [bin, 'serve'], {
  cwd: dir,
  stdio: 'ignore',
  env: {
    ...env,
    PORT: String(port),
    DATABASE_URL: `sqlite:${join(dir, 'serve.sqlite')}`,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: api.apiUrl,
    // To try the server under other V8 or allocator settings: NODE_OPTIONS=... npm run bench:startup
    ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
    ...(process.env.MALLOC_ARENA_MAX ? { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX } : {}),
  },
});
const answers = () => api.calls.filter((c) => c.method === 'response_url').length;
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const begin = Date.now();
  while (!(await check())) {
    if (Date.now() - begin > 600_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
// Idle means the server has been left alone long enough to give back what a burst made it hold
// (adapters/system/idle-trim.ts: 1.5 s quiet, then 6 s more), as it would be between bursts of use.
const settle = () => new Promise((resolve) => setTimeout(resolve, 10_000));
try {
  await until(
    () =>
      fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      ),
    'the server',
  );
  await settle();
  const idle = rssMb(server);
  let sent = 0;
  const texts = (n: number) =>
    [
      'report new "Memory inspection" key MEM published 1 February 2024',
      `add MEM "Forces should not leak ${n}" due 1 March 2027`,
      `MEM-${1 + (n % 50)} note: still here ${n}`,
      `MEM-${1 + (n % 50)}`,
      'mine',
      'help',
    ][n < 2 ? n : 2 + (n % 4)] ?? 'help';
  const send = async (n: number) => {
    const body = new URLSearchParams({
      command: '/recs',
      ...slashFields(texts(n), api.responseUrl(`m${n}`), `mem.${n}`, { user: `W0MEM${n % 16}` }),
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': sign(body, timestamp),
      },
      body,
    }).then((r) => r.text());
  };
  for (const n of [0, 1]) {
    await send(n);
    await until(() => answers() > n, 'the seed');
  }
  const marks: Array<[number, number]> = [];
  sent = 2;
  while (sent < COMMANDS) {
    // 16 people at once, each waiting for the answer before the next; the inbox bounds the rest.
    const batch = Array.from({ length: Math.min(16, COMMANDS - sent) }, (_, k) => sent + k);
    await Promise.all(batch.map(send));
    sent += batch.length;
    await until(() => answers() >= sent, 'answers');
    if (sent % 2000 < 16) marks.push([sent, rssMb(server)]);
  }
  await settle();
  const after = rssMb(server);
  lines.push('', '| server memory | MB |', '| --- | --- |', `| idle, after start | ${idle.toFixed(0)} |`);
  for (const [n, mb] of marks)
    lines.push(`| after ${n.toLocaleString('en-GB')} commands | ${mb.toFixed(0)} |`);
  lines.push(`| idle, after ${sent.toLocaleString('en-GB')} commands | ${after.toFixed(0)} |`);
} finally {
  server.kill('SIGTERM');
  api.rejected.length = 0;
  await api.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(lines.join('\n'));
process.exit(0);
