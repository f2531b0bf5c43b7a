import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'rectrack.mjs');

/** A port nothing listens on right now (the OS picks it; it is closed again at once). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

export type Served = { child: ChildProcess; stderr: () => string; stop: () => Promise<void> };

/**
 * `rectrack serve` as a real process with only the settings the test gives (none of this machine's
 * Slack, Teams or database settings), resolved once it logs that it is listening.
 */
export async function serveRectrack(env: Record<string, string>, cwd: string): Promise<Served> {
  const base: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  for (const name of Object.keys(base)) if (/^(SLACK|TEAMS|DATABASE|RECTRACK)_/.test(name)) delete base[name];
  const child = spawn(process.execPath, [bin, 'serve'], { env: { ...base, ...env }, cwd });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  child.stdout?.resume();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`rectrack serve did not start:\n${stderr}`)), 20_000);
    const check = () => {
      if (!stderr.includes('"message":"listening"')) return;
      clearTimeout(timer);
      resolve();
    };
    child.stderr?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`rectrack serve exited with ${code}:\n${stderr}`));
    });
  });
  return {
    child,
    stderr: () => stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
