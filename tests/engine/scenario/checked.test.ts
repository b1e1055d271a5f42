/**
 * The light way in for shipped scenarios (src/engine/scenario/checked.ts): the same compiled
 * scenario as the full loader, in every language a file offers, and nothing for a text that is
 * not the one checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CheckedScenario, openChecked } from '../../../src/engine/scenario/checked.ts';
import { checkedForShipping, loadScenario } from '../../../src/engine/scenario/load.ts';

const DIR = resolve(import.meta.dirname, '../../../public/scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

describe('checked scenarios', () => {
  it.each(files)('%s opens as the full loader opens it, in each of its languages (and one it lacks)', (file) => {
    const text = readFileSync(resolve(DIR, file), 'utf8');
    const made = checkedForShipping(text);
    expect(made).not.toBeNull();
    // As the game gets it: through JSON.
    const checked = JSON.parse(JSON.stringify(made)) as CheckedScenario;
    // "fr" too where a file does not list it: its map's names are in French all the same.
    for (const language of [...new Set([...checked.languages, 'fr', 'xx'])]) {
      const full = loadScenario(text, { warnings: false, language });
      expect(full.ok).toBe(true);
      expect(openChecked(text, checked, language)).toEqual(full.ok && full.compiled);
    }
  });

  it('refuses a text other than the one checked (the caller then takes the full loader)', () => {
    const text = readFileSync(resolve(DIR, files[0]), 'utf8');
    const checked = checkedForShipping(text)!;
    expect(openChecked(`${text} `, checked)).toBeNull();
  });

  it('makes no checked form for a file that does not load', () => {
    expect(checkedForShipping('{"format": 2}')).toBeNull();
    expect(checkedForShipping('{ broken')).toBeNull();
  });
});
