/**
 * The guided first round: Title → How to play → "Play a guided first round" opens the real game
 * with coach cards through round 1 (priorities; one option per card; propose; the reply and its
 * reason; the third parties), then hands over to free play. The guide only suggests: every event
 * in the game's log is one the player made.
 */
import { expect, inject, test } from 'vitest';
import { useWatchedPage } from './support/browser-hooks.ts';
import { hook, open, shot, waitScene, guidedToTable, pickByKeys } from './support/game.ts';

const session = useWatchedPage();

async function step(): Promise<string | null> {
  const guide = session.page.getByTestId('guide');
  if ((await guide.count()) === 0) return null;
  return guide.getAttribute('data-step');
}

test('a guided first round, by keyboard, then free play', async () => {
  const { page, log } = session;
  await open(page, inject('baseUrl'), { seed: 'guided-1' });
  await waitScene(page, 'Title');
  await page.keyboard.press('h');
  await page.getByTestId('help-dialog').waitFor();
  await shot(page, 'guide-01-how-to-play');
  // The offer has the focus: Enter starts the guided round.
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('guided-start');
  await page.keyboard.press('Enter');

  await waitScene(page, 'Briefing');
  expect(await step()).toBe('brief');
  expect(await page.locator('.guide-target').getAttribute('data-guide')).toBe('priorities');
  await shot(page, 'guide-02-briefing');
  await page.keyboard.press('s');

  await waitScene(page, 'Table');
  expect(await step()).toBe('pick');
  await shot(page, 'guide-03-pick');
  await pickByKeys(page, [2, 3, 3, 3]);
  expect(await step()).toBe('propose');
  expect(await page.locator('.guide-target').getAttribute('data-testid')).toBe('propose');
  await shot(page, 'guide-04-propose');
  await page.keyboard.press('p');
  await page.getByTestId('reply').waitFor();

  expect(await step()).toBe('reply');
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('guide-next');
  await shot(page, 'guide-05-reply');
  await page.keyboard.press('Enter');
  expect(await step()).toBe('parties');
  await shot(page, 'guide-06-parties');
  await page.keyboard.press('Enter');
  expect(await step()).toBe('free');
  await shot(page, 'guide-07-over-to-you');
  await page.keyboard.press('Enter');
  expect(await step()).toBeNull();
  expect(await page.locator('.guide-target').count()).toBe(0);
  await shot(page, 'guide-08-free-play');

  // The guide never moved for the player: the log holds setup, the briefing and one proposal.
  const events = await hook(page, 'log');
  expect(events.map((e) => e.type)).toEqual(['game.setup', 'briefing.done', 'offer.propose']);
  const state = await hook(page, 'state');
  expect(state.phase).toBe('negotiating');
  expect(log.problems).toEqual([]);
});

test('the guide can be skipped at any step', async () => {
  const { page, log } = session;
  await open(page, inject('baseUrl'), { seed: 'guided-2' });
  await guidedToTable(page);
  expect(await step()).toBe('pick');
  await page.getByTestId('guide-skip').click();
  expect(await step()).toBeNull();
  // Without the guide, the usual coach tip is back.
  expect(await page.locator('.coach').count()).toBe(1);
  expect(log.problems).toEqual([]);
});
