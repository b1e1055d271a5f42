/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // CI also writes machine-readable results, from which .ci/run prints a plain closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-artifacts/vitest-results.json' }]] : ['default'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    projects: [
      // Headless engine tests (and anything else under tests/ that is not a browser test).
      { extends: true, test: { name: 'engine', include: ['tests/**/*.test.ts'], exclude: ['tests/web/**', 'tests/server/**', '**/node_modules/**'] } },
      // The class server as real processes (and a real redis-server): one file at a time, since
      // each starts its own servers and a 2-core machine only makes them wait for each other.
      { extends: true, test: { name: 'server', include: ['tests/server/**/*.test.ts'], fileParallelism: false } },
      // Real headless Chromium against a production build (tests/web/global-setup.ts builds and
      // serves it once per run). One file at a time: two software-rendered Chromiums on a
      // 2-core machine only make each other slow.
      {
        extends: true,
        test: { name: 'web', include: ['tests/web/**/*.test.ts'], globalSetup: ['tests/web/global-setup.ts'], fileParallelism: false, testTimeout: 120_000 },
      },
    ],
  },
});
