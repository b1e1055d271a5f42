import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, SCENARIO_FORMAT } from '../../../src/engine/index.ts';
import { SCHEMA_PATH, schemaText } from '../../../src/cli/write-schema.ts';

describe('the scenario format', () => {
  it('the published JSON Schema is up to date with the source (run `npm run schema` if not)', () => {
    expect(fs.readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
  });

  it('every shipped scenario loads and points editors at the schema', () => {
    for (const file of fs.readdirSync('public/scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')) {
      const text = fs.readFileSync(`public/scenarios/${file}`, 'utf8');
      const r = loadScenario(text);
      expect(r.ok, `${file}: ${JSON.stringify(r.ok ? [] : r.problems)}`).toBe(true);
      expect(JSON.parse(text).$schema).toBe('./scenario.schema.json');
      expect(JSON.parse(text).format).toBe(SCENARIO_FORMAT);
    }
  });

  it('the play hash ignores formatting and prose, but not play data', () => {
    const text = fs.readFileSync('public/scenarios/danang-2017.json', 'utf8');
    const a = loadScenario(text);
    const b = loadScenario(JSON.stringify(JSON.parse(text)));
    const c = loadScenario(text.replace('Da Nang, November 2017', 'Da Nang, Nov. 2017'));
    const d = loadScenario(text.replace('"rounds": 8', '"rounds": 9'));
    expect(a.ok && b.ok && c.ok && d.ok).toBe(true);
    if (a.ok && b.ok && c.ok && d.ok) {
      expect(a.compiled.hash).toBe(b.compiled.hash);
      expect(a.compiled.hash).toBe(c.compiled.hash);
      expect(a.compiled.hash).not.toBe(d.compiled.hash);
    }
  });
});

describe('the default scenario, Da Nang 2017', () => {
  const r = loadScenario(fs.readFileSync('public/scenarios/danang-2017.json', 'utf8'));
  it('has the four agenda items, seven third parties, five or more events and a personality per difficulty', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.compiled.scenario;
    expect(s.items.map((i) => i.id)).toEqual(['deconfliction', 'violence', 'geneva', 'buffer-zone']);
    for (const item of s.items) expect(item.options.length).toBeGreaterThanOrEqual(4);
    expect(s.thirdParties.map((p) => p.id).sort()).toEqual(['damascus', 'iran', 'israel', 'jordan', 'opposition', 'turkey', 'un']);
    expect(s.events.length).toBeGreaterThanOrEqual(5);
    expect(new Set(s.personalities.map((p) => p.difficulty).filter(Boolean))).toEqual(new Set(['easy', 'normal', 'hard']));
  });
});
