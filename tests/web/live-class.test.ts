/**
 * A live class in real Chromium, from the production build served by the class server itself:
 * a teacher creates the class, two students on their own browser contexts join with the PIN, are
 * paired on opposite sides, read their briefs and negotiate to a deal at the normal table; the
 * teacher's roster follows each stage and the result lands in the class debrief. Screenshots of
 * the roster and both tables, at desktop and phone size.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './support/chromium.ts';
import { joinLive } from './support/live.ts';
import { ROOT, shot, waitScene } from './support/game.ts';
import { acceptableDeal, shipped } from '../server/support/game.ts';
import { startServer, type Running } from '../server/support/processes.ts';

const c = shipped();
let server: Running;
let browser: Awaited<ReturnType<typeof launch>>;

beforeAll(async () => {
  server = await startServer({ pages: 'dist', distDir: resolve(ROOT, 'test-artifacts/web-dist') });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const student = (name: string, pin: string, phone: boolean) => joinLive(browser, server.url, name, pin, phone);

describe('a live class in the browser', () => {
  it('teacher and two students play a class to a deal; the roster follows and the result reaches the debrief', async () => {
    const tctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const teacher = await tctx.newPage();
    await teacher.goto(`${server.url}/teacher.html#live`);
    await teacher.getByTestId('live-create').click({ timeout: 30_000 });
    const pin = (await teacher.getByTestId('live-pin').textContent({ timeout: 15_000 }))!.trim();
    expect(pin).toMatch(/^[A-Z2-9]{6}$/);
    await expect(teacher.getByTestId('live-qr').getAttribute('src')).resolves.toMatch(/^data:image\//);

    const ana = await student('Ana', pin, false);
    const ben = await student('Ben', pin, true);
    await Promise.all([waitScene(ana.page, 'Briefing', 30_000), waitScene(ben.page, 'Briefing', 30_000)]);
    await teacher.locator('[data-testid="roster-row"][data-status="reading"]').nth(1).waitFor({ timeout: 15_000 });
    await shot(teacher, 'live-roster-reading');

    for (const s of [ana, ben]) await s.page.getByTestId('start-negotiating').click();
    await teacher.getByTestId('live-start').click();
    await Promise.all([waitScene(ana.page, 'Table', 30_000), waitScene(ben.page, 'Table', 30_000)]);
    await teacher.locator('[data-testid="roster-row"][data-status="negotiating"]').nth(1).waitFor({ timeout: 15_000 });
    await shot(teacher, 'live-roster-negotiating');

    // Whoever's turn it is proposes a package both sides can live with; the other accepts it live.
    const proposeEnabled = async (p: Page) => !(await p.getByTestId('propose').isDisabled());
    const [first, second] = (await proposeEnabled(ana.page)) ? [ana, ben] : [ben, ana];
    for (const [item, option] of Object.entries(acceptableDeal(c))) await first.page.locator(`label[for="opt-${item}-${option}"]`).click();
    await first.page.getByTestId('propose').click();
    await second.page.locator('[data-testid="accept"]:not([disabled])').waitFor({ timeout: 15_000 });
    await shot(ana.page, 'live-table-ana-desktop');
    await shot(ben.page, 'live-table-ben-phone');
    await second.page.getByTestId('accept').click();
    await Promise.all([waitScene(ana.page, 'Outcome', 30_000), waitScene(ben.page, 'Outcome', 30_000)]);
    await teacher.locator('[data-testid="roster-row"][data-status="handed-in"]').nth(1).waitFor({ timeout: 15_000 });
    await shot(teacher, 'live-roster-done');

    // The result is in the class debrief, and stays there after a reload (read back with the teacher key).
    for (let round = 0; round < 2; round++) {
      await teacher.getByTestId('tab-debrief').click();
      await expect.poll(async () => (await teacher.getByTestId('panel-debrief').textContent()) ?? '', { timeout: 20_000 }).toMatch(/Ana/);
      await teacher.reload();
    }
    await Promise.all([ana.ctx.close(), ben.ctx.close(), tctx.close()]);
  });
});
