/**
 * The teacher's page in Chromium: a teacher sets up a session (link and code read back and
 * decoded), then imports a class's results — codes played by the engine here in Node, a result
 * file, and bad input — and the page shows the engine's own numbers; the CSV download is the
 * engine's CSV; a student's game replays move by move; the handout prints.
 */
import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import {
  classStatistics,
  collect,
  decodeSession,
  encodeResultCode,
  recordLog,
  resultsCsv,
  setupFor,
  verifyCode,
  verifyLog,
  type ClassSession,
  type CompiledScenario,
  type GameLog,
} from '../../src/engine/index.ts';
import { points } from '../../src/game/ui/dom.ts';
import { compiled, summit } from '../support/summit-dsl.ts';
import { useWatchedPage } from './support/browser-hooks.ts';
import { shot, text } from './support/game.ts';

const c = compiled('danang-2017');
const scenarios = (id: string): CompiledScenario | null => (id === c.scenario.id ? c : null);
const P = (d: string, v: string, g: string, b: string) => ({ deconfliction: d, violence: v, geneva: g, 'buffer-zone': b });

const session: ClassSession = {
  scenario: 'danang-2017',
  sides: 'alternate',
  mode: 'computer',
  opponent: { kind: 'difficulty', difficulty: 'hard' },
  seed: { kind: 'class', value: 'period-3' },
  rounds: 6,
  secondsPerRound: 180,
  revealReal: false,
};

/** One student's finished game under the session: proposes `offer` until the talks end. */
function play(seat: number, name: string, offer: Record<string, string>): GameLog {
  const t = summit('danang-2017');
  const side = seat % 2 === 1 ? 0 : 1;
  t.send({ type: 'game.setup', setup: setupFor(session, side, 'unused', name) }).send({ type: 'briefing.done' });
  for (let k = 0; k < 12 && t.phase === 'negotiating'; k++) t.propose(offer);
  if (t.phase === 'negotiating') t.walkAway();
  t.send({ type: 'debrief.open' });
  return recordLog(t.c, t.context, t.actor.getSnapshot().value);
}

const logs = [
  play(1, 'Ada Lovelace', P('incident-review', 'amman-memo', 'un-elections', 'verified-zone')),
  play(2, 'Boris <b>Bold</b>', P('incident-review', 'amman-memo', 'un-elections', 'exclusion-strip')),
  play(3, 'Chloé', P('euphrates-line', 'nationwide-ceasefire', 'constitutional-timetable', 'iran-leaves')),
];
const codes = logs.map((l) => encodeResultCode(c, l));
const fileLog = play(4, 'Dmitri', P('hotline', 'other-zones', 'un-elections', 'verified-zone'));
const mistyped = codes[0].slice(0, 20) + (codes[0][20] === 'A' ? 'B' : 'A') + codes[0].slice(21);

const watched = useWatchedPage({ width: 1024, height: 768 });

test('a teacher sets up a session: the link and the code carry exactly the settings chosen', async () => {
  const { page, log } = watched;
  await page.goto(`${inject('baseUrl')}teacher.html`);
  await page.locator('body[data-ready="true"]').waitFor();
  await shot(page, 'teacher-01-setup-form');
  await page.getByTestId('setup-scenario').selectOption('danang-2017');
  await page.getByTestId('sides-alternate').check();
  await page.getByTestId('setup-opponent').selectOption('difficulty:hard');
  await page.getByTestId('setup-seed').fill('period-3');
  await page.getByTestId('setup-rounds').fill('6');
  await page.getByTestId('setup-time').selectOption('180');
  await page.getByTestId('setup-reveal').uncheck();
  await page.getByTestId('create-session').click();
  const code = await text(page, 'session-code');
  expect(decodeSession(code)).toEqual({ ok: true, session });
  const link = new URL(await page.getByTestId('session-link').inputValue());
  expect(link.href.startsWith(`${inject('baseUrl')}index.html?`)).toBe(true);
  expect(link.searchParams.get('session')).toBe(code);
  const summary = await text(page, 'session-summary');
  expect(summary).toContain('odd seats play United States, even seats play Russia');
  expect(summary).toContain('3 minutes');
  expect(summary).toContain('Not shown in the debrief');
  await shot(page, 'teacher-02-session-created');
  // Changing a setting marks the link as out of date until it is created again.
  await page.getByTestId('mode-pair').check();
  expect(await page.getByTestId('session-output').getAttribute('class')).toContain('stale');
  await page.getByTestId('create-session').click();
  expect(decodeSession(await text(page, 'session-code'))).toMatchObject({ ok: true, session: { mode: 'pair', sides: 'choose' } });
  expect(log.problems).toEqual([]);
});

