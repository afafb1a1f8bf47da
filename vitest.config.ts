import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generator and contract tests start processes (tsc, Prism, Chromium): give them room on a
    // 2-core machine, and keep speed targets in `npm run bench`, never in tests.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
