import { spawn } from 'node:child_process';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'rectrack.mjs');

export type Run = { code: number | null; stdout: string; stderr: string };

export type RunOptions = {
  cwd: string;
  stdin?: string;
  env?: Record<string, string>;
  /** Run as this user and group (a test running as root drops to one that file permissions bind). */
  uid?: number;
  gid?: number;
};

/**
 * Runs the real `rectrack` command line as a user would: a new process, plain output, and none of
 * this machine's Slack, Teams or database settings unless the test passes its own.
 */
export function runRectrack(args: string[], options: RunOptions): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
    for (const name of Object.keys(env)) if (/^(SLACK|TEAMS|DATABASE)_/.test(name)) delete env[name];
    Object.assign(env, options.env);
    const child = spawn(process.execPath, [bin, ...args], {
      env,
      cwd: options.cwd,
      ...(options.uid === undefined ? {} : { uid: options.uid }),
      ...(options.gid === undefined ? {} : { gid: options.gid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
