/**
 * A whole class period, end to end in Chromium: a teacher sets up a session on the teacher's
 * page; two students open its link, type their names and play; each hands in the result code
 * from the debrief; the teacher's class debrief imports both codes and shows the engine's numbers.
 */
import { expect, inject, test } from 'vitest';
import { classStatistics, collect, verifyCode, type CompiledScenario } from '../../src/engine/index.ts';
import { points } from '../../src/game/ui/dom.ts';
import { compiled } from '../support/summit-dsl.ts';
import { useWatchedPage } from './support/browser-hooks.ts';
import { clearStorage, playToOutcome, shot, text, waitScene } from './support/game.ts';
import type { Page } from 'playwright-core';

const c = compiled('danang-2017');
const scenarios = (id: string): CompiledScenario | null => (id === c.scenario.id ? c : null);
const watched = useWatchedPage();

/** One student: from the session link to the result code, by keyboard. */
async function student(page: Page, link: string, name: string, card: number): Promise<string> {
  await clearStorage(page, link); // each student on a device of their own
  await page.goto(`${link}&automation=1`);
  await waitScene(page, 'Title');
  await page.getByTestId('class-name-0').fill(name);
  await page.keyboard.press('Enter');
  await waitScene(page, 'SideChoice');
  await page.keyboard.press(String(card));
  await waitScene(page, 'Briefing');
  await page.keyboard.press('s');
  await waitScene(page, 'Table');
  await playToOutcome(page, 4, 2);
  await page.keyboard.press('d');
  await waitScene(page, 'Debrief');
  await page.keyboard.press('c');
  await page.getByTestId('hand-in-dialog').waitFor();
  return page.getByTestId('result-code').inputValue();
}

test('a teacher sets up a session, two students play from its link, and the class debrief shows both games', async () => {
  const { page, log } = watched;
  const base = inject('baseUrl');
  await page.goto(`${base}teacher.html`);
  await page.locator('body[data-ready="true"]').waitFor();
  await page.getByTestId('setup-seed').fill('period-5');
  await page.getByTestId('create-session').click();
  const link = await page.getByTestId('session-link').inputValue();
  expect(new URL(link).searchParams.get('session')).toBe(await text(page, 'session-code'));

  const codes = [await student(page, link, 'Student One', 1)];
  await shot(page, 'e2e-01-student-one-code');
  codes.push(await student(page, link, 'Student Two', 2));
  for (const code of codes) expect(code.length).toBeLessThanOrEqual(600);

  await page.goto(`${base}teacher.html#debrief`);
  await page.locator('body[data-ready="true"]').waitFor();
  // The teacher checks the games against the session: both were played from its link, so neither is set apart.
  await page.getByTestId('session-input').fill(link);
  await page.getByTestId('session-input').dispatchEvent('change');
  await page.getByTestId('codes-input').fill(codes.join('\n'));
  await page.getByTestId('add-codes').click();
  await page.getByTestId('import-status').filter({ hasText: 'Checked 2' }).waitFor();
  const imported = collect(codes.map((code, k) => verifyCode(scenarios, code, `code ${k + 1}`)));
  expect(imported.invalid).toEqual([]);
  expect(imported.results.map((r) => r.name)).toEqual(['Student One', 'Student Two']);
  expect(imported.results.map((r) => r.humanSides)).toEqual([[0], [1]]);
  const stats = classStatistics(c, imported.results);
  expect(await page.getByTestId('apart-item').count()).toBe(0);
  expect(await text(page, 'stat-games')).toBe('2');
  expect(await text(page, 'stat-agreement')).toBe(`${Math.round(stats.agreementRate * 100)}%`);
  expect(await page.getByTestId('ranking-own').locator('.rank-name').allTextContents()).toEqual(stats.byOwnGain.map((r) => r.name));
  expect(await page.getByTestId('ranking-own').locator('.rank-value').allTextContents()).toEqual(stats.byOwnGain.map((r) => points(r.own * 100)));
  await shot(page, 'e2e-02-class-debrief');
  expect(log.problems).toEqual([]);
});
