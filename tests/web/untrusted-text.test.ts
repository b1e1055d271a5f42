/**
 * Issue 14: untrusted text never breaks a layout or reorders the words around it. A class seed of
 * 150 letters without a space and a student name of right-to-left letters, a direction override
 * and a long unbroken run go through a whole class game: the settings grid on the title, the
 * hand-in on the debrief and the teacher's replay of the game stay inside their boxes, and the
 * override is gone. Screenshots at desktop and phone size.
 */
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeSession, type ClassSession } from '../../src/engine/index.ts';
import { useWatchedPage } from './support/browser-hooks.ts';
import { open, shot, text, waitScene, walkAwayByKeys } from './support/game.ts';

const watched = useWatchedPage();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 720 };

const SEED = `seed${'W'.repeat(146)}`;
// Typed with a right-to-left override in it; 40 characters, the most a name may have.
const TYPED = `\u202eسلام Bob jones ${'M'.repeat(22)}`;
const CLEANED = `سلام Bob jones ${'M'.repeat(22)}`;

/** Elements whose content is wider than their box, among `selector` and what they contain. */
function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const root of document.querySelectorAll(sel))
      for (const e of [root, ...root.querySelectorAll('*')]) {
        const style = getComputedStyle(e);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll' || e.tagName === 'TEXTAREA' || e.tagName === 'INPUT') continue;
        if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0) out.push(`${e.tagName.toLowerCase()}.${e.className} ${e.scrollWidth}>${e.clientWidth}`);
        const box = e.getBoundingClientRect();
        if (box.right > innerWidth + 1) out.push(`${e.tagName.toLowerCase()}.${e.className} ends at ${Math.round(box.right)} of ${innerWidth}`);
      }
    return out;
  }, selector);
}

test('a long seed and a right-to-left, overridden, unbroken name stay in their boxes, from the title to the teacher’s replay', async () => {
  const { page, log } = watched;
  const settings: ClassSession = {
    scenario: 'danang-2017',
    sides: 'first',
    mode: 'computer',
    opponent: { kind: 'difficulty', difficulty: 'normal' },
    seed: { kind: 'class', value: SEED },
    rounds: 3,
    secondsPerRound: null,
    revealReal: true,
  };
  const base = inject('baseUrl');
  await open(page, base, { session: encodeSession(settings) });
  await waitScene(page, 'Title');
  expect(await text(page, 'class-settings')).toContain(SEED);
  expect(await overflowing(page, '[data-testid="class-panel"]')).toEqual([]);
  await shot(page, 'untrusted-01-title-desktop');
  await page.setViewportSize(PHONE);
  await page.reload();
  await waitScene(page, 'Title');
  await shot(page, 'untrusted-02-title-phone');
  // (The title is laid out for wider screens: on a phone its name box is wider than the panel
  // whatever anyone types; only what the untrusted text could break is checked here.)
  expect(await overflowing(page, '[data-testid="class-settings"]')).toEqual([]);
  await page.setViewportSize(DESKTOP);

  await page.getByTestId('class-name-0').fill(TYPED);
  await page.keyboard.press('Enter');
  await waitScene(page, 'Briefing');
  await page.keyboard.press('s');
  await waitScene(page, 'Table');
  await walkAwayByKeys(page);
  await page.keyboard.press('d');
  await waitScene(page, 'Debrief');
  await page.keyboard.press('c');
  await page.getByTestId('hand-in-dialog').waitFor();
  const handIn = await text(page, 'hand-in-dialog');
  expect(handIn).toContain(`Result of \u2068${CLEANED}\u2069.`);
  expect(handIn).not.toContain('\u202e');
  expect(await overflowing(page, '[data-testid="hand-in-dialog"] p')).toEqual([]);
  await shot(page, 'untrusted-03-hand-in-desktop');
  const code = await page.getByTestId('result-code').inputValue();
  await page.keyboard.press('Escape');
  await page.setViewportSize(PHONE);
  await page.reload();
  await waitScene(page, 'Debrief');
  await page.keyboard.press('c');
  await page.getByTestId('hand-in-dialog').waitFor();
  expect(await overflowing(page, '[data-testid="hand-in-dialog"] p')).toEqual([]);
  await shot(page, 'untrusted-04-hand-in-phone');
  await page.setViewportSize(DESKTOP);

  // The teacher's replay of that game: its header names the student and the seed.
  await page.goto(`${base}teacher.html#debrief`);
  await page.locator('body[data-ready="true"]').waitFor();
  await page.getByTestId('codes-input').fill(code);
  await page.getByTestId('add-codes').click();
  await page.getByTestId('import-status').filter({ hasText: 'Checked 1' }).waitFor();
  await page.getByTestId('replay-open').first().click();
  await page.getByTestId('replay-dialog').waitFor();
  const title = await page.locator('#replay-title').textContent();
  expect(title).toContain(`\u2068${CLEANED}\u2069`);
  expect(await overflowing(page, '[data-testid="replay-dialog"] h2, [data-testid="replay-dialog"] p')).toEqual([]);
  await shot(page, 'untrusted-05-teacher-replay-desktop');
  await page.setViewportSize(PHONE);
  expect(await overflowing(page, '[data-testid="replay-dialog"] h2, [data-testid="replay-dialog"] p')).toEqual([]);
  await shot(page, 'untrusted-06-teacher-replay-phone');
  await page.setViewportSize(DESKTOP);
  expect(log.problems).toEqual([]);
});
