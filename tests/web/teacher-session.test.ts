/**
 * The class debrief checks results against the teacher's session, in Chromium: forged setups are
 * listed apart with their reasons in plain words (never ranked), and a renamed or padded copy is
 * counted once. Looked at on a desktop and on a phone.
 */
import { expect, inject, test } from 'vitest';
import { debriefView, encodeResultCode, encodeSession, recordLog, setupFor, type ClassSession, type GameSetup, type SummitEvent } from '../../src/engine/index.ts';
import { points } from '../../src/game/ui/dom.ts';
import { summit } from '../support/summit-dsl.ts';
import { useBrowserContext } from './support/browser-hooks.ts';
import { watchedPage } from './support/chromium.ts';
import { shot, text } from './support/game.ts';

const session: ClassSession = {
  scenario: 'danang-2017',
  sides: 'choose',
  mode: 'computer',
  opponent: { kind: 'difficulty', difficulty: 'hard' },
  seed: { kind: 'class', value: 'period-5' },
  rounds: 6,
  secondsPerRound: null,
  revealReal: true,
};
const offers = [
  { deconfliction: 'incident-review', violence: 'amman-memo', geneva: 'un-elections', 'buffer-zone': 'verified-zone' },
  { deconfliction: 'euphrates-line', violence: 'nationwide-ceasefire', geneva: 'constitutional-timetable', 'buffer-zone': 'iran-leaves' },
  { deconfliction: 'hotline', violence: 'other-zones', geneva: 'un-elections', 'buffer-zone': 'verified-zone' },
];

function code(setup: GameSetup, offer: Record<string, string>, padding: SummitEvent[] = []): string {
  const t = summit('danang-2017');
  t.send({ type: 'game.setup', setup }).send({ type: 'briefing.done' });
  for (let k = 0; k < 12 && t.phase === 'negotiating'; k++) if (t.game.profiles[t.game.toMove] === null) t.propose(offer);
  if (t.phase === 'negotiating') t.walkAway();
  t.send({ type: 'debrief.open' });
  const log = recordLog(t.c, t.context, t.actor.getSnapshot().value);
  return encodeResultCode(t.c, { ...log, events: [...log.events, ...padding] });
}

const honest = (name: string) => setupFor(session, 0, 'unused', name);
const codes = [
  code(honest('Ada'), offers[0]),
  code(honest('Boris'), offers[1]),
  code({ ...honest('Eve'), players: [{ kind: 'human' }, { kind: 'computer', difficulty: 'easy' }] }, offers[2]),
  code({ ...honest('Sam'), seed: 'my-own-seed' }, offers[2]),
  code({ ...honest('Bo'), players: [{ kind: 'human' }, { kind: 'human' }], names: ['Bo', 'Bo'] }, offers[2]),
  code(honest('Not Ada'), offers[0]),
  code(honest('Boris'), offers[1], [{ type: 'turn.pass' }, { type: 'talks.walkAway' }]),
];
const link = `https://example.org/summit/index.html?session=${encodeSession(session)}`;

const browser = useBrowserContext();

