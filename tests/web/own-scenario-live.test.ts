/**
 * A live class on a designer's own scenario, in real Chromium, from the production build served
 * by a class server on a real Redis: the teacher opens the Iran 2015 file on the teacher's page
 * and starts a live class on it; two students (a desk and a phone) join with the PIN, receive the
 * file from the server, read their own side's brief, agree, and reach a debrief in that
 * scenario's words (Vienna 2015, Iran, the P5+1 — never Da Nang, the US or Russia); the result
 * verifies on the teacher's page against the same file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/index.ts';
import { launch } from './support/chromium.ts';
import { joinLive } from './support/live.ts';
import { ROOT, shot, text, waitScene } from './support/game.ts';
import { acceptableDeal } from '../server/support/game.ts';
import { startRedis, startServer, type Running } from '../server/support/processes.ts';

const IRAN = readFileSync(resolve(ROOT, 'tests/fixtures/scenarios/iran-2015.json'), 'utf8');
const loaded = loadScenario(IRAN, { warnings: false });
if (!loaded.ok) throw new Error('the Iran fixture does not load');
const c = loaded.compiled;
let redis: Running;
let server: Running;
let browser: Awaited<ReturnType<typeof launch>>;

beforeAll(async () => {
  redis = await startRedis();
  server = await startServer({ pages: 'dist', distDir: resolve(ROOT, 'test-artifacts/web-dist'), redisUrl: redis.url });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await redis?.stop();
});

async function ownWordsOnly(page: Page, where: string): Promise<void> {
  const shown = await page.locator('body').innerText();
  for (const word of [/Da Nang/, /Russia/, /United States/, /\bUS\b/]) expect(shown, `${where}: ${word}`).not.toMatch(word);
}

const student = (name: string, pin: string, phone: boolean) => joinLive(browser, server.url, name, pin, phone);

describe('a live class on your own scenario', () => {
  it('the teacher starts a live class on the Iran 2015 file; students play it in its own words; the result verifies on the teacher page', async () => {
    const tctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const teacher = await tctx.newPage();
    await teacher.goto(`${server.url}/teacher.html`);
    await teacher.locator('body[data-ready="true"]').waitFor();
    await teacher.getByTestId('own-file').setInputFiles({ name: 'iran-2015.json', mimeType: 'application/json', buffer: Buffer.from(IRAN) });
    await teacher.getByTestId('own-status').filter({ hasText: 'checks out' }).waitFor();
    await teacher.getByTestId('tab-live').click({ timeout: 30_000 });
    await teacher.getByTestId('live-create').click({ timeout: 30_000 });
    const pin = (await teacher.getByTestId('live-pin').textContent({ timeout: 15_000 }))!.trim();

    const ana = await student('Ana', pin, false);
    const ben = await student('Ben', pin, true);
    await Promise.all([waitScene(ana.page, 'Briefing', 30_000), waitScene(ben.page, 'Briefing', 30_000)]);
    // Each reads their own side of the teacher's scenario, with its shared briefing.
    const briefs = await Promise.all([ana.page, ben.page].map((p) => text(p, 'my-brief')));
    expect(briefs.some((b) => b.includes('Supreme Leader')) && briefs.some((b) => b.includes('breakout time'))).toBe(true);
    for (const s of [ana, ben]) {
      expect(await s.page.locator('body').innerText()).toContain('Nothing is agreed until everything is agreed');
      await ownWordsOnly(s.page, 'briefing');
    }
    await shot(ben.page, 'own-live-briefing-phone');

    for (const s of [ana, ben]) await s.page.getByTestId('start-negotiating').click();
    await teacher.getByTestId('live-start').click();
    await Promise.all([waitScene(ana.page, 'Table', 30_000), waitScene(ben.page, 'Table', 30_000)]);
    const proposeEnabled = async (p: Page) => !(await p.getByTestId('propose').isDisabled());
    const [first, second] = (await proposeEnabled(ana.page)) ? [ana, ben] : [ben, ana];
    for (const [item, option] of Object.entries(acceptableDeal(c))) await first.page.locator(`label[for="opt-${item}-${option}"]`).click();
    await first.page.getByTestId('propose').click();
    await second.page.locator('[data-testid="accept"]:not([disabled])').waitFor({ timeout: 15_000 });
    await second.page.getByTestId('accept').click();
    await Promise.all([waitScene(ana.page, 'Outcome', 30_000), waitScene(ben.page, 'Outcome', 30_000)]);
    for (const [s, device] of [
      [ana, 'desktop'],
      [ben, 'phone'],
    ] as const) {
      await s.page.keyboard.press('d');
      await waitScene(s.page, 'Debrief', 30_000);
      expect(await text(s.page, 'legend-real')).toContain('Vienna 2015');
      await ownWordsOnly(s.page, `debrief (${device})`);
      await shot(s.page, `own-live-debrief-${device}`);
    }

    // The result reaches the teacher's class debrief and verifies against the teacher's file.
    await teacher.getByTestId('tab-debrief').click();
    await expect.poll(async () => (await teacher.getByTestId('panel-debrief').textContent()) ?? '', { timeout: 20_000 }).toMatch(/Ana/);
    expect(await text(teacher, 'stat-games')).toBe('1');
    await shot(teacher, 'own-live-teacher-debrief');
    await Promise.all([ana.ctx.close(), ben.ctx.close(), tctx.close()]);
  });
});
