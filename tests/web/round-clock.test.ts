/**
 * Issue 14: a class's round clock survives a reload (the time left is kept in the save, not
 * restarted at the whole limit), and the limit travels in the game's recorded setup (so in the
 * result code and the teacher's CSV).
 */
import { expect, inject, test } from 'vitest';
import { encodeSession, type ClassSession } from '../../src/engine/index.ts';
import { useWatchedPage } from './support/browser-hooks.ts';
import { hook, open, shot, text, waitScene } from './support/game.ts';

const watched = useWatchedPage();

const settings: ClassSession = {
  scenario: 'danang-2017',
  sides: 'first',
  mode: 'computer',
  opponent: { kind: 'difficulty', difficulty: 'normal' },
  seed: { kind: 'class', value: 'clock-1' },
  rounds: null,
  secondsPerRound: 60,
  revealReal: true,
};

const seconds = (clock: string) => {
  const m = /(\d+):(\d\d)/.exec(clock);
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
};

test('the round clock keeps running across a reload, and the limit is recorded in the game', async () => {
  const { page, log } = watched;
  await open(page, inject('baseUrl'), { session: encodeSession(settings) });
  await waitScene(page, 'Title');
  await page.getByTestId('class-name-0').fill('Ada');
  await page.keyboard.press('Enter');
  await waitScene(page, 'Briefing');
  await page.keyboard.press('s');
  await waitScene(page, 'Table');
  await expect.poll(async () => seconds(await text(page, 'round-timer')), { timeout: 15_000 }).toBeLessThanOrEqual(56);
  const before = seconds(await text(page, 'round-timer'));
  await page.reload();
  await waitScene(page, 'Table');
  const after = seconds(await text(page, 'round-timer'));
  expect(after).toBeLessThanOrEqual(before);
  expect(after).toBeGreaterThan(before - 15);
  await shot(page, 'round-clock-after-reload');
  const events = (await hook(page, 'log')) as { type: string; setup?: { secondsPerRound?: number } }[];
  expect(events.find((e) => e.type === 'game.setup')?.setup?.secondsPerRound).toBe(60);
  expect(log.problems).toEqual([]);
});
