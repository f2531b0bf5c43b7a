import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** A project by folder; `extends` gives it the settings below. */
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
    // No test mocks a module or keeps state at module scope, so the files a worker runs share the
    // modules it has loaded instead of loading them afresh (the SDKs take seconds): on a busy 2-core
    // machine the unit project went from 35 s to 12 s, integration and contract from 92 s to 74 s,
    // passing in shuffled file order too. A test that needs a fresh module graph gets a project of its
    // own with isolate: true.
    isolate: false,
    // bin/rectrack.mjs runs dist/: build it from the sources under test before any test starts.
    globalSetup: ['./test/support/build-dist.ts'],
    // The usual output, then one line saying how many tests were skipped for want of ../shared.
    reporters: ['default', './test/support/shared-skip-reporter.ts'],
    // Integration tests spawn real processes and open real SQLite files; give slow shared machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
