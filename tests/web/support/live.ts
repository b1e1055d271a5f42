/** Students of a live class in the browser: each in their own context, as on their own device. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitScene } from './game.ts';

/** Opens the game at a live class's PIN (on a desktop, or a touch phone) and joins it under `name`. */
export async function joinLive(browser: Browser, url: string, name: string, pin: string, phone: boolean): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext(phone ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : { viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  await page.goto(`${url}/?automation=1&live=${pin}`);
  await waitScene(page, 'Live', 30_000);
  await page.getByTestId('live-name').fill(name);
  await page.getByTestId('live-join').click();
  return { ctx, page };
}
