/**
 * The map (issue 16): choosing an option draws its layer — its key in the frame's record, its
 * words in the list beside the map, and pixels that change on the canvas; their offer and the
 * draft show in their own patterns; on phones the map is a tab beside the cards; the debrief
 * shows the player's deal and the real one side by side. Screenshots at 1280×720 and 390×844.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { loadScenario, type Scenario } from '../../src/engine/index.ts';
import { frMap } from '../../src/game/ui/strings/fr-map.ts';
import { useBrowserContext } from './support/browser-hooks.ts';
import { watchedPage } from './support/chromium.ts';
import { confirmRedLine, hook, open, ROOT, shot, waitScene } from './support/game.ts';
import { changedPixels } from './support/png.ts';

const browser = useBrowserContext();

const entries = (page: Page) => page.locator('[data-map="table"]').getAttribute('data-map-entries');

/** Title → Russia → briefing → table (as Russia, the US computer offers options that have map layers); in French if asked, from the title's settings. */
async function toTable(page: Page, french = false): Promise<void> {
  await open(page, inject('baseUrl'), { seed: 'map-1' });
  await waitScene(page, 'Title');
  if (french) {
    await page.keyboard.press('o');
    await page.getByTestId('language-fr').check();
    await page.keyboard.press('Escape');
  }
  // Play: Enter presses the focused Play button; after the settings, focus is back on Settings, so P.
  await page.keyboard.press(french ? 'p' : 'Enter');
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

/** Waits for the game loop to sleep again and returns what it did (render-on-demand.ts, through the automation hook). */
async function settled(page: Page) {
  await expect.poll(async () => (await hook(page, 'render')).sleeping, { timeout: 5000 }).toBe(true);
  return hook(page, 'render');
}

test('the fade keeps the canvas rendering only while it moves, and Reduce motion (the setting or the device) shows a choice at once', async () => {
  const { page, log } = await watchedPage(browser.context);
  await toTable(page);
  await page.getByTestId('map-panel').waitFor();
  await expect.poll(() => page.locator('[data-map="table"] .map-status').count()).toBe(0);
  await page.locator('[data-map="table"]').scrollIntoViewIfNeeded();
  const rest = await settled(page);
  expect(rest.moving).toBe(0);

  // A choice: the new layer fades in over several frames, then the loop sleeps and nothing renders.
  await choose(page, '4', 3);
  await expect.poll(() => entries(page)).toContain('draft:buffer-zone:verified-zone:1');
  const faded = await settled(page);
  expect(faded.movements).toBe(rest.movements + 1);
  expect(faded.frames - rest.frames).toBeGreaterThanOrEqual(3);
  await page.waitForTimeout(600);
  expect((await hook(page, 'render')).frames).toBe(faded.frames);

  // The device asks for reduced motion: the next choice draws at once, with no movement.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('4');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => entries(page)).toContain('draft:buffer-zone:exclusion-strip:0');
  const instant = await settled(page);
  expect(instant.movements).toBe(faded.movements);
  await page.emulateMedia({ reducedMotion: 'no-preference' });

  // The player's setting alone does the same (opened from the table with O).
  await page.keyboard.press('o');
  await page.getByTestId('settings-dialog').waitFor();
  await page.locator('label[for="reduce-motion"]').click();
  await page.keyboard.press('Escape');
  // Keys pressed while the dialog is still closing never reach the table.
  await page.getByTestId('settings-dialog').waitFor({ state: 'detached' });
  expect(await page.evaluate(() => document.documentElement.dataset.motion)).toBe('reduced');
  await page.keyboard.press('4');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => entries(page)).toContain('draft:buffer-zone:verified-zone:1');
  expect((await settled(page)).movements).toBe(faded.movements);
  expect(log.problems).toEqual([]);
  await page.close();
});

/** The words the map can show that read differently in French: the Da Nang map's places and lines, its layers, its item titles. */
function englishMapWords(): string[] {
  const text = readFileSync(resolve(ROOT, 'public/scenarios/danang-2017.json'), 'utf8');
  const [en, fr] = [loadScenario(text), loadScenario(text, { language: 'fr' })];
  if (!en.ok || !fr.ok) throw new Error('danang-2017 does not load');
  const words = (s: Scenario) => [
    ...s.map!.places.map((p) => p.name),
    ...s.map!.lines.map((l) => l.name),
    ...s.items.flatMap((it) => [it.title, ...it.options.flatMap((o) => (o.map ?? []).map((l) => l.label))]),
  ];
  const french = new Set(words(fr.compiled.scenario));
  return words(en.compiled.scenario).filter((w) => !french.has(w));
}

async function frenchMap(context: BrowserContext, size: 'desktop' | 'phone'): Promise<void> {
  const { page, log } = await watchedPage(context);
  await toTable(page, true);
  await choose(page, '4', 3); // Zone tampon : une zone de 20–40 km
  await choose(page, '2', 2); // the Amman memorandum: the southwest zone and the monitoring centre
  await page.keyboard.press('p');
  await page.getByTestId('reply').waitFor();
  if (size === 'phone') {
    await page.getByTestId('tab-map').click();
    await page.locator('[data-map="table"]').waitFor({ state: 'visible' });
  }
  const panel = page.getByTestId('map-panel');
  await expect.poll(() => page.locator('[data-map="table"] .map-status').count()).toBe(0);
  // The place names over the picture, the legend, the list in words and the frame's name: French.
  const places = await page.locator('[data-map="table"] .map-place').allTextContents();
  expect(places).toContain('Damas');
  expect(places).toContain('Deraa');
  expect(places).toContain('Poste-frontière de Nassib');
  expect(await page.getByTestId('map-legend').textContent()).toContain(`${frMap.mapRole.draft} (${frMap.mapRolePattern.draft})`);
  const list = (await page.getByTestId('map-list').textContent()) ?? '';
  expect(list).toContain('Zone tampon : Combattants étrangers repliés à 20–40 km');
  expect(list).toContain('Aussi sur la carte : Ligne de désengagement de 1974 (Golan)');
  expect(await page.locator('[data-map="table"]').getAttribute('aria-label')).toBe(frMap.mapLabel);
  // textContent: the names the declutter hid count too.
  const shown = (await panel.textContent()) ?? '';
  expect(englishMapWords().filter((w) => shown.includes(w))).toEqual([]);
  await panel.scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await shot(page, `map-05-french-table-${size}`);
  if (size === 'desktop') {
    // Enlarged in the cards' place, its names have room to show.
    await page.getByTestId('map-enlarge').click();
    expect(await page.getByTestId('map-enlarge').textContent()).toBe(frMap.mapShowCards);
    await page.waitForTimeout(400);
    await shot(page, 'map-06-french-enlarged-desktop');
  }
  expect(log.problems).toEqual([]);
  await page.close();
}

test('in French, the map is French: place and line names, the legend and the list in words', async () => {
  await frenchMap(browser.context, 'desktop');
  const phone = await browser.context.browser()!.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await frenchMap(phone, 'phone');
  await phone.close();
});
