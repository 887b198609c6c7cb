import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The long end-to-end suites (bots as processes, 10,000 console lines) run with
    // `npm run test:e2e`; CI runs both, and `npm test` stays quick.
    exclude: ['test/**/*.e2e.test.ts', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Two cores: spawned console processes and fake platform servers share them.
    maxWorkers: 2,
    // Test files share a worker's module cache: the engine's modules and lexicons load once
    // per worker, not once per file (about half of the suite's time). No test mocks a module.
    isolate: false,
  },
});
