/**
 * A static class on a designer's own scenario, in Chromium: the teacher opens the Iran 2015 file
 * on the teacher's page, creates a session whose link carries it; a student opens the link on
 * their own device and the game looks like its own — the title, the emblems and colours, How to
 * play, the side choice, the brief and the debrief name Iran and the P5+1, Vienna 2015, never Da
 * Nang, the US or Russia; the result code verifies on the teacher's page like any other.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useWatchedPage } from './support/browser-hooks.ts';
import { watchedPage } from './support/chromium.ts';
import { playToOutcome, ROOT, shot, text, waitScene } from './support/game.ts';

const IRAN = readFileSync(resolve(ROOT, 'tests/fixtures/scenarios/iran-2015.json'), 'utf8');
const watched = useWatchedPage();

/** Nothing of the shipped scenario's sides or place in what the page shows. */
async function ownWordsOnly(page: Page, where: string): Promise<void> {
  const shown = await page.locator('body').innerText();
  for (const word of [/Da Nang/, /Russia/, /United States/, /\bUS\b/, /American/]) expect(shown, `${where}: ${word}`).not.toMatch(word);
}

/** The teacher opens the file and creates a session: its link. */
async function ownSessionLink(page: Page, base: string, seed: string): Promise<string> {
  await page.goto(`${base}teacher.html`);
  await page.locator('body[data-ready="true"]').waitFor();
  await page.getByTestId('own-file').setInputFiles({ name: 'iran-2015.json', mimeType: 'application/json', buffer: Buffer.from(IRAN) });
  await page.getByTestId('own-status').filter({ hasText: 'checks out' }).waitFor();
  expect(await page.getByTestId('setup-scenario').inputValue()).toBe('iran-2015');
  expect(await text(page, 'setup-sides')).toContain('All Iran');
  await page.getByTestId('setup-seed').fill(seed);
  await page.getByTestId('create-session').click();
  await page.getByTestId('own-link-note').waitFor();
  return page.getByTestId('session-link').inputValue();
}

