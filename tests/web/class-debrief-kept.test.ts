/**
 * Issue 14, the teacher's side: the class debrief keeps its imports in the browser until the
 * teacher clears them (confirmed first); every rejected result is traceable (line or whole file
 * name, the student's name when the result still says it, its text left for correction); a
 * student's red-line crossing shows in the table, the rankings and the replay; class seeds are
 * checked at the set-up page without losing what was typed. A rejected pasted code goes back into
 * the paste box after a reload; corrected there and checked, it counts and leaves the list. Desktop
 * and phone screenshots.
 */
import { expect, inject, test } from 'vitest';
import { encodeResultCode, recordLog, type GameLog, type GameSetup } from '../../src/engine/index.ts';
import { compiled, summit } from '../support/summit-dsl.ts';
import { useWatchedPage } from './support/browser-hooks.ts';
import { clearStorage, shot, text } from './support/game.ts';

const c = compiled('danang-2017');
const FAIR = { deconfliction: 'incident-review', violence: 'amman-memo', geneva: 'un-elections', 'buffer-zone': 'verified-zone' };
const computer = { kind: 'computer', difficulty: 'normal' } as const;

function finished(setup: GameSetup, play: (t: ReturnType<typeof summit>) => void): GameLog {
  const t = summit('danang-2017');
  t.send({ type: 'game.setup', setup }).send({ type: 'briefing.done' });
  play(t);
  if (t.phase === 'negotiating') t.walkAway();
  t.send({ type: 'debrief.open' });
  return recordLog(t.c, t.context, t.actor.getSnapshot().value);
}
const solo = (seed: string, name: string) =>
  finished({ seed, players: [{ kind: 'human' }, computer], names: [name, null] }, (t) => {
    for (let k = 0; k < 10 && t.phase === 'negotiating'; k++) t.propose(FAIR);
  });
/** Two classmates; the first accepts a package across their own red line. */
function crossing(): GameLog {
  const offer: Record<string, string> = { ...FAIR };
  const i = c.forbidden[0].findIndex((opts) => opts.some(Boolean));
  offer[c.domain.itemIds[i]] = c.domain.optionIds[i][c.forbidden[0][i].indexOf(true)];
  return finished({ seed: 'pair', players: [{ kind: 'human' }, { kind: 'human' }], names: ['Rosa', 'Ivan'] }, (t) => t.propose(offer).accept());
}

const codes = [solo('k1', 'Ada'), solo('k2', 'Boris'), crossing()].map((l) => encodeResultCode(c, l));
const mistyped = codes[1].slice(0, 30) + (codes[1][30] === 'A' ? 'B' : 'A') + codes[1].slice(31);
// Edited after the game: the log still names its student, but no longer replays to what it recorded.
const edited = solo('k4', 'Eve');
const editedFile = JSON.stringify({ summitResult: 1, log: { ...edited, final: { ...edited.final, stateHash: '00000000000000' } } });
const LONG_NAME = 'eve-result-period-3-tuesday-afternoon-group-b-second-attempt.json';

const watched = useWatchedPage();

