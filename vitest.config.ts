import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The usual output, then one line saying how many tests were skipped for want of ../shared.
    reporters: ['default', './test/support/shared-skip-reporter.ts'],
    // Integration tests spawn real processes and open real SQLite files; give slow shared machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
