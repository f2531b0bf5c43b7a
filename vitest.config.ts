import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** A project by folder; `extends` keeps the timeouts below. */
const project = (
  name: string,
  include: string[],
  exclude: string[] = [],
): TestProjectInlineConfiguration => ({
  extends: true,
  test: { name, include, exclude },
});

export default defineConfig({
  test: {
    // `npm test` runs every project; `npm run test:unit` (vitest run --project unit) only the first.
    projects: [
      project('unit', ['test/unit/**/*.test.ts']),
      project('contract', ['test/contract/**/*.test.ts']),
      // Real processes: the rectrack command line and scheduler workers.
      project('e2e', ['test/e2e/**/*.test.ts']),
      // Everything else, so a test in a new folder still runs.
      project('integration', ['test/**/*.test.ts'], ['test/{unit,contract,e2e}/**']),
    ],
    // The usual output, then one line saying how many tests were skipped for want of ../shared.
    reporters: ['default', './test/support/shared-skip-reporter.ts'],
    // Integration tests spawn real processes and open real SQLite files; give slow shared machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
