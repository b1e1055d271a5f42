/**
 * Issue 12, for keyboard and screen-reader users and for a fifteen-year-old reading the debrief:
 * focus never falls to the page itself (entering the table, an option that a move agreed, the
 * "State a priority" dialog, the end of the guided round, Hand in closed with Esc); the reply and
 * the news are said once in a live region; the debrief opens with plain words, explains its chart
 * in one line per mark and gives the chart as a table; a walk-out reads as no deal.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { useWatchedPage } from './support/browser-hooks.ts';
import { open, shot, text, waitScene, guidedToTable, pickByKeys, proposeByKeys, keysToTable } from './support/game.ts';

const session = useWatchedPage();

/** What has the keyboard focus: its tag, test id and key, and whether it is the page or a disabled control. */
function focused(page: Page) {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName.toLowerCase() ?? null,
      testid: a?.dataset.testid ?? null,
      key: a?.dataset.key ?? null,
      lost: !a || a === document.body || a === document.documentElement,
      disabled: (a as HTMLButtonElement | null)?.disabled === true,
      inCard: !!a?.closest('.item-card'),
    };
  });
}

/** Focus is on a control a keyboard user can use (polls: focus moves in the frame after a redraw). */
async function expectUsableFocus(page: Page) {
  await expect
    .poll(async () => {
      const f = await focused(page);
      return !f.lost && !f.disabled;
    })
    .toBe(true);
  return focused(page);
}

async function toTable(page: Page, seed: string) {
  await open(page, inject('baseUrl'), { seed });
  await keysToTable(page, '1');
}

test('focus on the table: entering it, after P agrees the focused item, after State a priority', async () => {
  const { page, log } = session;
  await toTable(page, 'focus-1');
  // Entering from the brief: the first card's choice has the focus.
  const entering = await expectUsableFocus(page);
  expect(entering.inCard).toBe(true);

  // The second option on every card; the computer answers with a whole package (it agrees no single item).
  await pickByKeys(page, [1, 1, 1, 1]);
  await page.keyboard.press('2');
  expect((await focused(page)).testid).toMatch(/^opt-violence-/);
  await proposeByKeys(page);
  // The player agrees the item of their package on the focused card, from the keyboard.
  await page.getByTestId('agree-violence').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => text(page, 'status-violence')).toContain('Agreed');
  const afterP = await expectUsableFocus(page);
  expect(afterP.inCard).toBe(true);

  // The reply was said once in the live region; a redraw without a new reply says nothing more.
  const announcer = page.getByTestId('announcer');
  expect(await announcer.getAttribute('aria-live')).toBe('polite');
  const replyText = await text(page, 'reply');
  await expect.poll(() => announcer.textContent()).toContain(replyText.slice(0, 40));
  const said = await announcer.locator('[data-kind="reply"]').count();
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('h');
  // The history names each side once ("Russia proposes…", not "Russia Russia proposes…"), and quotes without nesting.
  const history = await page.getByTestId('history').locator('li').allTextContents();
  expect(history.length).toBeGreaterThan(1);
  for (const line of history) expect(line).not.toMatch(/(Russia|United States)\s*\1/);
  for (const line of history) expect(line).not.toMatch(/“[^”]*"/);
  await page.keyboard.press('v');
  expect(await announcer.locator('[data-kind="reply"]').count()).toBe(said);

  // State a priority: its button is disabled once used; focus goes on to a usable control.
  await page.keyboard.press('s');
  await page.getByTestId('priority-submit').waitFor();
  await page.getByTestId('priority-submit').click();
  await page.getByTestId('priority-submit').waitFor({ state: 'detached' });
  await expectUsableFocus(page);

  // Option explanations and the third parties' words are there in full, behind a disclosure.
  await page.getByTestId('explained-deconfliction').locator('summary').click();
  expect(await page.getByTestId('explained-deconfliction').locator('dd').count()).toBeGreaterThan(2);
  expect(await page.getByTestId('explained-deconfliction').textContent()).not.toContain('…');
  const firstParty = page.locator('.party-more').first();
  await firstParty.locator('summary').click();
  expect(await firstParty.textContent()).toMatch(/wants: /);
  await shot(page, 'a11y-table-texts-1280');
  expect(log.problems).toEqual([]);
});

test('a walk-out, the debrief in plain words, and Hand in closed with Esc', async () => {
  const { page, log } = session;
  await toTable(page, 'focus-2');
  await page.keyboard.press('w');
  await page.getByTestId('walk-cancel').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await waitScene(page, 'Outcome');
  const walk = await text(page, 'outcome-walk-away');
  expect(walk).toMatch(/^No deal, so you fall back on your walk-away: [\d.]+ pts\.$/);
  expect(walk).not.toContain('better than no deal');
  await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('No deal: the talks collapsed');
  await page.keyboard.press('d');
  await waitScene(page, 'Debrief');

  const plain = await text(page, 'plain-words');
  expect(plain).toMatch(/^The talks ended with a walk-out, so there was no deal/);
  expect(plain).toContain('There was a deal better for both of you: ');
  expect(plain).not.toContain('No deal would have');
  expect(await page.getByTestId('chart-explained').locator('li').count()).toBe(3);
  expect(await text(page, 'points-caveat')).toContain('estimates');
  expect(await text(page, 'legend-real')).toContain('Da Nang 2017');
  // The chart's text alternative: a description on the chart, the numbers in a table.
  expect(await page.locator('[data-chart="outcomes"]').getAttribute('aria-label')).toMatch(/possible deals/);
  const table = page.getByTestId('outcome-table');
  await table.locator('summary').click();
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(4);
  expect(await table.locator('tbody').textContent()).toContain('Walk-away');
  await shot(page, 'a11y-debrief-walkout-1280');

  // Hand in, closed with Esc: focus goes back to Hand in, not to Play again.
  await page.keyboard.press('c');
  await page.getByTestId('hand-in-dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('hand-in-dialog').waitFor({ state: 'detached' });
  await expect.poll(async () => (await focused(page)).testid).toBe('hand-in');
  expect(log.problems).toEqual([]);
});

test('“Play on my own” ends the guided round and focus stays on the table', async () => {
  const { page, log } = session;
  await open(page, inject('baseUrl'), { seed: 'guided-focus' });
  await guidedToTable(page);
  await pickByKeys(page, [1, 1, 1, 1]);
  await proposeByKeys(page);
  for (const step of ['reply', 'parties', 'free']) {
    await expect.poll(() => page.getByTestId('guide').getAttribute('data-step')).toBe(step);
    await expect.poll(async () => (await focused(page)).testid).toBe('guide-next');
    await page.keyboard.press('Enter');
  }
  await page.getByTestId('guide').waitFor({ state: 'detached' });
  const f = await expectUsableFocus(page);
  expect(f.inCard || f.key === 'propose').toBe(true);
  expect(log.problems).toEqual([]);
});
