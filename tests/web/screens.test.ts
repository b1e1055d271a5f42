/**
 * Screens beyond the two full games: a broken scenario shows its problems (path and message) on
 * screen; two players on one device at 1024×768, with the hand-over screens.
 */
import { expect, inject, test } from 'vitest';
import { useBrowserContext } from './support/browser-hooks.ts';
import { watchedPage } from './support/chromium.ts';
import { hook, open, shot, waitScene } from './support/game.ts';

const browser = useBrowserContext({ width: 1024, height: 768 });

test('a scenario that breaks the schema lists its problems with paths', async () => {
  const { page, log } = await watchedPage(browser.context);
  await open(page, inject('baseUrl'), { scenario: 'fixtures/broken.json' });
  await waitScene(page, 'Preload');
  await page.getByTestId('scenario-problems').waitFor();
  const items = await page.getByTestId('problem-list').locator('li').allTextContents();
  expect(items.length).toBeGreaterThan(0);
  expect(items.some((t) => t.includes('$.sides'))).toBe(true);
  await shot(page, 'broken-01-schema-problems');
  expect(log.problems).toEqual([]);
  await page.close();
});

test('broken JSON shows the line and column', async () => {
  const { page, log } = await watchedPage(browser.context);
  await open(page, inject('baseUrl'), { scenario: 'fixtures/bad-json.json' });
  await page.getByTestId('scenario-problems').waitFor();
  const all = (await page.getByTestId('problem-list').textContent()) ?? '';
  expect(all).toMatch(/broken JSON/);
  expect(all).toMatch(/line 5, column 3/);
  await shot(page, 'broken-02-json-syntax');
  expect(log.problems).toEqual([]);
  await page.close();
});

test('two players on one device, with hand-over screens, at 1024×768', async () => {
  const { page, log } = await watchedPage(browser.context);
  await open(page, inject('baseUrl'), { seed: 'hotseat' });
  await waitScene(page, 'Title');
  await shot(page, 'hot-01-title-1024');
  await page.keyboard.press('p');
  await waitScene(page, 'SideChoice');
  await shot(page, 'hot-02-side-choice-1024');
  await page.keyboard.press('3');
  await waitScene(page, 'Handover');
  await shot(page, 'hot-03-handover');
  await page.keyboard.press('Enter');
  await waitScene(page, 'Briefing');
  expect(await page.getByTestId('my-brief').textContent()).toContain('southwest');
  await shot(page, 'hot-04-briefing-us-1024');
  await page.keyboard.press('s');
  await waitScene(page, 'Handover');
  await page.keyboard.press('c');
  await waitScene(page, 'Briefing');
  expect(await page.getByTestId('my-brief').textContent()).toContain('recognition');
  await page.keyboard.press('s');
  await waitScene(page, 'Handover');
  await page.keyboard.press('c');
  await waitScene(page, 'Table');
  expect((await hook(page, 'ui'))?.side).toBe(0);
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('p');
  await waitScene(page, 'Handover');
  await page.keyboard.press('c');
  await waitScene(page, 'Table');
  expect((await hook(page, 'ui'))?.side).toBe(1);
  // The other side is a person here: no envoy, its reply is plain text.
  expect(await page.getByTestId('envoy').count()).toBe(0);
  await shot(page, 'hot-05-table-russia-1024');
  await page.keyboard.press('w');
  await page.getByTestId('walk-dialog').waitFor();
  await shot(page, 'hot-06-walk-away-dialog');
  await page.getByTestId('walk-confirm').click();
  await waitScene(page, 'Outcome');
  await shot(page, 'hot-07-outcome-walkout-1024');
  await page.keyboard.press('d');
  await waitScene(page, 'Debrief');
  await shot(page, 'hot-08-debrief-1024');
  expect((await hook(page, 'state'))?.outcome).toMatchObject({ kind: 'walkout' });
  expect(log.problems).toEqual([]);
  await page.close();
});
