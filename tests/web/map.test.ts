/**
 * The map (issue 16): choosing an option draws its layer — its key in the frame's record, its
 * words in the list beside the map, and pixels that change on the canvas; their offer and the
 * draft show in their own patterns; on phones the map is a tab beside the cards; the debrief
 * shows the player's deal and the real one side by side. Screenshots at 1280×720 and 390×844.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { useBrowserContext } from './support/browser-hooks.ts';
import { watchedPage } from './support/chromium.ts';
import { confirmRedLine, hook, open, shot, waitScene } from './support/game.ts';
import { decodePng } from './support/png.ts';

const browser = useBrowserContext();

/** Pixels that differ between two screenshots of the same box. */
function changedPixels(a: Buffer, b: Buffer): number {
  const [x, y] = [decodePng(a), decodePng(b)];
  if (x.width !== y.width || x.height !== y.height) return x.width * x.height;
  let n = 0;
  for (let i = 0; i < x.data.length; i += 4) if (Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2]) > 24) n++;
  return n;
}

const entries = (page: Page) => page.locator('[data-map="table"]').getAttribute('data-map-entries');

/** Title → Russia → briefing → table (as Russia, the US computer offers options that have map layers). */
async function toTable(page: Page): Promise<void> {
  await open(page, inject('baseUrl'), { seed: 'map-1' });
  await waitScene(page, 'Title');
  await page.keyboard.press('Enter');
  await waitScene(page, 'SideChoice');
  await page.keyboard.press('2');
  await waitScene(page, 'Briefing');
  await page.keyboard.press('s');
  await waitScene(page, 'Table');
}

/** Chooses option `downs` below the first on card `card`, by keyboard. */
async function choose(page: Page, card: string, downs: number): Promise<void> {
  await page.keyboard.press(card);
  for (let k = 0; k < downs; k++) await page.keyboard.press('ArrowDown');
}

async function toDebrief(page: Page): Promise<void> {
  for (let turn = 0; turn < 12; turn++) {
    if ((await hook(page, 'state')).phase !== 'negotiating') break;
    const canAccept = await page
      .getByTestId('accept')
      .isEnabled()
      .catch(() => false);
    if (canAccept) {
      await page.getByTestId('accept').click();
      await confirmRedLine(page, 'mouse');
    } else await page.keyboard.press('p');
  }
  await waitScene(page, 'Outcome');
  await page.keyboard.press('d');
  await waitScene(page, 'Debrief');
}

async function expectDebriefMaps(page: Page, name: string): Promise<void> {
  const maps = page.getByTestId('debrief-maps');
  await maps.scrollIntoViewIfNeeded();
  await expect.poll(() => page.getByTestId('debrief-map-real').locator('[data-map="real"]').getAttribute('data-map-entries')).toContain('agreed:deconfliction:euphrates-line:0');
  expect(await page.getByTestId('debrief-map-list-real').textContent()).toContain('Euphrates');
  expect(await page.getByTestId('debrief-map-mine').locator('figcaption').textContent()).toBe('Your deal');
  expect(await page.getByTestId('debrief-map-real').locator('figcaption').textContent()).toBe('Da Nang 2017');
  // Both maps are painted side by side (or one above the other on a phone), at the same size.
  const [a, b] = [await page.locator('[data-map="mine"]').boundingBox(), await page.locator('[data-map="real"]').boundingBox()];
  expect(a!.width).toBeGreaterThan(100);
  expect(Math.round(a!.width)).toBe(Math.round(b!.width));
  await page.waitForTimeout(400);
  await shot(page, name);
}

test('desktop: a choice draws its layer, their offer is dashed, and the debrief shows both deals', async () => {
  const { page, log } = await watchedPage(browser.context);
  await toTable(page);
  await page.getByTestId('map-panel').waitFor();
  // The region's data is a separate asset, loaded after the title.
  await expect.poll(() => page.locator('[data-map="table"] .map-status').count()).toBe(0);
  expect(await entries(page)).not.toContain('draft:buffer-zone');
  const frame = page.locator('[data-map="table"]');
  await frame.scrollIntoViewIfNeeded();
  const before = await frame.screenshot();

  await choose(page, '4', 3); // a 20–40 km zone: two bands, beside the Golan line and the Jordanian border
  await expect.poll(() => entries(page)).toContain('draft:buffer-zone:verified-zone:1');
  await page.waitForTimeout(600); // the fade-in (280 ms) is over
  await frame.scrollIntoViewIfNeeded();
  const changed = changedPixels(before, await frame.screenshot());
  expect(changed).toBeGreaterThan(40);

  // Choosing another option takes the old layer off and draws the new one.
  await page.keyboard.press('4');
  await page.keyboard.press('ArrowUp'); // a strip of about 5 km
  await expect.poll(() => entries(page)).toContain('draft:buffer-zone:exclusion-strip:0');
  expect(await entries(page)).not.toContain('draft:buffer-zone:verified-zone');
  const item = page.locator('[data-testid="map-list"] li[data-role="draft"][data-item="buffer-zone"]');
  expect(await item.textContent()).toContain('about 5 km');
  await choose(page, '1', 1);
  // Their offer is the US's opening, on the table before Russia's first move (since engine 0.3.0
  // the US accepts this two-item draft as it stands, agreeing its items, so no counter-offer follows).
  await expect.poll(() => page.locator('[data-testid="map-list"] li[data-role="offer"]').count()).toBeGreaterThan(0);
  expect(await page.getByTestId('map-legend').textContent()).toMatch(/hatched.*dashed.*solid/);
  await page.evaluate(() => {
    const main = document.querySelector('.table-main');
    if (main) main.scrollTop = main.scrollHeight;
  });
  await page.waitForTimeout(400);
  await shot(page, 'map-01-table-draft-offer-1280');
  // A whole package: a two-item draft the US accepts as it stands leaves nothing more to propose.
  await choose(page, '2', 1);
  await choose(page, '3', 1);
  await page.keyboard.press('p');
  await page.getByTestId('reply').waitFor();

  await toDebrief(page);
  await expectDebriefMaps(page, 'map-03-debrief-1280');
  expect(log.problems).toEqual([]);
  await page.close();
});

test('phone: the map is a tab beside the cards, and the debrief shows both maps', async () => {
  const context = await browser.context.browser()!.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const { page, log } = await watchedPage(context);
  await toTable(page);
  await choose(page, '4', 2);
  await choose(page, '1', 1);
  // The draft beside their offer (the US's opening) before Russia's first move: see the desktop test.
  expect(await page.locator('[data-map="table"]').isVisible()).toBe(false);
  await page.getByTestId('tab-map').click();
  await page.locator('[data-map="table"]').waitFor({ state: 'visible' });
  expect(await page.getByTestId('items').isVisible()).toBe(false);
  expect(await page.locator('[data-testid="map-list"] li[data-role="draft"]').count()).toBeGreaterThan(0);
  expect(await page.locator('[data-testid="map-list"] li[data-role="offer"]').count()).toBeGreaterThan(0);
  const box = await page.locator('[data-map="table"]').boundingBox();
  expect(box!.width).toBeGreaterThan(300);
  await page.waitForTimeout(400);
  await shot(page, 'map-02-table-draft-offer-phone');
  await page.getByTestId('tab-cards').click();
  await page.getByTestId('items').waitFor({ state: 'visible' });
  await choose(page, '2', 1);
  await choose(page, '3', 1);
  await page.keyboard.press('p');
  await page.getByTestId('reply').waitFor();

  await toDebrief(page);
  await expectDebriefMaps(page, 'map-04-debrief-phone');
  expect(log.problems).toEqual([]);
  await context.close();
});
