/**
 * Issue 12: settings can be reached from the table (and from its Help), a text-size change keeps
 * the dialog open, and at "Larger" the title screen stays whole at 1280×720. Two players on one
 * device see no computer-only text, and "Ask priority" reaches the other player as a prompt.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { useWatchedPage } from './support/browser-hooks.ts';
import { hook, open, shot, waitScene, keysToTable } from './support/game.ts';

const session = useWatchedPage();

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

test('settings from the title at “Larger”: the dialog stays open and the title stays whole at 1280×720', async () => {
  const { page, log } = session;
  await open(page, inject('baseUrl'), { seed: 'settings-1' });
  await waitScene(page, 'Title');
  await page.keyboard.press('o');
  const dialog = page.getByTestId('settings-dialog');
  await dialog.waitFor();
  await page.locator('label[for="text-larger"]').click();
  expect(await rootFontSize(page)).toBe('20px');
  expect(await dialog.isVisible()).toBe(true);
  await shot(page, 'a11y-title-settings-larger-1280');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // Every button of the title is inside the window (none cut off at the bottom or the right).
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scene="Title"] button, [data-scene="Title"] a')]
      .filter((b) => b.offsetParent !== null)
      .map((b) => ({ text: b.textContent?.trim(), r: b.getBoundingClientRect() }))
      .filter(({ r }) => r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5)
      .map(({ text }) => text),
  );
  await shot(page, 'a11y-title-larger-1280');
  expect(outside).toEqual([]);
  expect(log.problems).toEqual([]);
});

test('settings from the table and from its Help; text size changes with the dialog still open', async () => {
  const { page, log } = session;
  await open(page, inject('baseUrl'), { seed: 'settings-2' });
  await keysToTable(page, '1');
  await page.keyboard.press('o');
  const dialog = page.getByTestId('settings-dialog');
  await dialog.waitFor();
  await page.locator('label[for="text-large"]').click();
  expect(await rootFontSize(page)).toBe('18px');
  expect(await dialog.isVisible()).toBe(true);
  await shot(page, 'a11y-table-settings-1280');
  await page.getByTestId('settings-done').click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe('settings');
  // From Help: Settings… opens the same dialog.
  await page.keyboard.press('?');
  await page.getByTestId('help-dialog').waitFor();
  expect(await page.getByTestId('controls').textContent()).toContain('view as the other side');
  await page.getByTestId('help-settings').click();
  await dialog.waitFor();
  await page.locator('label[for="text-normal"]').click();
  expect(await rootFontSize(page)).toBe('16px');
  await page.keyboard.press('Escape');
  expect(log.problems).toEqual([]);
});

test('two players on one device: no computer-only text, and Ask priority reaches the other player', async () => {
  const { page, log } = session;
  await open(page, inject('baseUrl'), { seed: 'hotseat-ask' });
  await waitScene(page, 'Title');
  await page.keyboard.press('p');
  await waitScene(page, 'SideChoice');
  await page.keyboard.press('3');
  await waitScene(page, 'Handover');
  await page.keyboard.press('Enter');
  await waitScene(page, 'Briefing');
  await page.keyboard.press('s');
  await waitScene(page, 'Handover');
  await page.keyboard.press('c');
  await waitScene(page, 'Briefing');
  await page.keyboard.press('s');
  await waitScene(page, 'Handover');
  await page.keyboard.press('c');
  await waitScene(page, 'Table');
  const panel = page.getByTestId('counterpart');
  const words = (await panel.textContent()) ?? '';
  expect(words).not.toMatch(/Trust in you|answer at once|Mood:/);
  expect(words).toContain('Then Russia answers.');
  // The US asks, then proposes; Russia's table shows the question with a way to answer it.
  await page.keyboard.press('q');
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('p');
  await waitScene(page, 'Handover');
  await page.keyboard.press('c');
  await waitScene(page, 'Table');
  expect((await hook(page, 'ui'))?.side).toBe(1);
  const prompt = page.getByTestId('asked-priority');
  await prompt.waitFor();
  expect(await prompt.textContent()).toContain('United States asked what matters most to you');
  await shot(page, 'a11y-hotseat-asked-1280');
  await page.getByTestId('answer-priority').click();
  await page.getByTestId('priority-submit').click();
  await prompt.waitFor({ state: 'detached' });
  expect((await hook(page, 'log')).map((e) => e.type)).toContain('priority.state');
  expect(log.problems).toEqual([]);
});
