/**
 * Every shipped option that carries map layers draws them (issue 16): for each one, in its own
 * scenario, the player chooses it on the table and the map's record lists each of its layers as
 * the draft and the canvas changes against the item's "no agreement" option, which has no layer.
 * (tests/engine/map/layers.test.ts checks that the same layers compile inside their maps.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { useWatchedPage } from './support/browser-hooks.ts';
import { keysToTable, open, ROOT } from './support/game.ts';
import { changedPixels } from './support/png.ts';

interface Shipped {
  items: { id: string; options: { id: string; map?: unknown[] }[] }[];
}

const FOLDER = resolve(ROOT, 'public/scenarios');
const withLayers = readdirSync(FOLDER)
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((file) => ({ file, scenario: JSON.parse(readFileSync(resolve(FOLDER, file), 'utf8')) as Shipped }))
  .filter(({ scenario }) => scenario.items?.some((item) => item.options.some((o) => (o.map?.length ?? 0) > 0)));

const watched = useWatchedPage();

const entries = (page: Page) => page.locator('[data-map="table"]').getAttribute('data-map-entries');

/** Chooses an option as a keyboard user would: its radio button focused, then Space. */
async function choose(page: Page, item: string, option: string): Promise<void> {
  await page.getByTestId(`opt-${item}-${option}`).focus();
  await page.keyboard.press('Space');
}

/** The map's frame once the fade-in (280 ms) is over. */
async function frameShot(page: Page): Promise<Buffer> {
  await page.waitForTimeout(450);
  const frame = page.locator('[data-map="table"]');
  await frame.scrollIntoViewIfNeeded();
  return frame.screenshot();
}

test('two shipped scenarios carry map layers', () => {
  expect(withLayers.map((s) => s.file).sort()).toEqual(expect.arrayContaining(['danang-2017.json', 'southwest-2017.json']));
});

for (const { file, scenario } of withLayers) {
  test(`${file}: each option with a layer draws it when chosen`, async () => {
    const { page, log } = watched;
    await open(page, inject('baseUrl'), { scenario: file, seed: 'every-layer' });
    await keysToTable(page, '1');
    await expect.poll(() => page.locator('[data-map="table"] .map-status').count()).toBe(0);
    let drawn = 0;
    for (const item of scenario.items) {
      expect(item.options[0].map ?? [], `${item.id}: its first option has no layer to compare with`).toEqual([]);
      for (const option of item.options) {
        const layers = option.map?.length ?? 0;
        if (layers === 0) continue;
        await choose(page, item.id, item.options[0].id);
        await expect.poll(() => entries(page)).not.toContain(`draft:${item.id}:`);
        const without = await frameShot(page);
        await choose(page, item.id, option.id);
        for (let k = 0; k < layers; k++) await expect.poll(() => entries(page), { message: `${item.id}/${option.id} layer ${k}` }).toContain(`draft:${item.id}:${option.id}:${k}`);
        expect(changedPixels(without, await frameShot(page)), `${item.id}/${option.id} changes the map`).toBeGreaterThan(40);
        drawn++;
      }
    }
    expect(drawn).toBeGreaterThanOrEqual(7);
    expect(log.problems).toEqual([]);
  });
}
