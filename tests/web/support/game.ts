/** Driving the built game in Chromium: open, wait for scenes, screenshot, read the hook. */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { points } from '../../../src/game/ui/dom.ts';
import { seeThrough } from './png.ts';
import { createActor } from 'xstate';
import { automationState, debriefView, loadScenario, phaseOf, summitMachine, type SummitEvent } from '../../../src/engine/index.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const SCREENS = resolve(ROOT, 'test-artifacts/screens');

/** Forgets what the game saved in this browser (progress, settings): a first visit, or another device. */
export async function clearStorage(page: Page, baseUrl: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl).origin, storageTypes: 'local_storage' });
  await cdp.detach();
}

/**
 * Opens the game with the automation hook. Each test starts as a first visit: whatever an earlier
 * test in the same browser context saved (progress, settings) is cleared first, unless `resume`.
 */
export async function open(page: Page, baseUrl: string, params: Record<string, string> = {}, opts: { resume?: boolean } = {}): Promise<void> {
  if (!opts.resume) await clearStorage(page, baseUrl);
  const q = new URLSearchParams({ automation: '1', ...params });
  await page.goto(`${baseUrl}?${q}`);
}

export async function waitScene(page: Page, key: string, timeout = 15_000): Promise<void> {
  await page.locator(`[data-scene="${key}"]`).first().waitFor({ state: 'attached', timeout });
  // Let Phaser paint a frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** From the title by keyboard: Play, the side (1 or 2), Start on the briefing; waits for the table. */
export async function keysToTable(page: Page, side: '1' | '2'): Promise<void> {
  await waitScene(page, 'Title');
  await page.keyboard.press('p');
  await waitScene(page, 'SideChoice');
  await page.keyboard.press(side);
  await waitScene(page, 'Briefing');
  await page.keyboard.press('s');
  await waitScene(page, 'Table');
}

/** From the title into the guided round by keyboard and mouse: Help's "guided round", Start on the briefing; waits for the table. */
export async function guidedToTable(page: Page): Promise<void> {
  await waitScene(page, 'Title');
  await page.keyboard.press('h');
  await page.getByTestId('guided-start').click();
  await waitScene(page, 'Briefing');
  await page.keyboard.press('s');
  await waitScene(page, 'Table');
}

/** At the table, by keyboard: on card k+1, its key then ArrowDown `downs[k]` times (an option that far below the first). */
export async function pickByKeys(page: Page, downs: readonly number[]): Promise<void> {
  for (const [k, n] of downs.entries()) {
    await page.keyboard.press(String(k + 1));
    for (let d = 0; d < n; d++) await page.keyboard.press('ArrowDown');
  }
}

/** Proposes the package being composed (P) and waits for the reply. */
export async function proposeByKeys(page: Page): Promise<void> {
  await page.keyboard.press('p');
  await page.getByTestId('reply').waitFor();
}

/** Walks away from the table (W, then confirms) and waits for the outcome. */
export async function walkAwayByKeys(page: Page): Promise<void> {
  await page.keyboard.press('w');
  await page.getByTestId('walk-confirm').click();
  await waitScene(page, 'Outcome');
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENS, { recursive: true });
  const path = resolve(SCREENS, `${name}.png`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // Software raster can lag a frame behind on a busy 2-core machine.
  await page.waitForTimeout(120);
  const png = await page.screenshot({ path });
  // Every screen paints an opaque background, so a see-through pixel is a hole in what the
  // compositor drew (it showed as a faded white box over text before styles.css said why).
  const hole = seeThrough(png);
  if (hole) throw new Error(`${name}: ${hole.count} see-through pixels in ${hole.box.x0},${hole.box.y0}–${hole.box.x1},${hole.box.y1}`);
  return path;
}

export interface Hook {
  state(): { phase: string; round: number | null; outcome: { kind: string } | null; refusal: { code: string; params: Record<string, unknown> } | null; toMove: string | null } & Record<
    string,
    unknown
  >;
  log(): SummitEvent[];
  ui(): { scene: string | null; side: 0 | 1; mode: { kind: string }; seed: string; scenario: string } | null;
  render(): { frames: number; movements: number; moving: number; sleeping: boolean };
}

export async function hook<K extends keyof Hook>(page: Page, fn: K): Promise<ReturnType<Hook[K]>> {
  return page.evaluate((name) => (window as unknown as { __summit: Record<string, () => unknown> }).__summit[name](), fn) as Promise<ReturnType<Hook[K]>>;
}

/** Replays the browser's event log in the engine, in Node, and returns what the engine says. */
export function replay(log: SummitEvent[], side: 0 | 1, file = 'danang-2017.json') {
  const loaded = loadScenario(readFileSync(resolve(ROOT, 'public/scenarios', file), 'utf8'));
  if (!loaded.ok) throw new Error('scenario does not load');
  const actor = createActor(summitMachine(loaded.compiled)).start();
  for (const e of log) actor.send(e);
  const snap = actor.getSnapshot();
  return {
    state: automationState(loaded.compiled, snap.context, phaseOf(snap.value)),
    debrief: debriefView(loaded.compiled, snap.context, side),
  };
}

/**
 * The debrief on screen must show the engine's own numbers for the events the browser sent:
 * replays the browser's log in Node and compares the state, the points, the chart legend and
 * every item's result. Returns what the browser showed and what the engine said.
 */
export async function expectDebriefMatchesEngine(page: Page, side: 0 | 1) {
  const ui = await hook(page, 'ui');
  expect(ui?.side).toBe(side);
  const engine = replay(await hook(page, 'log'), side);
  expect(await hook(page, 'state')).toEqual(JSON.parse(JSON.stringify(engine.state)));
  const d = engine.debrief!;
  expect(await text(page, 'debrief-my-points')).toBe(points(d.outcome.myPoints));
  expect(await text(page, 'debrief-their-points')).toBe(points(d.outcome.theirPoints));
  const pair = (p: [number, number]) => `${points(p[0] * 100)} / ${points(p[1] * 100)}`;
  if (d.chart.nash) expect(await text(page, 'legend-nash')).toContain(pair(d.chart.nash));
  expect(await text(page, 'legend-real')).toContain(pair(d.chart.real));
  // The real outcome is named by the scenario (debrief.realLabel), not by the interface.
  expect(await text(page, 'legend-real')).toContain(d.realLabel ?? 'What really happened');
  expect(await text(page, 'legend-walk-away')).toContain(pair(d.chart.walkAway));
  if (d.chart.myDeal) expect(await text(page, 'legend-my-deal')).toContain(pair(d.chart.myDeal));
  expect(await text(page, 'legend-path-me')).toContain(String(d.path.filter((p) => p.by === 'me').length));
  for (const it of d.items) expect(await text(page, `mine-${it.id}`)).toBe(it.mine ?? 'No agreement');
  return { ui: ui!, debrief: d };
}

/**
 * Accepting something that crosses the player's own red line asks first. Confirms that dialog,
 * by keyboard (Tab from "Go back" to "Cross it anyway", Enter) or by mouse, when it is open.
 * Returns the red lines it named, or null when nothing was asked.
 */
export async function confirmRedLine(page: Page, by: 'keyboard' | 'mouse', screenshot?: string): Promise<string[] | null> {
  const dialog = page.getByTestId('redline-dialog');
  if (!(await dialog.isVisible())) return null;
  const named = (await page.getByTestId('redline-list').locator('li').allTextContents()).map((t) => t.trim());
  if (screenshot) await shot(page, screenshot);
  if (by === 'keyboard') {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  } else await page.getByTestId('redline-confirm').click();
  await dialog.waitFor({ state: 'detached' });
  return named;
}

export async function text(page: Page, testid: string): Promise<string> {
  return (await page.getByTestId(testid).first().textContent())?.trim() ?? '';
}

/**
 * From the table to the outcome screen by keyboard: on each card press its key and ArrowDown
 * `downs` times, then propose every turn until their package is on the table (from the second
 * turn), accept it — crossing a red line if it asks — or the deadline ends the talks.
 */
export async function playToOutcome(page: Page, cards: number, downs = 1): Promise<void> {
  await pickByKeys(page, Array(cards).fill(downs));
  const accept = page.getByTestId('accept');
  for (let turn = 0; turn < 12 && (await hook(page, 'state')).phase === 'negotiating'; turn++) {
    if (turn >= 1 && (await accept.count()) > 0 && (await accept.isEnabled())) {
      await page.keyboard.press('a');
      if (await page.getByTestId('redline-dialog').isVisible()) await page.getByTestId('redline-confirm').click();
    } else await page.keyboard.press('p');
  }
  await waitScene(page, 'Outcome');
}
