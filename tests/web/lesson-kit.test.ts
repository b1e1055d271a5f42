/**
 * The teacher page's Lesson kit tab in Chromium: the default scenario's kit shows every part
 * with the scenario file's own words; the tutorial's kit switches to French; a phone-sized
 * screen does not overflow; and printing gives clean pages: Chromium's own PDF of the teacher
 * guide and of the student materials, on A4 and on Letter, has a sensible page count and no
 * text wider than the page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { useBrowserContext, useWatchedPage } from './support/browser-hooks.ts';
import { ROOT, SCREENS, shot } from './support/game.ts';

const watched = useWatchedPage({ width: 1280, height: 720 });
const phone = useBrowserContext({ width: 390, height: 844 });
const danang = JSON.parse(readFileSync(resolve(ROOT, 'public/scenarios/danang-2017.json'), 'utf8'));
const tutorial = JSON.parse(readFileSync(resolve(ROOT, 'public/scenarios/tutorial.json'), 'utf8'));
const PDFS = resolve(ROOT, 'test-artifacts/pdf');

/** Pages in a PDF Chromium wrote (each page object has /Type /Page). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('the Lesson kit tab shows the default scenario’s kit: objectives with standards, four run sheets, the debrief script, and the student materials', async () => {
  const { page, log } = watched;
  await page.goto(`${inject('baseUrl')}teacher.html#kit`);
  await page.waitForSelector('[data-testid="lesson-kit"]');
  expect(await page.getAttribute('[data-testid="tab-kit"]', 'aria-selected')).toBe('true');
  const kit = page.locator('[data-testid="lesson-kit"]');
  await expect.poll(() => kit.locator('h1').textContent()).toBe(danang.title);
  expect(await kit.locator('.kit-objectives > li').count()).toBe(danang.lessonKit.objectives.length);
  expect(await kit.locator('.kit-objectives').textContent()).toContain('D2.Civ.3.9-12');
  for (const [periods, mode] of [
    [1, 'live'],
    [1, 'static'],
    [2, 'live'],
    [2, 'static'],
  ])
    expect(await page.locator(`[data-testid="kit-run-${periods}-${mode}"]`).count()).toBe(1);
  // Two-period sheets count each day from zero.
  expect(await page.locator('[data-testid="kit-run-2-live"] .kit-time').allTextContents()).toContain('Day 2, 0–5');
  expect(await kit.locator('.kit-script > li').count()).toBe(danang.lessonKit.debriefScript.length);
  expect(await page.locator('[data-testid="kit-exit-ticket"] li').count()).toBe(danang.lessonKit.exitTicket.length);
  expect(await page.locator('[data-testid="kit-rubric"] tbody tr').count()).toBe(danang.lessonKit.rubric.length);
  // Why these numbers: every option's values (points out of 100) beside the designer's reason.
  expect(await page.locator('[data-testid="kit-why"] tbody tr').count()).toBe(20);
  const hotline = page.locator('[data-testid="kit-why"] tbody tr', { hasText: 'Keep the 2015 hotline only' });
  expect(await hotline.locator('.kit-num').allTextContents()).toEqual(['75', '55']);
  for (const part of ['case-basic', 'case-advanced', 'maps', 'timeline', 'glossary', 'human-cost', 'sources', 'role-cards'])
    expect(await page.locator(`[data-testid="kit-${part}"]`).count(), part).toBe(1);
  expect(await page.locator('.kit-card h3').allTextContents()).toContain('The SDF (Syrian Democratic Forces)');
  expect(await page.locator('[data-testid="kit-glossary"]').textContent()).toContain('Resolution 2254');
  // The map is drawn for Summit and ships beside the scenario: it loads.
  await expect.poll(() => page.locator('.kit-map img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await shot(page, 'kit-01-desktop');
  expect(log.problems).toEqual([]);
});

test('the tutorial’s kit reads in French, headings included; another scenario without French offers English only', async () => {
  const { page } = watched;
  await page.selectOption('[data-testid="kit-scenario"]', 'tutorial');
  await expect.poll(() => page.locator('.kit-title').textContent()).toBe(tutorial.title.en);
  await page.selectOption('[data-testid="kit-language"]', 'fr');
  await expect.poll(() => page.locator('.kit-title').textContent()).toBe(tutorial.title.fr);
  expect(await page.locator('[data-testid="kit-objectives"] h2').textContent()).toBe('Objectifs d’apprentissage');
  expect(await page.locator('[data-testid="kit-overview"] p').textContent()).toBe(tutorial.lessonKit.overview.fr);
  expect(await page.getAttribute('[data-testid="lesson-kit"]', 'lang')).toBe('fr');
  await shot(page, 'kit-02-tutorial-fr');
  await page.selectOption('[data-testid="kit-scenario"]', 'southwest-2017');
  expect(await page.isDisabled('[data-testid="kit-language"]')).toBe(true);
  await expect.poll(() => page.locator('.kit-title').textContent()).toBe('Amman and Hamburg, July 2017');
});

test('printed to PDF, the teacher guide and the student materials make clean A4 and Letter pages', async () => {
  const { page } = watched;
  mkdirSync(PDFS, { recursive: true });
  await page.selectOption('[data-testid="kit-scenario"]', 'danang-2017');
  await expect.poll(() => page.locator('.kit-title').textContent()).toBe(danang.title);
  await page.emulateMedia({ media: 'print' });
  const counts: Record<string, number> = {};
  for (const part of ['guide', 'students', 'roles'] as const) {
    await page.locator('[data-testid="kit-root"]').evaluate((root, p) => ((root as HTMLElement).dataset.print = p), part);
    // Nothing but the chosen part, and nothing wider than the page's text column.
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('.lesson-kit *')].filter((n) => (n as HTMLElement).offsetParent !== null && n.getBoundingClientRect().right > width + 1).length;
    });
    expect(overflow, part).toBe(0);
    expect(await page.locator('.kit-controls').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="panel-setup"]').isVisible()).toBe(false);
    for (const format of ['A4', 'Letter'] as const) {
      // Printing fires "afterprint", which shows every part again: choose the part before each print.
      await page.locator('[data-testid="kit-root"]').evaluate((root, p) => ((root as HTMLElement).dataset.print = p), part);
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(resolve(PDFS, `kit-${part}-${format}.pdf`), pdf);
      counts[`${part}-${format}`] = pageCount(pdf);
    }
    await page.screenshot({ path: resolve(SCREENS, `kit-print-${part}.png`), fullPage: true });
  }
  // The guide is a few pages, the student packet longer (two case files, sources), the cards two or three.
  expect(counts['guide-A4']).toBeGreaterThanOrEqual(3);
  expect(counts['guide-A4']).toBeLessThanOrEqual(9);
  expect(counts['students-A4']).toBeGreaterThanOrEqual(4);
  expect(counts['students-A4']).toBeLessThanOrEqual(14);
  expect(counts['roles-A4']).toBeGreaterThanOrEqual(1);
  expect(counts['roles-A4']).toBeLessThanOrEqual(4);
  expect(Math.abs(counts['guide-Letter'] - counts['guide-A4'])).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });
  console.log(`lesson kit PDF pages: ${JSON.stringify(counts)}`);
});

test('on a phone the kit fits the screen', async () => {
  const page = await phone.context.newPage();
  await page.goto(`${inject('baseUrl')}teacher.html#kit`);
  await page.waitForSelector('[data-testid="lesson-kit"] .kit-objectives');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  await page.screenshot({ path: resolve(SCREENS, 'kit-03-phone.png') });
  await page.locator('[data-testid="kit-run-sheets"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: resolve(SCREENS, 'kit-04-phone-run-sheet.png') });
  await page.close();
});