test('the class debrief keeps every verified game across a reload, traces each rejected one, and forgets only when the teacher confirms', async () => {
  const { page, log } = watched;
  const base = inject('baseUrl');
  await clearStorage(page, base);
  await page.goto(`${base}teacher.html#debrief`);
  await page.locator('body[data-ready="true"]').waitFor();
  await page.getByTestId('codes-input').fill([codes[0], mistyped, codes[2]].join('\n'));
  await page.getByTestId('add-codes').click();
  await page.getByTestId('import-status').filter({ hasText: 'Checked 3' }).waitFor();
  await page.getByTestId('files-input').setInputFiles([{ name: LONG_NAME, mimeType: 'application/json', buffer: Buffer.from(editedFile) }]);
  await page.getByTestId('import-status').filter({ hasText: 'Checked 1' }).waitFor();

  expect(await text(page, 'stat-games')).toBe('2');
  // Rejected: by line and by whole file name, with the name the result still carries and its text.
  const items = page.getByTestId('invalid-item');
  expect(await items.count()).toBe(2);
  expect(await items.nth(0).getByTestId('invalid-source').textContent()).toBe('line 2');
  expect(await items.nth(0).getByTestId('invalid-text').textContent()).toBe(mistyped);
  expect(await items.nth(1).getByTestId('invalid-source').textContent()).toBe(LONG_NAME);
  expect(await items.nth(1).getByTestId('invalid-name').textContent()).toContain('Eve');
  // The paste box keeps the line that could not be used, for correction.
  expect(await page.getByTestId('codes-input').inputValue()).toBe(mistyped);

  // Red line: Rosa (first side) accepted a deal across her own red line.
  const rosa = page.getByTestId('result-row').filter({ hasText: 'Rosa' });
  expect(await rosa.getByTestId('redline-flag').count()).toBe(1);
  expect(await page.getByTestId('result-row').filter({ hasText: 'Ada' }).getByTestId('redline-flag').count()).toBe(0);
  expect(await page.getByTestId('ranking-side-0').locator('li').filter({ hasText: 'Rosa' }).getByTestId('redline-flag').count()).toBe(1);
  expect(await page.getByTestId('ranking-side-1').locator('li').filter({ hasText: 'Ivan' }).getByTestId('redline-flag').count()).toBe(0);
  // A two-player game is one row of the table and one line of the joint ranking.
  expect(await page.getByTestId('result-row').filter({ hasText: 'Rosa' }).count()).toBe(1);
  expect(await page.getByTestId('ranking-joint').locator('li').filter({ hasText: 'Rosa' }).count()).toBe(1);
  await rosa.getByTestId('replay-open').click();
  expect(await text(page, 'replay-redline')).toContain(c.scenario.sides[0].name);
  await page.keyboard.press('Escape');
  await shot(page, 'debrief-kept-01-desktop');

  // A reload: every verified game and every rejected one is still there, and the rejected code is back in the paste box.
  const reload = async () => {
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    await page.getByTestId('import-status').filter({ hasText: 'Kept in this browser' }).waitFor();
  };
  await reload();
  expect(await text(page, 'stat-games')).toBe('2');
  expect(await page.getByTestId('invalid-item').count()).toBe(2);
  expect(await page.getByTestId('duplicate-item').count()).toBe(0);
  await expect.poll(() => page.getByTestId('codes-input').inputValue()).toBe(mistyped);
  await shot(page, 'debrief-kept-01b-reloaded-box');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('codes-input').scrollIntoViewIfNeeded();
  await shot(page, 'debrief-kept-01c-phone-reloaded-box');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Checked again unchanged, it is still rejected and listed once (the box's check replaces what the box held).
  await page.getByTestId('add-codes').click();
  await page.getByTestId('import-status').filter({ hasText: 'Checked 1' }).waitFor();
  expect(await page.getByTestId('invalid-item').count()).toBe(2);
  expect(await page.getByTestId('codes-input').inputValue()).toBe(mistyped);
  // Corrected in the box and checked: the game counts, the rejected line leaves the list, and the box empties.
  await page.getByTestId('codes-input').fill(codes[1]);
  await page.getByTestId('add-codes').click();
  await page.getByTestId('import-status').filter({ hasText: '1 verified' }).waitFor();
  expect(await text(page, 'stat-games')).toBe('3');
  expect(await page.getByTestId('invalid-item').count()).toBe(1);
  expect(await page.getByTestId('invalid-source').textContent()).toBe(LONG_NAME);
  expect(await page.getByTestId('codes-input').inputValue()).toBe('');
  // Nor does the corrected code come back after another reload.
  await reload();
  expect(await text(page, 'stat-games')).toBe('3');
  expect(await page.getByTestId('invalid-item').count()).toBe(1);
  expect(await page.getByTestId('codes-input').inputValue()).toBe('');

  // Phone size, with the rejected list's whole codes wrapping inside their box.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('invalid-list').scrollIntoViewIfNeeded();
  const wide = await page.getByTestId('invalid-list').evaluate((e) => e.scrollWidth > e.clientWidth + 1);
  expect(wide).toBe(false);
  await shot(page, 'debrief-kept-02-phone-rejected');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Clearing asks first; "Keep them" keeps them.
  await page.getByTestId('clear-all').click();
  expect(await page.getByTestId('confirm-clear').isVisible()).toBe(true);
  await shot(page, 'debrief-kept-03-confirm-clear');
  await page.getByTestId('confirm-clear-no').click();
  expect(await text(page, 'stat-games')).toBe('3');
  await page.getByTestId('clear-all').click();
  await page.getByTestId('confirm-clear-yes').click();
  expect(await page.getByTestId('class-view').count()).toBe(0);
  await page.reload();
  await page.locator('body[data-ready="true"]').waitFor();
  expect(await page.getByTestId('class-view').count()).toBe(0);
  expect(await page.getByTestId('invalid-item').count()).toBe(0);
  expect(log.problems).toEqual([]);
});

test('a class seed is checked at the set-up page: too long or with control characters is refused with a reason, and what was typed stays', async () => {
  const { page, log } = watched;
  await page.goto(`${inject('baseUrl')}teacher.html#setup`);
  await page.locator('body[data-ready="true"]').waitFor();
  const long = `period-3-${'x'.repeat(50)}`;
  await page.getByTestId('setup-seed').fill(long);
  await page.getByTestId('create-session').click();
  expect(await text(page, 'setup-problem')).toMatch(/keep it to 40 or fewer/);
  expect(await page.getByTestId('setup-seed').inputValue()).toBe(long);
  expect(await page.getByTestId('session-code').count()).toBe(0);
  await page.getByTestId('setup-seed').fill('period\u00073');
  await page.getByTestId('create-session').click();
  expect(await text(page, 'setup-problem')).toMatch(/printable|control characters/);
  expect(await page.getByTestId('setup-seed').inputValue()).toBe('period\u00073');
  await shot(page, 'debrief-kept-04-seed-refused');
  await page.getByTestId('setup-seed').fill(' =1+2');
  await page.getByTestId('create-session').click();
  await page.getByTestId('session-code').waitFor();
  expect(log.problems).toEqual([]);
});
