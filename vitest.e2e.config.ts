import { defineConfig } from 'vitest/config';

/** The long end-to-end suites: the bots as processes, and 10,000 lines through the console (`npm run test:e2e`). */
export default defineConfig({
  test: {
    include: ['test/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 20_000,
    maxWorkers: 2,
  },
});
