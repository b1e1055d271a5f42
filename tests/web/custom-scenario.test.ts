/**
 * A designer's own scenario: the Scenarios dialog lists the shipped ones and opens a file from
 * this computer; the game plays it to the debrief, with the engine's numbers. A broken file shows
 * its problems on screen, with paths, and the way back.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createActor } from 'xstate';
import { expect, inject, test } from 'vitest';
import { debriefView, loadScenario, summitMachine } from '../../src/engine/index.ts';
import { points } from '../../src/game/ui/dom.ts';
import { useWatchedPage } from './support/browser-hooks.ts';
import { hook, open, playToOutcome, ROOT, shot, text, waitScene } from './support/game.ts';

const watched = useWatchedPage();
const tutorial = JSON.parse(readFileSync(resolve(ROOT, 'public/scenarios/tutorial.json'), 'utf8')) as Record<string, unknown>;
const custom = JSON.stringify({ ...tutorial, id: 'my-hotline', title: 'My hotline talks' }, null, 2);

test('a scenario file from this computer opens on the title screen and plays to the debrief', async () => {
  const { page, log } = watched;
  await open(page, inject('baseUrl'), { seed: 'custom-1' });
  await waitScene(page, 'Title');
  await page.keyboard.press('c');
  await page.getByTestId('scenarios-dialog').waitFor();
  await page.getByTestId('scenario-southwest-2017.json').waitFor();
  expect(await page.getByTestId('scenario-list').locator('li').count()).toBeGreaterThanOrEqual(3);
  await shot(page, 'custom-01-scenarios-dialog');
  await page.getByTestId('scenario-file').setInputFiles({ name: 'my-hotline.json', mimeType: 'application/json', buffer: Buffer.from(custom) });
  await page.getByTestId('scenario-title').filter({ hasText: 'My hotline talks' }).waitFor();
  expect((await hook(page, 'ui'))?.scenario).toBe('local:my-hotline.json');
  await shot(page, 'custom-02-title');

  await page.keyboard.press('p');
  await waitScene(page, 'SideChoice');
  await page.keyboard.press('1');
  await waitScene(page, 'Briefing');
  await page.keyboard.press('s');
  await waitScene(page, 'Table');
  expect(await page.locator('.item-card').count()).toBe(2);
  await playToOutcome(page, 2);
  await page.keyboard.press('d');
  await waitScene(page, 'Debrief');
  // The debrief shows what the engine computes for the same events on the same file.
  const loaded = loadScenario(custom, { warnings: false });
  if (!loaded.ok) throw new Error('custom scenario does not load');
  const actor = createActor(summitMachine(loaded.compiled)).start();
  for (const e of await hook(page, 'log')) actor.send(e);
  const d = debriefView(loaded.compiled, actor.getSnapshot().context, 0)!;
  expect(await text(page, 'debrief-my-points')).toBe(points(d.outcome.myPoints));
  expect(await text(page, 'debrief-their-points')).toBe(points(d.outcome.theirPoints));
  expect(log.problems).toEqual([]);
});

test('a broken scenario file from this computer lists its problems, with the way back', async () => {
  const { page, log } = watched;
  await open(page, inject('baseUrl'), {});
  await waitScene(page, 'Title');
  await page.keyboard.press('c');
  const broken = custom.replace('"title": "My hotline talks"', '"title": 42');
  await page.getByTestId('scenario-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await waitScene(page, 'Preload');
  const problems = await text(page, 'scenario-problems');
  expect(problems).toContain('broken.json');
  expect(problems).toContain('opened from this computer');
  expect(await text(page, 'problem-list')).toContain('$.title');
  await shot(page, 'custom-03-broken-file');
  await page.getByRole('link', { name: 'Open the default scenario instead' }).click();
  await waitScene(page, 'Title');
  expect(log.problems).toEqual([]);
});
