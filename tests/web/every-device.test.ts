/**
 * Every screen on a phone (390×844, touch) and a tablet (768×1024, touch): a whole game to the
 * debrief — by taps on the phone, two players with hand-over screens by keyboard on the tablet —
 * with axe-core (WCAG 2.1 A/AA and best practices) on every screen and dialog, no sideways scroll,
 * 44 px touch targets and 16 px text; then the teacher's page (every tab, a result handed in from
 * the game, its replay) and the workbench at desktop and phone size. Screenshots go to
 * test-artifacts/screens/device-*.png.
 */
import { expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from './support/chromium.ts';
import { expectNoAxe } from './support/axe.ts';
import { expectBaseText, expectFingerScrolls, expectNoSidewaysScroll, expectTouchTargets, expectWholeReply } from './support/layout-checks.ts';
import { hook, open, shot, waitScene, keysToTable, pickByKeys, proposeByKeys, walkAwayByKeys } from './support/game.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const TABLET = { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const DESKTOP = { viewport: { width: 1280, height: 720 } };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function device(options: Parameters<Browser['newContext']>[0]): Promise<{ context: BrowserContext; page: Page; log: { problems: string[] } }> {
  const context = await browser.newContext(options);
  return { context, ...(await watchedPage(context)) };
}

/** Everything this file asks of a screen (targets and text size on touch screens), then a screenshot. */
async function checkScreen(page: Page, name: string, touch: boolean): Promise<void> {
  await expectNoAxe(page, name);
  await expectNoSidewaysScroll(page, name);
  if (touch) {
    await expectTouchTargets(page, name);
    await expectBaseText(page, name);
  }
  await shot(page, `device-${name}`);
}

/** A dialog: axe on the page with the dialog open, then it is closed with Escape. */
async function checkDialog(page: Page, testid: string, name: string, touch: boolean): Promise<void> {
  await page.getByTestId(testid).waitFor();
  await checkScreen(page, name, touch);
  await page.keyboard.press('Escape');
  await page.getByTestId(testid).waitFor({ state: 'detached' });
}

/** Accepts a red-line crossing when the game asks. */
async function crossIfAsked(page: Page): Promise<void> {
  const dialog = page.getByTestId('redline-dialog');
  if (await dialog.isVisible()) {
    await page.getByTestId('redline-confirm').tap();
    await dialog.waitFor({ state: 'detached' });
  }
}

test('a phone (390×844, touch): a whole game by taps, every screen accessible and whole', async () => {
  const { context, page, log } = await device(PHONE);
  const touch = true;
  await open(page, inject('baseUrl'), { seed: 'phone-1' });
  await waitScene(page, 'Title');
  await checkScreen(page, 'phone-01-title', touch);
  await page.getByTestId('how-to-play').tap();
  await checkDialog(page, 'help-dialog', 'phone-02-help', touch);
  await page.getByTestId('settings').tap();
  await checkDialog(page, 'settings-dialog', 'phone-03-settings', touch);
  await page.getByTestId('play').tap();
  await waitScene(page, 'SideChoice');
  await checkScreen(page, 'phone-04-side-choice', touch);
  await expectFingerScrolls(page);
  await page.getByTestId('choose-russia').tap();
  await waitScene(page, 'Briefing');
  await checkScreen(page, 'phone-05-briefing', touch);
  await page.getByTestId('start-negotiating').tap();
  await waitScene(page, 'Table');
  await checkScreen(page, 'phone-06-table', touch);
  await expectFingerScrolls(page);
  // One option per card, by tapping its row.
  const cards = page.locator('.item-card');
  for (let c = 0; c < (await cards.count()); c++) await cards.nth(c).locator('label.opt').nth(1).tap();
  await page.getByTestId('propose').tap();
  await page.getByTestId('reply').waitFor();
  await checkScreen(page, 'phone-07-table-reply', touch);
  await page.getByTestId('walk-away').tap();
  await checkDialog(page, 'walk-dialog', 'phone-08-walk-away-dialog', touch);
  for (let turn = 0; turn < 12 && (await hook(page, 'state')).phase === 'negotiating'; turn++) {
    const accept = page.getByTestId('accept');
    if ((await accept.count()) > 0 && (await accept.isEnabled())) await accept.tap();
    else await page.getByTestId('propose').tap();
    await crossIfAsked(page);
  }
  await waitScene(page, 'Outcome');
  await checkScreen(page, 'phone-09-outcome', touch);
  await page.getByTestId('open-debrief').tap();
  await waitScene(page, 'Debrief');
  await checkScreen(page, 'phone-10-debrief', touch);
  await page.getByTestId('hand-in').tap();
  await checkDialog(page, 'hand-in-dialog', 'phone-11-hand-in', touch);
  expect(log.problems).toEqual([]);
  await context.close();
});

