/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // CI also writes machine-readable results, from which .ci/run prints a plain closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-artifacts/vitest-results.json' }]] : ['default'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests share one built site and one Chromium; running files in parallel on a
    // 2-core machine only makes them flaky.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
