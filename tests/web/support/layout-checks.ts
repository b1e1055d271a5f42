/**
 * Layout checks for any page at any size: no sideways scrolling, 44 px touch targets, readable
 * text, and a screen that a finger can scroll. Each returns what it found, so a failing test
 * names the element.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Nothing is wider than the window: neither the document nor the game's screen root scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const m = await page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const screen = document.querySelector<HTMLElement>('.screen');
    // The widest boxes that stick out past the right edge, to name in the failure.
    const out = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.sr-only, [hidden]'))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
    return { doc: doc.scrollWidth, width: innerWidth, screen: screen ? screen.scrollWidth - screen.clientWidth : 0, out };
  });
  expect({ where, docFits: m.doc <= m.width, screenFits: m.screen <= 0, out: m.doc <= m.width && m.screen <= 0 ? [] : m.out }).toEqual({
    where,
    docFits: true,
    screenFits: true,
    out: [],
  });
}

/**
 * Every visible button, link-button, tab, select and text field is at least 44 × 44 CSS px (WCAG
 * 2.5.5). A radio button or checkbox counts by its label, which is what a finger presses.
 */
export async function expectTouchTargets(page: Page, where: string): Promise<void> {
  const small = await page.evaluate(() => {
    const found: string[] = [];
    const nodes = document.querySelectorAll<HTMLElement>('button, a.btn, [role="tab"], select, textarea, input:not([type="hidden"]):not([type="file"])');
    for (const n of nodes) {
      const target = (n instanceof HTMLInputElement && (n.type === 'radio' || n.type === 'checkbox') && n.closest('label')) || n;
      const r = target.getBoundingClientRect();
      const style = getComputedStyle(n);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || n.closest('[hidden], .sr-only, [aria-hidden="true"]')) continue;
      if (n.closest('dialog:not([open])')) continue;
      if (r.height < 43.5 || r.width < 43.5)
        found.push(`${n.tagName.toLowerCase()} "${(n.textContent || n.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return found;
  });
  expect({ where, small }).toEqual({ where, small: [] });
}

/** The text people read (the body text of the game's screen or the page) is at least `px` pixels. */
export async function expectBaseText(page: Page, where: string, px = 16): Promise<void> {
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.screen') ?? document.body).fontSize));
  expect({ where, size: size >= px }).toEqual({ where, size: true });
}

/**
 * A finger's swipe up (touch events through DevTools) moves the game's screen when
 * it is taller than the window: nothing on the way (canvas, overlay) swallows the gesture.
 */
export async function expectFingerScrolls(page: Page): Promise<void> {
  const before = await page.evaluate(() => {
    const s = document.querySelector<HTMLElement>('.screen')!;
    return { top: s.scrollTop, room: s.scrollHeight - s.clientHeight };
  });
  expect(before.room).toBeGreaterThan(0);
  // A finger's drag as raw touch events (DevTools' synthesized scroll gesture does not scroll
  // under headless Chromium's touch emulation; a touch drag does, as on a phone).
  const cdp = await page.context().newCDPSession(page);
  const view = page.viewportSize()!;
  const x = Math.round(view.width / 2);
  const y0 = Math.round(view.height * 0.7);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
  for (let k = 1; k <= 10; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 - k * Math.round(view.height * 0.03) }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await page.waitForTimeout(300);
  const after = await page.evaluate(() => document.querySelector<HTMLElement>('.screen')!.scrollTop);
  expect(after).toBeGreaterThan(before.top);
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('.screen')!.scrollTop = 0;
  });
}

/** The counterpart's reply reads whole: nothing hidden inside its box, and the box (scrolled to, on a phone) on view within the side panel. */
export async function expectWholeReply(page: Page): Promise<void> {
  const m = await page.getByTestId('reply').evaluate((r) => {
    r.scrollIntoView({ block: 'nearest' });
    const panel = r.closest('.table-side')!.getBoundingClientRect();
    const box = r.getBoundingClientRect();
    return { hidden: r.scrollHeight - r.clientHeight, inside: box.top >= panel.top - 1 && box.bottom <= panel.bottom + 1 && box.bottom <= innerHeight + 1 };
  });
  expect(m).toEqual({ hidden: 0, inside: true });
}