test('a tablet (768×1024, touch): two players on one device by keyboard, with hand-over screens', async () => {
  const { context, page, log } = await device(TABLET);
  const touch = true;
  await open(page, inject('baseUrl'), { seed: 'tablet-1' });
  await waitScene(page, 'Title');
  await checkScreen(page, 'tablet-01-title', touch);
  await page.keyboard.press('c');
  await checkDialog(page, 'scenarios-dialog', 'tablet-02-scenarios', touch);
  await page.keyboard.press('p');
  await waitScene(page, 'SideChoice');
  await checkScreen(page, 'tablet-03-side-choice', touch);
  await page.keyboard.press('3');
  await waitScene(page, 'Handover');
  await checkScreen(page, 'tablet-04-handover', touch);
  await page.keyboard.press('Enter');
  await waitScene(page, 'Briefing');
  await checkScreen(page, 'tablet-05-briefing', touch);
  for (let k = 0; k < 2; k++) {
    await page.keyboard.press('s');
    await waitScene(page, 'Handover');
    await page.keyboard.press('c');
    await waitScene(page, k === 0 ? 'Briefing' : 'Table');
  }
  await checkScreen(page, 'tablet-06-table', touch);
  for (let card = 1; card <= 4; card++) {
    await page.keyboard.press(String(card));
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('p');
  await waitScene(page, 'Handover');
  await page.keyboard.press('c');
  await waitScene(page, 'Table');
  await checkScreen(page, 'tablet-07-table-second-player', touch);
  await page.keyboard.press('a');
  await crossIfAsked(page);
  await waitScene(page, 'Outcome');
  await checkScreen(page, 'tablet-08-outcome', touch);
  await page.keyboard.press('d');
  await waitScene(page, 'Debrief');
  await checkScreen(page, 'tablet-09-debrief', touch);
  expect(log.problems).toEqual([]);
  await context.close();
});

/** A result code from a short game (one proposal, whose reply must read whole, then a walk-out), handed in on the debrief (for the teacher's page). */
async function resultCode(page: Page): Promise<string> {
  await open(page, inject('baseUrl'), { seed: 'teacher-1' });
  await keysToTable(page, '1');
  await pickByKeys(page, [1, 1, 1, 1]);
  await proposeByKeys(page);
  await expectWholeReply(page);
  await walkAwayByKeys(page);
  await page.keyboard.press('d');
  await waitScene(page, 'Debrief');
  await page.keyboard.press('c');
  return (await page.getByTestId('result-code').inputValue()).trim();
}

for (const [size, options, touch] of [
  ['desktop', DESKTOP, false],
  ['phone', PHONE, true],
] as const) {
  test(`the teacher's page and the workbench at ${size} size: every tab, a class result and its replay`, async () => {
    const { context, page, log } = await device(options);
    const code = await resultCode(page);
    await page.goto(`${inject('baseUrl')}teacher.html#setup`);
    await page.locator('body[data-ready="true"]').waitFor();
    await checkScreen(page, `teacher-${size}-01-setup`, touch);
    await page.getByTestId('create-session').click();
    await page.getByTestId('session-code').waitFor();
    await checkScreen(page, `teacher-${size}-02-session`, touch);
    await page.getByTestId('tab-debrief').click();
    await checkScreen(page, `teacher-${size}-03-debrief-empty`, touch);
    await page.getByTestId('codes-input').fill(code);
    await page.getByTestId('add-codes').click();
    await page.getByTestId('results-table').waitFor();
    await checkScreen(page, `teacher-${size}-04-debrief-class`, touch);
    await page.getByTestId('replay-open').first().click();
    await page.locator('dialog[open]').waitFor();
    await checkScreen(page, `teacher-${size}-05-replay`, touch);
    await page.keyboard.press('Escape');
    await page.getByTestId('tab-kit').click();
    await checkScreen(page, `teacher-${size}-06-lesson-kit`, touch);
    await page.goto(`${inject('baseUrl')}workbench.html`);
    await page.getByTestId('wb-ok').waitFor();
    await checkScreen(page, `workbench-${size}`, touch);
    expect(log.problems).toEqual([]);
    await context.close();
  });
}
