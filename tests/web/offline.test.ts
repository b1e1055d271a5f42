/**
 * Classroom networks are poor: once the game has loaded, it starts again with the network gone
 * (a service worker caches the built game, the teacher's page and the scenarios). And the built
 * pages carry a Content-Security-Policy that forbids inline scripts and eval.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { useWatchedPage } from './support/browser-hooks.ts';
import { open, ROOT, shot, waitScene } from './support/game.ts';

const watched = useWatchedPage();

test('after one visit, the game and the teacher page start offline', async () => {
  const { page, log } = watched;
  await open(page, inject('baseUrl'), {});
  await waitScene(page, 'Title');
  // The service worker has cached everything once it controls the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await page.context().setOffline(true);
  try {
    await page.reload();
    await waitScene(page, 'Title');
    await page.keyboard.press('p');
    await waitScene(page, 'SideChoice');
    await page.keyboard.press('1');
    await waitScene(page, 'Briefing');
    await shot(page, 'offline-01-briefing');
    // Another shipped scenario, never opened before, also comes from the cache.
    await page.goto(`${inject('baseUrl')}?scenario=southwest-2017.json`);
    await waitScene(page, 'Title');
    await page.goto(`${inject('baseUrl')}teacher.html`);
    await page.locator('body[data-ready="true"]').waitFor();
  } finally {
    await page.context().setOffline(false);
  }
  expect(log.problems).toEqual([]);
});

test('the built pages forbid inline scripts and eval', () => {
  for (const page of ['index.html', 'teacher.html']) {
    const html = readFileSync(resolve(ROOT, 'test-artifacts/web-dist', page), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1].replaceAll('&#39;', "'");
    expect(csp, page).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(/script-src[^;]*unsafe-inline/.test(csp!)).toBe(false);
    // Every script is a file of its own.
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, page).toMatch(/\ssrc=/);
  }
});
