/**
 * The engine records facts; the table words them in the reader's language. A game of the tutorial
 * in a French browser: the counterpart's reply, the history and the outcome's reason show the
 * French words of the records the engine wrote (worded here in Node from the same tables), with
 * the scenario's French names — and the same game's code verifies against the English scenario.
 * A game begun in English and resumed in French goes on, its history now in French (its save
 * replays to the same state in either language). Screenshots at desktop and phone size go to
 * test-artifacts/screens/said-*.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createActor } from 'xstate';
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeResultCode, loadScenario, phaseOf, playerView, recordLog, summitMachine, verifyCode, type CompiledScenario, type SummitEvent } from '../../src/engine/index.ts';
import { en } from '../../src/game/ui/strings/en.ts';
import { fr } from '../../src/game/ui/strings/fr.ts';
import { say, sayAll } from '../../src/game/ui/strings/say.ts';
import { useBrowserContext } from './support/browser-hooks.ts';
import { watchedPage } from './support/chromium.ts';
import { hook, open, playToOutcome, ROOT, shot, text, waitScene, keysToTable, pickByKeys, proposeByKeys } from './support/game.ts';

const held = useBrowserContext();
const source = readFileSync(resolve(ROOT, 'public/scenarios/tutorial.json'), 'utf8');
const tutorial = (language: string): CompiledScenario => {
  const r = loadScenario(source, { language, warnings: false });
  if (!r.ok) throw new Error('the tutorial does not load');
  return r.compiled;
};

/** The browser's events replayed in Node: the player's view as the engine gives it. */
function engineView(c: CompiledScenario, log: SummitEvent[]) {
  const actor = createActor(summitMachine(c)).start();
  for (const e of log) actor.send(e);
  const snap = actor.getSnapshot();
  actor.stop();
  return { view: playerView(c, snap.context, 0)!, snap };
}

async function playInFrench(page: Page, size: string): Promise<void> {
  const c = tutorial('fr');
  const words = { ...en, ...fr };
  await open(page, inject('baseUrl'), { scenario: 'tutorial.json', seed: 'said-fr' });
  await keysToTable(page, '1');
  // The best option for us on each card: the counterpart counters rather than accepts.
  await pickByKeys(page, [2, 2]);
  await shot(page, `said-${size}-00-draft-fr`);
  await proposeByKeys(page);
  const { view } = engineView(c, await hook(page, 'log'));
  // The reply on screen is the French wording of the records the engine wrote.
  expect(await text(page, 'reply')).toBe(sayAll(view.lastReply!.said!, words, c));
  await shot(page, `said-${size}-01-reply-fr`);
  await page.keyboard.press('h');
  const history = page.getByTestId('history');
  await history.waitFor();
  for (const line of view.history)
    await history
      .getByText(say(line.line, words, c), { exact: true })
      .first()
      .waitFor();
  await history.scrollIntoViewIfNeeded();
  await shot(page, `said-${size}-02-history-fr`);

  await playToOutcome(page, 2);
  const end = engineView(c, await hook(page, 'log'));
  const reason = say(end.view.outcome!.reason, words, c);
  expect(await page.getByText(reason, { exact: true }).count()).toBeGreaterThan(0);
  await shot(page, `said-${size}-03-outcome-fr`);
  await page.keyboard.press('d');
  await waitScene(page, 'Debrief');
  await shot(page, `said-${size}-04-debrief-fr`);

  // The same game, handed in, verifies against the tutorial read in English (the teacher page's).
  const log = await hook(page, 'log');
  const done = engineView(c, log);
  const code = encodeResultCode(c, recordLog(c, done.snap.context, done.snap.value));
  const english = tutorial('en');
  expect(phaseOf(done.snap.value)).toBe('debrief');
  expect(verifyCode(() => english, code, 'student')).toMatchObject({ ok: true });
}

test('a French game at desktop size: reply, history and outcome in French, the code verifies in English', async () => {
  const context = await held.context.browser()!.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });
  try {
    const { page, log } = await watchedPage(context);
    await playInFrench(page, 'desktop');
    expect(log.problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the same at phone size, by touch-sized viewport', async () => {
  const context = await held.context.browser()!.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR', hasTouch: true });
  try {
    const { page, log } = await watchedPage(context);
    await playInFrench(page, 'phone');
    expect(log.problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a game begun in English resumes after a switch to French, its history reworded', async () => {
  const context = await held.context.browser()!.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
  try {
    const { page, log } = await watchedPage(context);
    await open(page, inject('baseUrl'), { scenario: 'tutorial.json', seed: 'said-switch' });
    await keysToTable(page, '1');
    await pickByKeys(page, [2, 2]);
    await proposeByKeys(page);
    const before = { log: await hook(page, 'log'), state: await hook(page, 'state') };
    const { view } = engineView(tutorial('en'), before.log);
    expect(await text(page, 'reply')).toBe(sayAll(view.lastReply!.said!, en, tutorial('en')));

    // The player picks French (as Settings would store it) and comes back: the same game, in French.
    await page.evaluate(() => {
      const key = 'summit.settings.v1';
      localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key) ?? '{}'), language: 'fr' }));
    });
    await page.reload();
    await waitScene(page, 'Table');
    expect(await hook(page, 'log')).toEqual(before.log);
    expect(await hook(page, 'state')).toEqual(before.state);
    const c = tutorial('fr');
    const words = { ...en, ...fr };
    const again = engineView(c, before.log).view;
    expect(await text(page, 'reply')).toBe(sayAll(again.lastReply!.said!, words, c));
    await page.keyboard.press('h');
    const history = page.getByTestId('history');
    for (const line of again.history)
      await history
        .getByText(say(line.line, words, c), { exact: true })
        .first()
        .waitFor();
    await shot(page, 'said-desktop-05-resumed-in-french');
    expect(log.problems).toEqual([]);
  } finally {
    await context.close();
  }
});
