import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['apps/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'tooling/*/src/**/*.test.ts'],
    globalSetup: ['tooling/testing/src/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Test files mostly wait on PostgreSQL and HTTP: more files than cores keeps both cores busy.
    maxWorkers: Math.max(3, availableParallelism()),
    // Only with --coverage (`pnpm test:coverage`); `pnpm test` runs without it.
    coverage: {
      provider: 'v8',
      include: ['apps/*/src/**/*.ts', 'packages/*/src/**/*.ts', 'tooling/*/src/**/*.ts'],
      exclude: ['**/*.test.ts'],
      reporter: ['json', 'text-summary'],
      reportsDirectory: 'coverage/tests',
    },
  },
});
