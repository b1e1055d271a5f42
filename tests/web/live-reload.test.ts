/**
 * A designer's live preview: the dev server (as `npm start` runs it) with the scenarios in a
 * scratch copy of public/; saving the open scenario's file shows the change in the running game
 * at once, and saving a broken version shows its problems on screen.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { useWatchedPage } from './support/browser-hooks.ts';
import { ROOT, shot, text, waitScene } from './support/game.ts';

const watched = useWatchedPage();
let server: ViteDevServer;
let publicDir: string;
let url: string;

beforeAll(async () => {
  publicDir = mkdtempSync(join(tmpdir(), 'summit-public-'));
  cpSync(resolve(ROOT, 'public'), publicDir, { recursive: true });
  server = await createServer({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), publicDir, logLevel: 'warn', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const address = server.httpServer?.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(publicDir, { recursive: true, force: true });
});

test('saving the open scenario file shows the change live, and a broken save shows its problems', async () => {
  const { page, log } = watched;
  await page.goto(`${url}?scenario=tutorial.json`);
  await waitScene(page, 'Title', 60_000);
  const file = join(publicDir, 'scenarios/tutorial.json');
  const original = readFileSync(file, 'utf8');
  const data = JSON.parse(original) as { title: string | Record<string, string> };
  data.title = 'Tutorial, edited live';
  writeFileSync(file, JSON.stringify(data, null, 2));
  await page.getByTestId('scenario-title').filter({ hasText: 'Tutorial, edited live' }).waitFor({ timeout: 20_000 });
  expect(await text(page, 'notice')).toContain('changed on disk');
  await shot(page, 'live-01-title-changed');

  writeFileSync(file, original.replace('"items"', '"itemz"'));
  await waitScene(page, 'Preload', 20_000);
  expect(await text(page, 'problem-list')).toContain('$.items');
  await shot(page, 'live-02-problems');
  expect(log.problems).toEqual([]);
});
