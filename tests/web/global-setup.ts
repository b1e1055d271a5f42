/**
 * Builds the game once per test run (into test-artifacts/web-dist, not dist/) and serves it on
 * 127.0.0.1, with tests/web/fixtures mounted at scenarios/fixtures/ for broken-scenario tests.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serve } from './support/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  const outDir = resolve(root, 'test-artifacts/web-dist');
  mkdirSync(resolve(root, 'test-artifacts/screens'), { recursive: true });
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  // Served under a sub-path, as a school's web server would.
  const server = await serve({ '/summit/scenarios/fixtures/': resolve(root, 'tests/web/fixtures'), '/summit/': outDir });
  project.provide('baseUrl', `${server.url}/summit/`);
  return () => server.close();
}
