/**
 * The teacher's page in French, in real Chromium, served by the class server (so the live class
 * is there): the teacher switches the page to French from the keyboard (the choice is announced,
 * the focus stays on the switch, the set-up form keeps what was typed); then the set-up, the live
 * room and the class debrief (results on the tutorial, whose text is French too) have no English
 * left in what a teacher sees or hears, and pass axe — at desktop size, and on a phone whose
 * browser speaks French (the first-visit path). Screenshots in /tmp/shots-teacherfr/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeResultCode, loadScenario, recordLog, type CompiledScenario, type GameLog } from '../../src/engine/index.ts';
import { teacherEn } from '../../src/teacher/strings/index.ts';
import { joinClass, type Student } from '../server/support/live-client.ts';
import { startServer, type Running } from '../server/support/processes.ts';
import { SummitTest } from '../support/summit-dsl.ts';
import { expectNoAxe } from './support/axe.ts';
import { launch } from './support/chromium.ts';
import { expectNoSidewaysScroll, expectTouchTargets } from './support/layout-checks.ts';
import { open, ROOT, waitScene } from './support/game.ts';

const SHOTS = '/tmp/shots-teacherfr';
let server: Running;
let browser: Awaited<ReturnType<typeof launch>>;
const students: Student[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer({ pages: 'dist', distDir: resolve(ROOT, 'test-artifacts/web-dist') });
  browser = await launch();
});
afterAll(async () => {
  for (const s of students) await s.room.leave().catch(() => {});
  await browser?.close();
  await server?.stop();
});

const loaded = loadScenario(readFileSync(resolve(ROOT, 'public/scenarios/tutorial.json'), 'utf8'), { warnings: false });
if (!loaded.ok) throw new Error('the tutorial does not load');
const tutorial: CompiledScenario = loaded.compiled;

/** A finished tutorial game: `offer` proposed until the talks end (a walk-out if they never do). */
function play(name: string, offer: Record<string, string>): GameLog {
  const t = new SummitTest(tutorial);
  t.send({ type: 'game.setup', setup: { seed: `fr-${name}`, players: [{ kind: 'human' }, { kind: 'computer', difficulty: 'normal' }], names: [name, null] } }).send({
    type: 'briefing.done',
  });
  for (let k = 0; k < 8 && t.phase === 'negotiating'; k++) t.propose(offer);
  if (t.phase === 'negotiating') t.walkAway();
  t.send({ type: 'debrief.open' });
  return recordLog(t.c, t.context, t.actor.getSnapshot().value);
}

const codes = [play('Camille', { hotline: 'pledge', aid: 'un-pauses' }), play('Léa', { hotline: 'restore', aid: 'damascus' }), play('Inès', { hotline: 'pledge', aid: 'none' })].map((log) =>
  encodeResultCode(tutorial, log),
);

/** Words both languages write the same (whole words of the English table that are also French). */
const SHARED = new Set(['Mode', 'Pause', 'Actions', 'Sources', 'Summit', 'Normal', 'Questions']);

/** Every fixed English text of the teacher's table: its sentences, and its single words of four letters or more (not SHARED). */
function englishSentences(): string[] {
  const out = new Set<string>();
  const walk = (e: unknown) => {
    if (typeof e === 'string') {
      const text = e.trim();
      if (/\p{L}+\s+\p{L}+/u.test(text) || (/^\p{L}{4,}$/u.test(text) && !SHARED.has(text))) out.add(text);
    } else if (e && typeof e === 'object') for (const v of Object.values(e)) walk(v);
  };
  walk(teacherEn);
  return [...out];
}
const ENGLISH = englishSentences();
/** Words English sentences cannot do without, and French never uses (lower case, whole words). */
const ENGLISH_WORDS = /\b(the|and|of|with|your|you|this|that|from|for|not|by|is|are|was|has|game|games|student|students|round|rounds|deal|side|sides|no)\b/;

/** What a teacher sees or hears: visible text (outside <select>s, codes and links), and the names and hints of visible elements. */
async function heard(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      const text = n.textContent?.trim() ?? '';
      // Left out: codes, links and PINs, and the scenario pickers (they list every scenario, some only in English).
      if (!parent || text === '' || parent.closest('code, a[href^="http"], .session-code, .live-pin, noscript, #setup-scenario, #kit-scenario')) continue;
      if (parent.closest('select')) {
        out.push(text);
        continue;
      }
      if (!parent.checkVisibility() && !parent.closest('.sr-only')) continue;
      out.push(text);
    }
    for (const e of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!(e as HTMLElement).checkVisibility()) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = e.getAttribute(a);
        if (v && !v.startsWith('http') && !/^QR code /.test(v)) out.push(v);
      }
    }
    return out;
  });
}

