/**
 * Issue 14: the service worker answers only the game's own pages, and a new build is offered,
 * never forced. Served from a copy of the build with a page of the school's own beside it
 * (notes/readme.html, placed after the build, as a site would): after one visit that page must
 * still be itself, not the game. Then the copy's sw.js changes (a new build): the open page shows
 * "a new version is ready — reload" without interrupting the game in progress, and the reload
 * the player asks for resumes the same game under the new worker.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch } from './support/chromium.ts';
import { useWatchedPage } from './support/browser-hooks.ts';
import { hook, open, ROOT, shot, waitScene, keysToTable, pickByKeys, proposeByKeys } from './support/game.ts';
import { serve, type Served } from './support/server.ts';

const watched = useWatchedPage();
const site = mkdtempSync(join(tmpdir(), 'summit-site-'));
let server: Served;
let base: string;

beforeAll(async () => {
  cpSync(resolve(ROOT, 'test-artifacts/web-dist'), site, { recursive: true });
  mkdirSync(join(site, 'notes'));
  writeFileSync(join(site, 'notes/readme.html'), '<!doctype html><html><head><link rel="icon" href="data:,"><title>Class notes</title></head><body><h1>Class notes</h1></body></html>');
  server = await serve({ '/summit/': site });
  base = `${server.url}/summit/`;
});
afterAll(() => server?.close());

const controlled = (page: import('playwright-core').Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });

test('a page beside the game is still itself after a visit to the game', async () => {
  const { page, log } = watched;
  await open(page, base);
  await waitScene(page, 'Title');
  await controlled(page);
  for (const address of [`${base}notes/readme.html`, `${base}notes/readme.html?x=1`]) {
    await page.goto(address);
    expect(await page.locator('h1').textContent(), address).toBe('Class notes');
    expect(await page.locator('#game').count()).toBe(0);
  }
  // A path the site does not have is the server's answer (404), not the game either.
  const missing = await page.goto(`${base}notes/`);
  expect(missing?.status()).toBe(404);
  // The game's and the teacher's own pages are still served by the worker, query and all.
  await page.goto(`${base}teacher.html?from=email`);
  await page.locator('body[data-ready="true"]').waitFor();
  expect(log.problems.filter((p) => !p.includes('404'))).toEqual([]);
});

test('a new build is offered while a game is in progress, and the reload resumes the game', async () => {
  const { page, log } = watched;
  log.problems.length = 0;
  await open(page, base, { seed: 'update-1' });
  await keysToTable(page, '1');
  await pickByKeys(page, [1, 1, 1, 1]);
  await proposeByKeys(page);
  const before = await hook(page, 'log');
  expect(before.length).toBeGreaterThan(2);
  await controlled(page);

  // A new build: its worker differs byte for byte. The page finds it when it next checks (it
  // does every half hour and whenever it is shown again); the test asks at once.
  appendFileSync(join(site, 'sw.js'), '\n// build 2\n');
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
    return navigator.serviceWorker.getRegistration().then((r) => r?.update());
  });
  await page.getByTestId('update-ready').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('update-ready').textContent()).toBe('New version readyReload ↻');
  expect(await page.getByTestId('update-reload').getAttribute('title')).toContain('A new version of Summit is ready');
  // Nothing was interrupted: same page, same scene, same game.
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await waitScene(page, 'Table');
  expect(await hook(page, 'log')).toEqual(before);
  // The game still plays with the prompt up.
  await page.keyboard.press('h');
  await shot(page, 'update-01-prompt-desktop');

  await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.getByTestId('update-reload').click()]);
  await waitScene(page, 'Table');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBeUndefined();
  expect(await hook(page, 'log')).toEqual(before);
  // The new worker runs the page; none waits any more, and no prompt is shown.
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting === null && r?.active !== null))).toBe(true);
  expect(await page.getByTestId('update-ready').count()).toBe(0);
  expect(log.problems).toEqual([]);
});

test('on a phone the prompt sits in the corner, clear of the controls', async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await open(page, base);
    await waitScene(page, 'Title');
    await controlled(page);
    appendFileSync(join(site, 'sw.js'), '\n// build 3\n');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.getByTestId('update-ready').waitFor({ timeout: 30_000 });
    await shot(page, 'update-02-prompt-phone-title');
    await page.getByText('Play', { exact: false }).first().tap();
    await waitScene(page, 'SideChoice');
    await shot(page, 'update-03-prompt-phone-sides');
    // Nothing the player can press lies under it.
    const box = (await page.getByTestId('update-ready').boundingBox())!;
    const covered = await page.evaluate(({ x, y, width, height }) => {
      const hits = new Set<Element>();
      for (let dx = 2; dx < width; dx += 8) for (let dy = 2; dy < height; dy += 8) for (const e of document.elementsFromPoint(x + dx, y + dy)) hits.add(e);
      return [...hits].filter((e) => e.matches('button, a, input, select, textarea, [tabindex]') && !e.closest('.update-ready')).map((e) => e.outerHTML.slice(0, 80));
    }, box);
    expect(covered).toEqual([]);
  } finally {
    await browser.close();
  }
});
