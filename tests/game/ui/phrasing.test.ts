/**
 * Words that read as written by a person (issue 12): an item's title never follows a comma with
 * its capital letter ("Frankly, Military deconfliction matters…"), and a name quoted inside a reply
 * uses single quotes, so the history, which quotes the whole reply in double ones, never nests
 * double quotes in double quotes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { CODES, loadScenario, type Said } from '../../../src/engine/index.ts';
import { en } from '../../../src/game/ui/strings/en.ts';
import { say } from '../../../src/game/ui/strings/say.ts';

const loaded = loadScenario(readFileSync(resolve(import.meta.dirname, '../../../public/scenarios/danang-2017.json'), 'utf8'), { warnings: false });
if (!loaded.ok) throw new Error('danang does not load');
const c = loaded.compiled;
const titles = c.scenario.items.map((it) => it.title);

it('a stated priority and a sticking point read naturally, the title never after a comma', () => {
  for (const item of [0, 1, 2, 3]) {
    const top = say({ code: 'reason.priorityTop', params: { item } } as Said, en, c);
    const stuck = say({ code: 'reason.stickingPoint', params: { item } } as Said, en, c);
    const stated = say({ code: 'move.statePriority', params: { side: 1, item } } as Said, en, c);
    for (const line of [top, stuck, stated]) expect(line).not.toContain(`, ${titles[item]}`);
    expect(top).toBe(`To be frank: what matters most to us is ‘${titles[item]}’.`);
    expect(stuck).toBe(`${titles[item]} is the sticking point.`);
  }
});

it('no English record quotes with straight double quotes (the history wraps replies in “ ”)', () => {
  const samples: Said[] = [
    { code: 'reason.redLine', params: { side: 1, item: 3, option: 4 } },
    { code: 'reason.tradeAccepted', params: { give: { item: 0, option: 1 }, want: { item: 1, option: 2 }, value: 50 } },
    { code: 'move.proposeTrade', params: { side: 0, give: { item: 0, option: 1 }, want: { item: 1, option: 2 } } },
  ] as Said[];
  for (const s of samples) expect(say(s, en, c)).not.toContain('"');
  expect(CODES.length).toBeGreaterThan(50);
});