test('the class debrief verifies codes and files, lists the bad ones, and shows the engine’s numbers', async () => {
  const { page, log } = watched;
  await page.getByTestId('tab-debrief').click();
  expect(new URL(page.url()).hash).toBe('#debrief');
  await shot(page, 'teacher-03-debrief-empty');
  const pasted = [codes[0], codes[1], mistyped, codes[2], codes[0]].join('\n');
  await page.getByTestId('codes-input').fill(pasted);
  await page.getByTestId('add-codes').click();
  await page.getByTestId('import-status').filter({ hasText: 'Checked 5' }).waitFor();
  await page.getByTestId('files-input').setInputFiles([
    { name: 'dmitri.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ summitResult: 1, code: encodeResultCode(c, fileLog), log: fileLog, name: 'ignored' })) },
    { name: 'cut-short.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ summitResult: 1, log: fileLog }).slice(0, 300)) },
    { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(1_200_000, 32) },
  ]);
  await page.getByTestId('import-status').filter({ hasText: 'Checked 3' }).waitFor();

  // What the engine says about the same input, with the same sources.
  const imported = collect([
    verifyCode(scenarios, codes[0], 'code 1'),
    verifyCode(scenarios, codes[1], 'code 2'),
    verifyCode(scenarios, mistyped, 'code 3'),
    verifyCode(scenarios, codes[2], 'code 4'),
    verifyCode(scenarios, codes[0], 'code 5'),
    verifyLog(c, fileLog, 'dmitri.json'),
  ]);
  expect(imported.results.map((r) => r.name)).toEqual(['Ada Lovelace', 'Boris <b>Bold</b>', 'Chloé', 'Dmitri']);
  const stats = classStatistics(c, imported.results);

  expect(await text(page, 'stat-games')).toBe(String(stats.games));
  expect(await text(page, 'stat-agreement')).toBe(`${Math.round(stats.agreementRate * 100)}%`);
  for (const kind of ['partial', 'breakdown', 'walkout'] as const) expect(await text(page, `stat-${kind}`)).toBe(String(stats.outcomes[kind]));
  for (const item of stats.items)
    for (const o of item.options) {
      const row = await text(page, `share-${item.id}-${o.id}`);
      expect(row).toContain(`${Math.round(o.share * 100)}%`);
      expect(row.includes('Really happened')).toBe(o.id === item.real);
    }
  const pair = (u: readonly [number, number]) => `${points(u[0] * 100)} / ${points(u[1] * 100)}`;
  expect(await text(page, 'legend-nash')).toContain(pair(stats.analysis.nash!.utilities));
  expect(await text(page, 'legend-real')).toContain(pair(stats.realUtilities));
  expect(await page.getByTestId('chart-deal').count()).toBeGreaterThan(0);
  expect(await page.getByTestId('ranking-joint').locator('li').allTextContents()).toEqual(stats.byJointGain.map((r) => `${r.name}${r.source}${points(r.joint * 100)}`));
  expect(await page.getByTestId('ranking-own').locator('.rank-name').allTextContents()).toEqual(stats.byOwnGain.map((r) => r.name));
  expect(await page.getByTestId('ranking-own').locator('.rank-value').allTextContents()).toEqual(stats.byOwnGain.map((r) => points(r.own * 100)));
  const rows = page.getByTestId('result-row');
  expect(await rows.count()).toBe(4);
  // A name is text, never markup.
  expect(await rows.nth(1).locator('th').textContent()).toBe('Boris <b>Bold</b>');
  expect(await page.locator('.results b').count()).toBe(0);

  const invalid = await page.getByTestId('invalid-item').allTextContents();
  expect(invalid).toHaveLength(3);
  expect(invalid[0]).toMatch(/^code 3.*does not check out/);
  expect(invalid.find((t) => t.startsWith('cut-short.json'))).toMatch(/broken JSON/);
  expect(invalid.find((t) => t.startsWith('huge.json'))).toMatch(/too large/);
  expect(await page.getByTestId('duplicate-item').allTextContents()).toEqual(['code 5 is the same game as code 1']);
  await shot(page, 'teacher-04-debrief-top');
  await page.screenshot({ path: 'test-artifacts/screens/teacher-05-debrief-full.png', fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  expect(download.suggestedFilename()).toBe('summit-danang-2017-class-results.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toBe(`\uFEFF${resultsCsv(c, imported.results)}`);
  expect(csv.split('\r\n')).toHaveLength(6); // header, four games, final line break
  expect(log.problems).toEqual([]);
});

test('a student’s game replays move by move, and the handout prints the chart, the real outcome and the questions', async () => {
  const { page, log } = watched;
  await page.getByTestId('replay-open').first().click();
  const dialog = page.getByTestId('replay-dialog');
  await dialog.waitFor();
  expect(await text(page, 'replay-counter')).toMatch(/^Step 1 of \d+/);
  const before = await page.getByTestId('replay-lines').locator('li').count();
  await page.keyboard.press('ArrowRight');
  expect(await text(page, 'replay-counter')).toMatch(/^Step 2 of/);
  expect(await page.getByTestId('replay-lines').locator('li').count()).toBeGreaterThan(before);
  await page.keyboard.press('End');
  expect(await text(page, 'replay-outcome')).toContain('Outcome:');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await shot(page, 'teacher-06-replay');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  await page.emulateMedia({ media: 'print' });
  expect(await page.getByTestId('handout').isVisible()).toBe(true);
  expect(await page.getByTestId('panel-debrief').isVisible()).toBe(false);
  expect(await page.getByTestId('handout-questions').locator('li').count()).toBe(c.scenario.debrief.questions.length);
  expect(await text(page, 'handout')).toContain(c.scenario.debrief.summary.slice(0, 40));
  await page.screenshot({ path: 'test-artifacts/screens/teacher-07-handout-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  expect(log.problems).toEqual([]);
});
