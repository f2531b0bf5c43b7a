import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests spawn real processes and open real SQLite files; give slow shared machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
