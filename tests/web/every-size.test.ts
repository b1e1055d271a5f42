/**
 * The sizes every-device.test.ts does not play (issue 12: "from 360×640 phones to 1920×1080 …
 * both orientations"): a small phone upright and on its side, a landscape phone, a tablet upright
 * and on its side, and a large desktop. At each, a short game by taps or clicks — title, side,
 * briefing, table (a package proposed, its reply read whole), walk-away, outcome, debrief — with
 * no sideways scroll on any screen, and 44 px targets and 16 px text on touch screens; every
 * control pressed is reached by scrolling, as a student would. Screenshots: size-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, watchedPage } from './support/chromium.ts';
import { open, shot, waitScene } from './support/game.ts';
import { expectBaseText, expectNoSidewaysScroll, expectTouchTargets, expectWholeReply } from './support/layout-checks.ts';

const SIZES = [
  { name: 'phone-small', width: 360, height: 640, touch: true },
  { name: 'phone-small-landscape', width: 640, height: 360, touch: true },
  { name: 'phone-landscape', width: 844, height: 390, touch: true },
  { name: 'tablet-portrait', width: 1024, height: 1366, touch: true },
  { name: 'tablet-landscape', width: 1366, height: 1024, touch: true },
  { name: 'desktop-large', width: 1920, height: 1080, touch: false },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

for (const size of SIZES) {
  test(`${size.name} (${size.width}×${size.height}${size.touch ? ', touch' : ''}): a short game, every screen whole`, async () => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, isMobile: size.touch, hasTouch: size.touch, deviceScaleFactor: 1 });
    const { page, log } = await watchedPage(context);
    const press = (testid: string) => (size.touch ? page.getByTestId(testid).tap() : page.getByTestId(testid).click());
    const check = async (screen: string) => {
      await expectNoSidewaysScroll(page, `${size.name} ${screen}`);
      if (size.touch) {
        await expectTouchTargets(page, `${size.name} ${screen}`);
        await expectBaseText(page, `${size.name} ${screen}`);
      }
      await shot(page, `size-${size.name}-${screen}`);
    };
    await open(page, inject('baseUrl'), { seed: `size-${size.name}` });
    await waitScene(page, 'Title');
    await check('1-title');
    await press('play');
    await waitScene(page, 'SideChoice');
    await check('2-side-choice');
    await press('choose-us');
    await waitScene(page, 'Briefing');
    await check('3-briefing');
    await press('start-negotiating');
    await waitScene(page, 'Table');
    await check('4-table');
    await choosePackage(page, size.touch);
    await press('propose');
    await page.getByTestId('reply').waitFor();
    await expectWholeReply(page);
    await check('5-reply');
    await press('walk-away');
    await page.getByTestId('walk-dialog').waitFor();
    await press('walk-confirm');
    await waitScene(page, 'Outcome');
    await check('6-outcome');
    await press('open-debrief');
    await waitScene(page, 'Debrief');
    await check('7-debrief');
    expect(log.problems).toEqual([]);
    await context.close();
  });
}

/** The second option on every card, by pressing its row (a phone's tap scrolls it into view first). */
async function choosePackage(page: Page, touch: boolean): Promise<void> {
  const cards = page.locator('.item-card');
  for (let c = 0; c < (await cards.count()); c++) {
    const row = cards.nth(c).locator('label.opt').nth(1);
    await (touch ? row.tap() : row.click());
  }
}
