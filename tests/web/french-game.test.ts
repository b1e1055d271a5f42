/**
 * French for the whole game (issue 12): a game of the tutorial (which has French text) played in
 * French from the title to the debrief shows none of the English interface words on the table,
 * the outcome or the debrief.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { enEnd } from '../../src/game/ui/strings/en-end.ts';
import { enTable } from '../../src/game/ui/strings/en-table.ts';
import { fr } from '../../src/game/ui/strings/fr.ts';
import { useWatchedPage } from './support/browser-hooks.ts';
import { open, playToOutcome, shot, waitScene, pickByKeys, proposeByKeys } from './support/game.ts';

const watched = useWatchedPage();

/** Every plain English string of the table and the debrief (and of their word lists) that French words differently. */
function englishWords(): string[] {
  const out: string[] = [];
  const add = (key: string, v: unknown, frv: unknown) => {
    if (typeof v === 'string') {
      if (v.trim().length >= 5 && v !== frv) out.push(v.trim());
    } else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) add(`${key}.${k}`, x, (frv as Record<string, unknown> | undefined)?.[k]);
  };
  for (const [k, v] of Object.entries({ ...enTable, ...enEnd })) add(k, v, (fr as Record<string, unknown>)[k]);
  return out;
}

async function englishOnScreen(page: Page): Promise<string[]> {
  const shown = await page.evaluate(() => document.body.innerText);
  return englishWords().filter((w) => shown.includes(w));
}

test('a French game, table to debrief, shows no English interface words', async () => {
  const { page, log } = watched;
  await open(page, inject('baseUrl'), { scenario: 'tutorial.json', seed: 'fr-1' });
  await waitScene(page, 'Title');
  await page.keyboard.press('o');
  await page.getByTestId('language-fr').check();
  await page.keyboard.press('Escape');
  await page.keyboard.press('p');
  await waitScene(page, 'SideChoice');
  await page.keyboard.press('1');
  await waitScene(page, 'Briefing');
  expect(await englishOnScreen(page)).toEqual([]);
  await page.keyboard.press('s');
  await waitScene(page, 'Table');
  expect(await englishOnScreen(page)).toEqual([]);
  // The last option on both cards: an opening the counterpart answers instead of accepting.
  await pickByKeys(page, [2, 2]);
  await proposeByKeys(page);
  await page.keyboard.press('h');
  expect(await englishOnScreen(page)).toEqual([]);
  await shot(page, 'a11y-french-table-1280');
  await playToOutcome(page, 0);
  await shot(page, 'a11y-french-outcome-1280');
  expect(await englishOnScreen(page)).toEqual([]);
  await page.keyboard.press('d');
  await waitScene(page, 'Debrief');
  for (const d of await page.locator('details').all()) await d.locator('summary').click();
  expect(await englishOnScreen(page)).toEqual([]);
  await shot(page, 'a11y-french-debrief-1280');
  expect(log.problems).toEqual([]);
});