/** Drops a file on the workbench as a designer would. */
async function dropOnWorkbench(page: Page, name: string, textOfFile: string): Promise<void> {
  await page.evaluate(
    ([n, body]) => {
      const data = new DataTransfer();
      data.items.add(new File([body], n, { type: 'application/json' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, textOfFile] as const,
  );
  await page.waitForFunction((n) => document.querySelector('[data-testid="wb-status"]')?.textContent === `Editing ${n}.`, name);
}

test("the designer's loop: the workbench flags the Iran draft's dominated options; the fixed file has only the lesson-kit note left", async () => {
  const { page, log } = watched;
  // The first draft: the P5+1 valued zero enrichment below strict limits, so no sensible deal picks it.
  const draft = IRAN.replace('"values": { "iran": 0.3, "p5": 0.9 }', '"values": { "iran": 0.3, "p5": 1 }').replace(
    '"values": { "iran": 0, "p5": 1 }, "effects": { "israel": 0.8 }',
    '"values": { "iran": 0, "p5": 0.9 }, "effects": { "israel": 0.8 }',
  );
  expect(draft).not.toBe(IRAN);
  await page.goto(`${inject('baseUrl')}workbench.html`);
  await page.getByTestId('wb-ok').waitFor();
  await dropOnWorkbench(page, 'iran-2015-draft.json', draft);
  await page.waitForFunction(() => document.querySelector('[data-testid="wb-problems"]')?.textContent?.includes('warn.dominated-option'));
  await dropOnWorkbench(page, 'iran-2015.json', IRAN);
  await page.locator('svg.wb-chart').waitFor();
  const problems = await page.getByTestId('wb-problems').innerText();
  expect(problems).not.toContain('warn.dominated-option');
  expect(await page.locator('section[data-item]').count()).toBe(4);
  await shot(page, 'own-00-workbench-iran-desktop');
  const phone = await page
    .context()
    .browser()!
    .newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const onPhone = await watchedPage(phone);
  await onPhone.page.goto(`${inject('baseUrl')}workbench.html`);
  await onPhone.page.getByTestId('wb-ok').waitFor();
  await dropOnWorkbench(onPhone.page, 'iran-2015.json', IRAN);
  await onPhone.page.locator('svg.wb-chart').waitFor();
  await shot(onPhone.page, 'own-00-workbench-iran-phone');
  expect([...log.problems, ...onPhone.log.problems]).toEqual([]);
  await phone.close();
}, 180_000);

test('a teacher runs a static class on the Iran 2015 file: the link carries it, the game is its own, the code verifies', async () => {
  const { page, log } = watched;
  const base = inject('baseUrl');
  // A file with a problem is refused with it, in check's words, and nothing changes.
  await page.goto(`${base}teacher.html`);
  await page.locator('body[data-ready="true"]').waitFor();
  await page.getByTestId('own-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(IRAN.replace('"rounds": 8', '"rounds": 0')) });
  await page.getByTestId('own-problems').filter({ hasText: 'broken.json: $.deadline.rounds' }).waitFor();
  expect(await page.getByTestId('setup-scenario').locator('option[value="iran-2015"]').count()).toBe(0);

  const link = await ownSessionLink(page, base, 'vienna');
  const url = new URL(link);
  expect(url.hash).toMatch(/^#own=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(8000);
  const codes: string[] = [];
  await page.getByTestId('own-scenario').scrollIntoViewIfNeeded();
  await shot(page, 'own-01-teacher-setup');

  // The code alone (typed on the title screen) names a scenario this site does not have: the game says to open the whole link.
  // (A device of its own: the browser logs the 404 that this check expects.)
  const alone = await page
    .context()
    .browser()!
    .newContext({ viewport: { width: 1280, height: 720 } });
  const codeOnly = await alone.newPage();
  await codeOnly.goto(`${base}index.html?automation=1&session=${url.searchParams.get('session')}`);
  await waitScene(codeOnly, 'Preload');
  expect(await text(codeOnly, 'scenario-problems')).toContain('open the whole link they gave you');
  await alone.close();
  const teacher = page;
  // One student at a desk, one on a phone.
  codes.push(await studentPlays(url, 'desktop'));
  codes.push(await studentPlays(url, 'phone'));
  // Back on the teacher's computer (the file is kept there): the code verifies against it.
  await teacher.goto(`${base}teacher.html#debrief`);
  await teacher.locator('body[data-ready="true"]').waitFor();
  await teacher.getByTestId('codes-input').fill(codes.join('\n'));
  await teacher.getByTestId('add-codes').click();
  await teacher.getByTestId('import-status').filter({ hasText: 'Checked 2' }).waitFor();
  expect(await text(teacher, 'stat-games')).toBe('2');
  expect(await teacher.getByTestId('import-status').innerText()).toContain('2 verified, 0 could not be used');
  expect(log.problems).toEqual([]);
});

/** The student: a device of their own (a fresh browser context: nothing kept from the teacher's visit). */
async function studentPlays(url: URL, device: 'desktop' | 'phone'): Promise<string> {
  const browser = watched.page.context().browser()!;
  const context = await browser.newContext(device === 'phone' ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : { viewport: { width: 1280, height: 720 } });
  const { page, log } = await watchedPage(context);
  url.searchParams.set('automation', '1');
  await page.goto(url.href);
  await waitScene(page, 'Title');
  expect(await text(page, 'scenario-title')).toBe('Vienna, July 2015');
  expect(await page.locator('[data-art]').getAttribute('data-emblems')).toBe('stripes:#239f40,#ffffff,#da0000 star:#1f3f7a,#f2c94c');
  await ownWordsOnly(page, 'title');
  await shot(page, `own-02-student-title-${device}`);
  await page.getByTestId('how-to-play').click();
  const help = await text(page, 'help-dialog');
  expect(help).toContain('Play Iran or The P5+1');
  expect(help).toContain('what really happened (Vienna 2015)');
  await ownWordsOnly(page, 'how to play');
  await page.getByTestId('help-close').click();

  await page.getByTestId('class-name-0').fill('Student Vienna');
  await page.keyboard.press('Enter');
  await waitScene(page, 'SideChoice');
  const iranCard = page.getByTestId('side-iran');
  expect(await iranCard.getAttribute('data-panel-color')).toBe(String(0x3aa35b));
  expect(await page.getByTestId('side-p5').getAttribute('data-panel-color')).toBe(String(0xd9a93c));
  expect(await iranCard.locator('svg.emblem rect').evaluateAll((rs) => rs.map((r) => r.getAttribute('fill')))).toEqual(['#239f40', '#ffffff', '#da0000']);
  expect(await page.getByTestId('side-p5').locator('svg.emblem polygon').getAttribute('fill')).toBe('#f2c94c');
  await ownWordsOnly(page, 'side choice');
  await shot(page, `own-03-side-choice-${device}`);
  await page.keyboard.press(device === 'phone' ? '2' : '1');
  await waitScene(page, 'Briefing');
  expect(await text(page, 'my-brief')).toContain(device === 'phone' ? 'breakout time' : 'Supreme Leader');
  await ownWordsOnly(page, 'briefing');
  await page.keyboard.press('s');
  await waitScene(page, 'Table');
  expect(await page.locator('.item-card').count()).toBe(4);
  await playToOutcome(page, 4, 2);
  await page.keyboard.press('d');
  await waitScene(page, 'Debrief');
  expect(await text(page, 'legend-real')).toContain('Vienna 2015');
  const rows = page.locator('[data-scene="Debrief"] dt').filter({ hasText: 'Vienna 2015' });
  expect(await rows.count()).toBeGreaterThanOrEqual(4); // every item row names the real outcome by the scenario's label
  await ownWordsOnly(page, 'debrief');
  await shot(page, `own-04-debrief-${device}`);
  await page.keyboard.press('c');
  await page.getByTestId('hand-in-dialog').waitFor();
  const code = await page.getByTestId('result-code').inputValue();
  expect(log.problems).toEqual([]);
  await context.close();
  return code;
}
