/** The title screen's list of shipped scenarios (public/scenario-list.json) matches the folder. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/index.ts';
import { SHIPPED_SCENARIOS } from '../../../src/teacher/scenarios.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const list = JSON.parse(readFileSync(resolve(ROOT, 'public/scenario-list.json'), 'utf8')) as { scenarios: { file: string; title: string; blurb: string }[] };
const files = readdirSync(resolve(ROOT, 'public/scenarios')).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

describe('the list of shipped scenarios', () => {
  it('names every scenario file once, and no other', () => {
    expect(list.scenarios.map((s) => s.file).sort()).toEqual([...files].sort());
  });

  it('is the list the teacher page offers, in the same order', () => {
    expect(list.scenarios.map((s) => s.file)).toEqual(SHIPPED_SCENARIOS.map((id) => `${id}.json`));
  });

  it.each(list.scenarios)('$file loads cleanly and is listed under its own title', ({ file, title, blurb }) => {
    const r = loadScenario(readFileSync(resolve(ROOT, 'public/scenarios', file), 'utf8'), { warnings: false });
    expect(r.ok && r.compiled.scenario.title).toBe(title);
    expect(blurb.length).toBeGreaterThan(20);
  });
});
