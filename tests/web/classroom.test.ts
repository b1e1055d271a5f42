/**
 * The student's side of a class: a reload in the middle of a game resumes it; a corrupt save is
 * set aside with a notice; "New game" asks first; a teacher's session link locks the settings,
 * asks the student's name and ends with a result code that the engine verifies by replay.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { encodeSession, loadScenario, verifyCode, type ClassSession } from '../../src/engine/index.ts';
import { useWatchedPage } from './support/browser-hooks.ts';
import { hook, open, ROOT, shot, text, waitScene, pickByKeys, proposeByKeys, walkAwayByKeys, keysToTable } from './support/game.ts';

const session = useWatchedPage();

function compiled(file = 'danang-2017.json') {
  const r = loadScenario(readFileSync(resolve(ROOT, 'public/scenarios', file), 'utf8'), { warnings: false });
  if (!r.ok) throw new Error('scenario does not load');
  return r.compiled;
}

test('a reload in the middle of a game resumes it with the same dice', async () => {
  const { page, log } = session;
  await open(page, inject('baseUrl'), { seed: 'resume-1' });
  await keysToTable(page, '2');
  await pickByKeys(page, [1, 1, 1, 1]); // one proposal of each card's second option
  await proposeByKeys(page);
  const before = { log: await hook(page, 'log'), state: await hook(page, 'state') };
  await page.reload();
  await waitScene(page, 'Table');
  expect(await page.getByTestId('notice').textContent()).toContain('just as you left it');
  await shot(page, 'class-01-resumed-table');
  expect(await hook(page, 'log')).toEqual(before.log);
  expect(await hook(page, 'state')).toEqual(before.state);
  expect((await hook(page, 'ui'))?.side).toBe(1);
  // The game goes on from there: the next proposal is answered as usual.
  await page.keyboard.press('p');
  await expect.poll(async () => (await hook(page, 'log')).length).toBeGreaterThan(before.log.length);

  // "New game" asks first; keeping on playing loses nothing.
  await page.getByTestId('new-game').click();
  await page.getByTestId('new-game-dialog').waitFor();
  await page.getByTestId('new-game-cancel').click();
  expect((await hook(page, 'state')).phase).toBe('negotiating');
  await page.getByTestId('new-game').click();
  await page.getByTestId('new-game-confirm').click();
  await waitScene(page, 'Title');
  await page.reload();
  await waitScene(page, 'Title');
  expect(log.problems).toEqual([]);
});

test('a corrupt save is reported and set aside, and the game starts fresh', async () => {
  const { page, log } = session;
  await open(page, inject('baseUrl'), {});
  // (The title clears the save slot when it opens: no game is under way there.)
  await waitScene(page, 'Title');
  await page.evaluate(() => localStorage.setItem('summit.save', '{"save":1,"file":"danang-2017.json", this is not json'));
  await open(page, inject('baseUrl'), {}, { resume: true });
  await waitScene(page, 'Title');
  const notice = await text(page, 'notice');
  expect(notice).toContain('could not be resumed');
  expect(notice).toContain('not readable JSON');
  await shot(page, 'class-02-save-set-aside');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('summit.save.set-aside.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{"save":1,"file":"danang-2017.json", this is not json']);
  expect(await page.evaluate(() => localStorage.getItem('summit.save'))).toBeNull();
  expect(log.problems).toEqual([]);
});

test('a session link locks the teacher’s settings, asks the name, and ends with a verifiable result code', async () => {
  const { page, log } = session;
  const settings: ClassSession = {
    scenario: 'danang-2017',
    sides: 'second',
    mode: 'computer',
    opponent: { kind: 'difficulty', difficulty: 'hard' },
    seed: { kind: 'class', value: 'class-7b' },
    rounds: 5,
    secondsPerRound: 300,
    revealReal: false,
  };
  const code = encodeSession(settings);
  await open(page, inject('baseUrl'), { session: code });
  await waitScene(page, 'Title');
  expect(await text(page, 'class-settings')).toContain('Everyone plays Russia');
  await shot(page, 'class-03-session-title');
  // No name, no start.
  await page.getByTestId('class-start').click();
  expect(await text(page, 'class-error')).toContain('Type your name');
  await page.getByTestId('class-name-0').fill('Ada Lovelace');
  await page.keyboard.press('Enter');
  await waitScene(page, 'Briefing');
  expect((await hook(page, 'ui'))?.side).toBe(1);
  expect((await hook(page, 'ui'))?.seed).toBe('class-7b');
  await page.keyboard.press('s');
  await waitScene(page, 'Table');
  expect(await text(page, 'round')).toContain('of 5');
  expect(await text(page, 'round-timer')).toMatch(/^[45]:\d\d left$/);
  await shot(page, 'class-04-session-table');
  await walkAwayByKeys(page);
  await page.keyboard.press('d');
  await waitScene(page, 'Debrief');
  // The teacher keeps what really happened for the discussion.
  expect(await page.getByTestId('legend-real').count()).toBe(0);
  await page.getByTestId('real-hidden').waitFor();
  await page.keyboard.press('c');
  await page.getByTestId('hand-in-dialog').waitFor();
  await shot(page, 'class-05-hand-in');
  const resultCode = await page.getByTestId('result-code').inputValue();
  expect(resultCode.length).toBeLessThanOrEqual(600);
  const c = compiled();
  const verified = verifyCode((id) => (id === c.scenario.id ? c : null), resultCode, 'pasted');
  expect(verified.ok).toBe(true);
  if (verified.ok) {
    expect(verified.result.outcome.kind).toBe('walkout');
    expect(verified.result.seed).toBe('class-7b');
    expect(verified.result.humanSides).toEqual([1]);
    expect(JSON.stringify(verified.result)).toContain('Ada Lovelace');
  }
  // The downloadable file carries the same code and the whole log.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-result').click()]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { summitResult: number; code: string; name: string; log: { events: unknown[] } };
  expect(file.summitResult).toBe(1);
  expect(file.code).toBe(resultCode);
  expect(file.name).toBe('Ada Lovelace');
  expect(file.log.events.length).toBeGreaterThan(2);
  // A reload on the debrief keeps the result (and its code) on screen.
  await page.keyboard.press('Escape');
  await page.reload();
  await waitScene(page, 'Debrief');
  await page.keyboard.press('c');
  expect(await page.getByTestId('result-code').inputValue()).toBe(resultCode);
  expect(log.problems).toEqual([]);
});

test('a damaged session link says so and offers a way on', async () => {
  const { page, log } = session;
  await open(page, inject('baseUrl'), { session: 'CABCD-EFGH' });
  await waitScene(page, 'Preload');
  expect(await text(page, 'scenario-problems')).toContain('class session code in this link cannot be used');
  await shot(page, 'class-06-bad-session-link');
  await page.getByRole('link', { name: 'Open Summit without it' }).click();
  await waitScene(page, 'Title');
  expect(log.problems).toEqual([]);
});
