/**
 * One Chromium per browser-test file: launched before its tests, closed after them. Kept apart
 * from chromium.ts, which the web benchmark imports outside Vitest.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, watchedPage, type ConsoleLog } from './chromium.ts';

const DESKTOP = { width: 1280, height: 720 };

/** A browser context for the file's tests (ready once they run). */
export function useBrowserContext(viewport = DESKTOP): { readonly context: BrowserContext } {
  const held = {} as { context: BrowserContext };
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
    held.context = await browser.newContext({ viewport });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return held;
}

/** One page for the whole file, whose console errors and warnings are recorded in `log`. */
export function useWatchedPage(viewport = DESKTOP): { readonly page: Page; readonly log: ConsoleLog } {
  const browser = useBrowserContext(viewport);
  const held = {} as { page: Page; log: ConsoleLog };
  beforeAll(async () => {
    Object.assign(held, await watchedPage(browser.context));
  });
  return held;
}