for (const [label, viewport] of [
  ['desktop', { width: 1280, height: 720 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`${label}: games under other settings are shown apart with the reason; copies count once`, async () => {
    const context = await browser.context.browser()!.newContext({ viewport, hasTouch: label === 'phone', isMobile: label === 'phone' });
    const { page, log } = await watchedPage(context);
    await page.goto(`${inject('baseUrl')}teacher.html#debrief`);
    await page.locator('body[data-ready="true"]').waitFor();
    await page.getByTestId('session-input').fill(link);
    await page.getByTestId('session-input').dispatchEvent('change');
    expect(await text(page, 'session-status')).toContain('Checking every game against this session');
    await page.getByTestId('codes-input').fill(codes.join('\n'));
    await page.getByTestId('add-codes').click();
    await page.getByTestId('import-status').filter({ hasText: 'Checked 7' }).waitFor();

    expect(await page.getByTestId('result-row').count()).toBe(2);
    expect(await page.getByTestId('ranking-joint').locator('.rank-name').allTextContents()).not.toContain('Eve');
    const apart = await page.getByTestId('apart-item').allTextContents();
    expect(apart).toHaveLength(3);
    expect(apart[0]).toMatch(/^Eve line 3.*against another counterpart \(Easy; the session sets Hard\)/);
    expect(apart[1]).toMatch(/^Sam line 4.*its own dice \(seed “my-own-seed”; the class seed is “period-5”\)/);
    expect(apart[2]).toMatch(/^Bo line 5.*both sides were played by people/);
    const dupes = await page.getByTestId('duplicate-item').allTextContents();
    expect(dupes).toEqual([
      'line 6 has the same moves as line 1 (Ada) under another name (Not Ada): a copy, or the same game handed in twice',
      'line 7 is the same game as line 2, padded with 2 moves the game ignored',
    ]);
    await page.getByTestId('apart-list').scrollIntoViewIfNeeded();
    await shot(page, `teacher-session-apart-${label}`);
    await page.screenshot({ path: `test-artifacts/screens/teacher-session-apart-${label}-full.png`, fullPage: true });

    // Without the session, all five distinct games count.
    await page.getByTestId('session-input').fill('');
    await page.getByTestId('session-input').dispatchEvent('change');
    await expect.poll(() => page.getByTestId('result-row').count()).toBe(5);
    expect(await page.getByTestId('apart-item').count()).toBe(0);
    // A mistyped session code says so, and nothing is set apart on its word.
    await page.getByTestId('session-input').fill('C1234-5678');
    await page.getByTestId('session-input').dispatchEvent('change');
    expect(await text(page, 'session-status')).toMatch(/session code/);
    expect(log.problems).toEqual([]);
    await context.close();
  });
}

test('news moved the values: the table, the chart the handout prints and each student’s debrief give the same numbers', async () => {
  const context = await browser.context.browser()!.newContext({ viewport: { width: 1280, height: 720 } });
  const { page, log } = await watchedPage(context);
  // Proposing "iran-leaves" brings news that moves values (tehran-statement).
  const offer = (b: string) => ({ deconfliction: 'incident-review', violence: 'amman-memo', geneva: 'un-elections', 'buffer-zone': b });
  const games = ['iran-leaves', 'verified-zone', 'iran-leaves'].map((b, k) => {
    const t = summit('danang-2017');
    t.send({ type: 'game.setup', setup: { ...setupFor(session, 0, 'unused', `Student ${k + 1}`), seed: `news-${k}` } }).send({ type: 'briefing.done' });
    for (let r = 0; r < 12 && t.phase === 'negotiating'; r++) t.propose(offer(b));
    if (t.phase === 'negotiating') t.walkAway();
    t.send({ type: 'debrief.open' });
    return t;
  });
  expect(games.some((t) => t.game.shifts.length > 0)).toBe(true);
  await page.goto(`${inject('baseUrl')}teacher.html#debrief`);
  await page.locator('body[data-ready="true"]').waitFor();
  await page.getByTestId('codes-input').fill(games.map((t) => encodeResultCode(t.c, recordLog(t.c, t.context, t.actor.getSnapshot().value))).join('\n'));
  await page.getByTestId('add-codes').click();
  await page.getByTestId('import-status').filter({ hasText: 'Checked 3' }).waitFor();
  const toNash = await page.getByTestId('result-row').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[9]?.textContent ?? ''));
  const debriefs = games.map((t) => debriefView(t.c, t.context, 0)!);
  expect(toNash).toEqual(debriefs.map((d) => (d.distances?.toNash == null ? '—' : points(d.distances.toNash * 100))));
  // The chart (and the handout's copy of it) shows the Nash point of the values most games ended with: a debrief on those values shows the same.
  await page.emulateMedia({ media: 'print' });
  const handoutNash = await page.getByTestId('handout').getByTestId('legend-nash').textContent();
  await page.emulateMedia({ media: 'screen' });
  const pairs = debriefs.map((d) => `${points(d.chart.nash![0] * 100)} / ${points(d.chart.nash![1] * 100)}`);
  expect(pairs).toContain(handoutNash!.replace(/^.*Nash point /, ''));
  expect(log.problems).toEqual([]);
  await context.close();
});
