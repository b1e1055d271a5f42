/** Students are offered the shipped scenarios made for a class: the designers' stress test is marked and left out. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { forStudents, type ShippedScenario } from '../../../src/game/ui/scenario-picker.ts';
import { en } from '../../../src/game/ui/strings/en.ts';
import { fr } from '../../../src/game/ui/strings/fr.ts';

const list = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/scenario-list.json'), 'utf8')) as { scenarios: ShippedScenario[] };

it('the stress test is marked for designers and the students’ list leaves it out', () => {
  expect(list.scenarios.find((s) => s.file === 'large-10x6.json')?.audience).toBe('designers');
  const files = forStudents(list.scenarios).map((s) => s.file);
  expect(files).not.toContain('large-10x6.json');
  expect(files).toEqual(['danang-2017.json', 'southwest-2017.json', 'tutorial.json']);
});

it('the students’ scenario dialog does not send them to a command line', () => {
  for (const table of [en, fr]) expect(table.ownScenarioNote).not.toMatch(/summit check/);
});
