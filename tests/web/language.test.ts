/**
 * The language setting: on the tutorial (which has French text), choosing Français in Settings
 * switches the interface words and reads the scenario again in French; the choice persists
 * across a reload. A first visit from a French browser starts in French.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { en } from '../../src/game/ui/strings/en.ts';
import { fr } from '../../src/game/ui/strings/fr.ts';
import { useWatchedPage } from './support/browser-hooks.ts';
import { hook, open, ROOT, shot, text, waitScene } from './support/game.ts';

const watched = useWatchedPage();
type Translated = { en: string; fr: string };
const tutorial = JSON.parse(readFileSync(resolve(ROOT, 'public/scenarios/tutorial.json'), 'utf8')) as { title: Translated; setting: Translated };

const label = async (page: import('playwright-core').Page, testid: string) => (await page.getByTestId(testid).locator('.btn-label').textContent())?.trim();

test('choosing French in Settings switches the title screen and the scenario, and the choice persists', async () => {
  const { page, log } = watched;
  const base = inject('baseUrl');
  await open(page, base, { scenario: 'tutorial.json' });
  await waitScene(page, 'Title');
  expect(await text(page, 'scenario-title')).toBe(tutorial.title.en);
  expect(await label(page, 'play')).toBe(en.play);

  await page.getByTestId('settings').click();
  await page.getByTestId('settings-dialog').waitFor();
  // Both languages are offered: the interface has them, and so does the tutorial.
  expect(
    await page
      .getByTestId('language')
      .locator('input')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
  ).toEqual(['en', 'fr']);
  await page.getByTestId('language-fr').check();

  // The title and its setting come from the French text of tutorial.json; the buttons from fr.ts.
  await page.getByTestId('scenario-title').filter({ hasText: tutorial.title.fr }).waitFor();
  expect(await page.locator('.setting').textContent()).toBe(tutorial.setting.fr);
  expect(await label(page, 'play')).toBe(fr.play);
  expect(await label(page, 'settings')).toBe(fr.settings);
  // The dialog came back in French, with the choice still focused.
  const dialog = page.getByTestId('settings-dialog');
  expect(await dialog.locator('h2').textContent()).toBe(fr.settings);
  expect(await dialog.locator('legend').allTextContents()).toContain(fr.languageLegend);
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('fr');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  await shot(page, 'language-01-settings-fr');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await shot(page, 'language-02-title-fr');

  // Reload: the setting persists (interface and scenario both in French).
  await open(page, base, { scenario: 'tutorial.json' }, { resume: true });
  await waitScene(page, 'Title');
  expect(await text(page, 'scenario-title')).toBe(tutorial.title.fr);
  expect(await label(page, 'play')).toBe(fr.play);
  // A string the French table leaves out shows in English.
  await page.keyboard.press('p');
  await waitScene(page, 'SideChoice');
  expect(await page.locator('h1').textContent()).toBe(en.chooseSide);
  expect((await hook(page, 'ui'))?.scenario).toBe('tutorial.json');

  // Back to English: the scenario reads in English again.
  await page.keyboard.press('Escape');
  await waitScene(page, 'Title');
  await page.keyboard.press('o');
  await page.getByTestId('language-en').check();
  await page.getByTestId('scenario-title').filter({ hasText: tutorial.title.en }).waitFor();
  expect(await label(page, 'play')).toBe(en.play);
  expect(log.problems).toEqual([]);
});

test('a first visit from a French browser starts in French', async () => {
  const browser = watched.page.context().browser()!;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    await open(page, inject('baseUrl'), { scenario: 'tutorial.json' });
    await waitScene(page, 'Title');
    expect(await text(page, 'scenario-title')).toBe(tutorial.title.fr);
    expect(await label(page, 'play')).toBe(fr.play);
  } finally {
    await context.close();
  }
});
