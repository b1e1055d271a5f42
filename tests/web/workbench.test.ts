/**
 * The designer workbench in Chromium, on the built site: it opens the tutorial, a change typed in
 * a table moves the problems, the chart and the quick simulation; a file dropped on the page
 * opens; "Play it" starts the game on the edited scenario; "Download" gives the edited file.
 * Screenshots at desktop and phone size.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { loadScenario } from '../../src/engine/index.ts';
import { useBrowserContext } from './support/browser-hooks.ts';
import { watchedPage } from './support/chromium.ts';
import { ROOT, shot, text, waitScene } from './support/game.ts';

const browser = useBrowserContext();
const base = () => inject('baseUrl');

test('edit the numbers, see the consequences, play it, download it (desktop)', async () => {
  const { page, log } = await watchedPage(browser.context);
  await page.goto(`${base()}workbench.html`);
  await page.getByTestId('wb-ok').waitFor();
  expect(await text(page, 'wb-status')).toBe('Editing tutorial.json.');
  expect(await page.locator('[data-testid="wb-sim"] tbody tr').count()).toBe(6);
  await shot(page, 'workbench-desktop');

  // A red line on Russia's best aid option moves the chart's frontier.
  const before = await page.locator('svg.wb-chart polyline.frontier').getAttribute('points');
  await page.getByLabel('russia red line on aid damascus').check();
  await page.waitForFunction((b) => document.querySelector('svg.wb-chart polyline.frontier')?.getAttribute('points') !== b, before);

  // Russia's walk-away as a utility, then one no deal within its red line can reach: the problems
  // say so at once and the chart goes; a reachable one brings it back.
  await page.getByLabel('russia walk-away kind').selectOption('reservation');
  await page.getByLabel('russia walk-away value').fill('0.9');
  await page.waitForFunction(() => document.querySelector('[data-testid="wb-problems"]')?.textContent?.includes('walkaway.unreachable'));
  expect(await page.locator('svg.wb-chart').count()).toBe(0);
  await shot(page, 'workbench-desktop-problem');
  await page.getByLabel('russia walk-away value').fill('0.3');
  await page.locator('svg.wb-chart').waitFor();
  // The new red line's reason is a placeholder still to write: a warning, not an error.
  expect(await page.getByTestId('wb-problems').innerText()).toContain('warn.placeholder');

  // Play it: the game opens on the edited scenario.
  const [game] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('wb-play').click()]);
  await game.waitForLoadState();
  expect(new URL(game.url()).searchParams.get('workbench')).toBe('1');
  await waitScene(game, 'Title', 60_000);
  await game.close();

  // Download: the file as edited, which the engine loads with the red line in it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('wb-download').click()]);
  expect(download.suggestedFilename()).toBe('tutorial.json');
  const saved = readFileSync((await download.path())!, 'utf8');
  const r = loadScenario(saved);
  expect(r.ok).toBe(true);
  expect(JSON.parse(saved).sides[1].redLines).toContainEqual(expect.objectContaining({ item: 'aid', options: ['damascus'] }));
  expect(log.problems).toEqual([]);
  await page.close();
}, 180_000);

test('a dropped file opens; on a phone the tables and results stack', async () => {
  const context = await browser.context.browser()!.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const { page, log } = await watchedPage(context);
  await page.goto(`${base()}workbench.html`);
  await page.getByTestId('wb-ok').waitFor();
  const southwest = readFileSync(resolve(ROOT, 'public/scenarios/southwest-2017.json'), 'utf8');
  await page.evaluate((textOfFile) => {
    const data = new DataTransfer();
    data.items.add(new File([textOfFile], 'southwest-2017.json', { type: 'application/json' }));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, southwest);
  await page.waitForFunction(() => document.querySelector('[data-testid="wb-status"]')?.textContent === 'Editing southwest-2017.json.');
  await page.getByTestId('wb-ok').waitFor();
  expect(await page.locator('section[data-item]').count()).toBe(4);
  await shot(page, 'workbench-phone');
  await page.getByTestId('wb-sim').scrollIntoViewIfNeeded();
  await shot(page, 'workbench-phone-results');
  expect(log.problems).toEqual([]);
  await context.close();
}, 180_000);
