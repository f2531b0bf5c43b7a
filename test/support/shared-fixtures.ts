import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The `../shared` folder beside the repository: the real seed document and the import corpus. CI and
 * the team's machines have it; a fresh clone does not. Tests that need it are marked `needsShared`, so
 * they are skipped (and counted, see shared-skip-reporter.ts) when it is absent. Platform payloads and
 * the import fixtures are in the repository (test/fixtures) and never need it.
 */
export const SHARED_DIR = join(import.meta.dirname, '..', '..', '..', 'shared');
export const SHARED_FIXTURES = join(SHARED_DIR, 'fixtures');

/** The seed: a PCC's section 55 response to the 2023 online CSAE inspection, converted from PDF. */
export const SEED_PATH = join(SHARED_FIXTURES, 'norfolk-pcc-response-osaec-2023.txt');
export const SEED_EXPECTED_PATH = join(SHARED_FIXTURES, 'norfolk-pcc-response-osaec-2023.expected.json');

export const hasShared = existsSync(SEED_PATH) && existsSync(SEED_EXPECTED_PATH);

/** Why tests were skipped, as the reporter prints it after the run. */
export const SHARED_ABSENT = '../shared not present (a clone has none; CI has it)';

declare module 'vitest' {
  interface TaskMeta {
    /** The test reads ../shared, and is skipped without it. */
    needsShared?: boolean;
  }
}

/**
 * Options for a `describe` or `it` that reads ../shared: skipped when it is absent, and marked so the
 * reporter can say how many were skipped and why. `describe('…', needsShared, () => { … })`.
 */
export const needsShared = { skip: !hasShared, meta: { needsShared: true } };

function readShared(path: string): string {
  if (!hasShared) throw new Error(`${path} is missing: ${SHARED_ABSENT}. Mark the test with needsShared.`);
  return readFileSync(path, 'utf8');
}

/** The seed's text. Only for tests marked `needsShared`. */
export function seedText(): string {
  return readShared(SEED_PATH);
}

/** What a perfect import of the seed extracts. Only for tests marked `needsShared`. */
export function seedExpected(): unknown {
  return JSON.parse(readShared(SEED_EXPECTED_PATH)) as unknown;
}
