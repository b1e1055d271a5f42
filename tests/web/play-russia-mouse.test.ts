/**
 * A complete game as Russia, by mouse alone (including a trade and a single-item agreement);
 * the debrief's numbers must equal the engine's; then "swap sides, same dice" starts the US game
 * with the same seed.
 */
import { expect, inject, test } from 'vitest';
import { useWatchedPage } from './support/browser-hooks.ts';
import { confirmRedLine, expectDebriefMatchesEngine, hook, open, shot, waitScene } from './support/game.ts';

const session = useWatchedPage();

test('a whole game as Russia, mouse only, then swap sides with the same dice', async () => {
  const { page, log } = session;
  await open(page, inject('baseUrl'), { seed: 'classroom-2' });
  await waitScene(page, 'Title');
  await page.getByTestId('play').click();
  await waitScene(page, 'SideChoice');
  await page.locator('label[for="difficulty-easy"]').click();
  await page.getByTestId('choose-russia').click();
  await waitScene(page, 'Briefing');
  await shot(page, 'ru-01-briefing');
  await page.getByTestId('start-negotiating').click();
  await waitScene(page, 'Table');
  // The US opens, so its package is already on the table.
  await page.getByTestId('reply').waitFor();
  await shot(page, 'ru-02-table-their-offer');

  // Build a package by clicking options, then propose it.
  for (const [item, option] of [
    ['deconfliction', 'incident-review'],
    ['violence', 'amman-memo'],
    ['geneva', 'resolution-2254'],
    ['buffer-zone', 'foreign-forces'],
  ])
    await page.locator(`label[for="opt-${item}-${option}"]`).click();
  await page.getByTestId('propose').click();

  // A trade, composed in the dialog with the mouse.
  await page.getByTestId('trade').click();
  await page.getByTestId('trade-dialog').waitFor();
  await shot(page, 'ru-03-trade-dialog');
  await page.getByTestId('trade-submit').click();
  await shot(page, 'ru-04-table-after-trade');

  for (let turn = 0; turn < 14; turn++) {
    const s = await hook(page, 'state');
    if (s.phase !== 'negotiating') break;
    const agree = page.locator('[data-testid^="agree-"]:not([disabled])').first();
    if (turn === 0 && (await agree.count()) > 0) {
      await agree.click();
      await confirmRedLine(page, 'mouse');
      continue;
    }
    if (
      await page
        .getByTestId('accept')
        .isEnabled()
        .catch(() => false)
    ) {
      await page.getByTestId('accept').click();
      await confirmRedLine(page, 'mouse');
    } else await page.getByTestId('propose').click();
  }
  await waitScene(page, 'Outcome');
  await shot(page, 'ru-05-outcome');
  await page.getByTestId('open-debrief').click();
  await waitScene(page, 'Debrief');
  await shot(page, 'ru-06-debrief');

  const { ui } = await expectDebriefMatchesEngine(page, 1);

  // Swap sides: same seed, now as the United States.
  const seed = ui.seed;
  await page.getByTestId('swap-sides').click();
  await waitScene(page, 'Briefing');
  const after = await hook(page, 'ui');
  expect(after?.side).toBe(0);
  expect(after?.seed).toBe(seed);
  expect((await hook(page, 'log'))[0]).toMatchObject({ type: 'game.setup', setup: { seed, players: [{ kind: 'human' }, { kind: 'computer', difficulty: 'easy' }] } });
  await shot(page, 'ru-07-swapped-briefing-us');

  expect(log.problems).toEqual([]);
});
