/**
 * Issue 14: a scenario file refused on the title screen is said there, at once — not as a notice
 * that waits for the next screen. Desktop and phone size.
 */
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useWatchedPage } from './support/browser-hooks.ts';
import { open, shot, waitScene } from './support/game.ts';

const watched = useWatchedPage();

/** Drops a file of `bytes` spaces on the page, as a designer dragging it from their desktop. */
async function dropFile(page: Page, name: string, bytes: number): Promise<void> {
  await page.evaluate(
    ([n, size]) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(size as number).fill(32)], n as string, { type: 'application/json' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, bytes],
  );
}

for (const [label, viewport] of [
  ['desktop', { width: 1280, height: 720 }],
  ['phone', { width: 390, height: 844 }],
] as const)
  test(`${label}: a file refused on the title screen is said on the title screen`, async () => {
    const { page, log } = watched;
    await page.setViewportSize(viewport);
    await open(page, inject('baseUrl'));
    await waitScene(page, 'Title');
    await dropFile(page, 'enormous-scenario.json', 2_100_000);
    const problem = page.getByTestId('file-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('enormous-scenario.json');
    expect(await page.locator('[data-scene="Title"]').count()).toBe(1);
    expect(await problem.isVisible()).toBe(true);
    await shot(page, `title-file-refused-${label}`);
    // The next screen carries no leftover of it.
    await page.keyboard.press('p');
    await waitScene(page, 'SideChoice');
    expect(await page.getByTestId('notice').count()).toBe(0);
    expect(log.problems).toEqual([]);
  });