async function expectFrench(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang), where).toBe('fr');
  const texts = await heard(page);
  expect(texts.length, where).toBeGreaterThan(10);
  const whole = texts.join('\n');
  const words = new Set(whole.split(/[^\p{L}’'-]+/u));
  expect(
    ENGLISH.filter((s) => (s.includes(' ') ? whole.includes(s) : words.has(s))),
    `${where}: English sentences`,
  ).toEqual([]);
  expect(
    texts.filter((t) => ENGLISH_WORDS.test(t.replace(/https?:\/\/\S+/g, ''))),
    `${where}: English words`,
  ).toEqual([]);
}

async function check(page: Page, name: string, touch = false): Promise<void> {
  await expectFrench(page, name);
  await expectNoAxe(page, name);
  // French reads longer than English: nothing may push the page wider than the screen, or a button under 44 px on touch.
  await expectNoSidewaysScroll(page, name);
  if (touch) await expectTouchTargets(page, name);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

async function pasteCodes(page: Page): Promise<void> {
  await page.getByTestId('tab-debrief').click();
  await page.getByTestId('codes-input').fill([...codes, 'S0BAD-CODE1'].join('\n'));
  await page.getByTestId('add-codes').click();
  await page.getByTestId('class-view').waitFor({ timeout: 30_000 });
  await page.getByTestId('invalid-list').waitFor();
}

async function liveRoom(page: Page, pinOut: (pin: string) => Promise<void>): Promise<void> {
  await page.getByTestId('tab-live').click();
  await page.getByTestId('live-create').click({ timeout: 30_000 });
  const pin = (await page.getByTestId('live-pin').textContent({ timeout: 15_000 }))!.trim();
  await pinOut(pin);
  await page.locator('[data-testid="roster-row"]').nth(1).waitFor({ timeout: 20_000 });
}

describe('the teacher page in French', () => {
  let desktop: BrowserContext;

  it('switches to French from the keyboard, keeps the form, and the set-up, live room and class debrief have no English left and pass axe', async () => {
    desktop = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
    const page = await desktop.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`${server.url}/teacher.html#setup`);
    await page.getByTestId('setup-scenario').selectOption('tutorial');
    await page.getByTestId('setup-rounds').fill('3');
    expect(await page.getByTestId('teacher-language-en').getAttribute('aria-pressed')).toBe('true');

    // The switch is reached and pressed from the keyboard: Tab from the "Français" button's neighbour, then Enter.
    await page.getByTestId('teacher-language-en').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('teacher-language-fr');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await page.getByTestId('panel-setup').waitFor();
    expect(await page.getByTestId('teacher-language-fr').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('teacher-language-fr');
    await expect.poll(() => page.getByTestId('language-status').textContent()).toBe('La page est maintenant en français.');
    expect(await page.getByTestId('setup-scenario').inputValue()).toBe('tutorial');
    expect(await page.getByTestId('setup-rounds').inputValue()).toBe('3');
    expect(await page.title()).toBe('Summit — pour les enseignants');
    expect(new URL(page.url()).hash).toBe('#setup');

    await check(page, 'fr-desktop-01-setup');
    await page.getByTestId('create-session').click();
    await page.getByTestId('session-summary').waitFor();
    expect(await page.getByTestId('session-summary').textContent()).toContain('3 (le scénario en prévoit 4)');
    await check(page, 'fr-desktop-02-session');
    // The student opening the link in a French browser reads the locked settings in French too (the same words).
    const student = await desktop.newPage();
    await open(student, `${server.url}/`, { session: (await page.getByTestId('session-code').textContent())!.trim() }, { resume: true });
    await waitScene(student, 'Title', 30_000);
    const locked = await student.getByTestId('class-settings').textContent();
    expect(locked).toContain('Contre l’ordinateur');
    expect(locked).toContain('3 (le scénario en prévoit 4)');
    await student.screenshot({ path: `${SHOTS}/fr-desktop-02b-student-class-panel.png` });
    await student.close();

    await liveRoom(page, async (pin) => {
      students.push(await joinClass(server.url, pin, 'Camille'), await joinClass(server.url, pin, 'Léa'), await joinClass(server.url, pin, 'Inès'));
    });
    await check(page, 'fr-desktop-03-live-room');

    await pasteCodes(page);
    expect(await page.getByTestId('import-status').textContent()).toMatch(/3 valides, 1 inutilisable\. La classe compte maintenant 3 parties\./);
    await check(page, 'fr-desktop-04-debrief');
    await page.screenshot({ path: `${SHOTS}/fr-desktop-05-debrief-whole.png`, fullPage: true });

    // A game's replay, move by move: the engine's records in the game's French words.
    await page.getByTestId('replay-open').nth(1).click();
    await page.getByTestId('replay-dialog').waitFor();
    await page.keyboard.press('End');
    await check(page, 'fr-desktop-06-replay');
    await page.keyboard.press('Escape');
    await page.getByTestId('replay-dialog').waitFor({ state: 'detached' });

    // The printed handout.
    await page.emulateMedia({ media: 'print' });
    await expectFrench(page, 'fr-desktop-07-handout');
    await page.screenshot({ path: `${SHOTS}/fr-desktop-07-handout.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
  });

  it('a phone whose browser speaks French opens the page in French: set-up, live room and debrief pass the same checks', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'fr-FR' });
    const page = await phone.newPage();
    await page.goto(`${server.url}/teacher.html#setup`);
    await page.getByTestId('panel-setup').waitFor();
    expect(await page.getByTestId('teacher-language-fr').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('setup-scenario').selectOption('tutorial');
    await page.getByTestId('create-session').click();
    await page.getByTestId('session-summary').waitFor();
    await check(page, 'fr-phone-01-setup', true);
    await liveRoom(page, async (pin) => {
      students.push(await joinClass(server.url, pin, 'Noé'), await joinClass(server.url, pin, 'Zoé'));
    });
    await check(page, 'fr-phone-02-live-room', true);
    await pasteCodes(page);
    await check(page, 'fr-phone-03-debrief', true);
    await page.screenshot({ path: `${SHOTS}/fr-phone-04-debrief-whole.png`, fullPage: true });
    await page.getByTestId('ranking-joint').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/fr-phone-05-rankings.png` });
    await page.getByTestId('results-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/fr-phone-06-every-game.png` });
    await phone.close();
    await desktop.close();
  });
});
