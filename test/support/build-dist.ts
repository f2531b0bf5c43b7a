import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Vitest's global setup: the tests run the command line as users do, from the compiled dist/, so it
 * is brought up to date with the sources under test first (a no-op when it already is).
 */
export default function buildDist(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'build.mjs')], {
    stdio: 'inherit',
  });
}
