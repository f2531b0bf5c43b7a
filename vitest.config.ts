import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** A project by folder; `extends` keeps the timeouts below. */
const project = (
  name: string,
  include: string[],
  options: { exclude?: string[]; isolate?: boolean } = {},
): TestProjectInlineConfiguration => ({
  extends: true,
  test: { name, include, ...options },
});

export default defineConfig({
  test: {
    // `npm test` runs every project; `npm run test:unit` (vitest run --project unit) only the first.
    projects: [
      // Pure code that mocks nothing, so its files can share each worker's modules instead of loading
      // them afresh per file: about three times faster (12 s instead of 35 s on a busy 2-core machine).
      project('unit', ['test/unit/**/*.test.ts'], { isolate: false }),
      project('contract', ['test/contract/**/*.test.ts']),
      // Real processes: the rectrack command line and scheduler workers.
      project('e2e', ['test/e2e/**/*.test.ts']),
      // Everything else, so a test in a new folder still runs.
      project('integration', ['test/**/*.test.ts'], { exclude: ['test/{unit,contract,e2e}/**'] }),
    ],
    // The usual output, then one line saying how many tests were skipped for want of ../shared.
    reporters: ['default', './test/support/shared-skip-reporter.ts'],
    // Integration tests spawn real processes and open real SQLite files; give slow shared machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
