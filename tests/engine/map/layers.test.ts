/**
 * Map layers: every shipped option that carries one compiles to drawable geometry inside its
 * scenario's map; the check names a layer that falls outside (or names nothing that exists) by
 * its JSON path, with what was expected; and layers are presentation, outside the play identity.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioData } from '../../../src/engine/index.ts';
import { compileLayer, outside, shapePoints, type LayerSpec } from '../../../src/engine/map/geometry.ts';
import { playIdentity } from '../../../src/engine/scenario/play-identity.ts';

const SHIPPED = fs.readdirSync('public/scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

function load(file: string) {
  const r = loadScenario(fs.readFileSync(`public/scenarios/${file}`, 'utf8'));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.problems)}`);
  return r.compiled.scenario;
}

describe('shipped map layers', () => {
  it.each(SHIPPED)('every layer of %s compiles to geometry inside its map', (file) => {
    const s = load(file);
    let layers = 0;
    for (const item of s.items)
      for (const option of item.options)
        for (const layer of option.map ?? []) {
          layers++;
          expect(s.map, `${file}: ${item.id}/${option.id} has layers but no map`).toBeDefined();
          const c = compileLayer(layer as LayerSpec, s.map!.lines, s.map!.places);
          expect(c.ok, `${item.id}/${option.id}`).toBe(true);
          if (!c.ok) continue;
          const pts = shapePoints(c.shape);
          expect(pts.length).toBeGreaterThan(0);
          for (const p of pts) expect(p.every(Number.isFinite)).toBe(true);
          if (c.shape.kind === 'area') expect(c.shape.ring.length).toBeGreaterThanOrEqual(3);
          expect(outside(c.shape, s.map!.bounds), `${item.id}/${option.id}: ${layer.label}`).toBeNull();
          expect(layer.label.length).toBeGreaterThan(10);
        }
    if (file === 'danang-2017.json' || file === 'southwest-2017.json') expect(layers).toBeGreaterThanOrEqual(8);
  });

  it('the real outcome of both history scenarios has something to show on the map', () => {
    for (const file of ['danang-2017.json', 'southwest-2017.json']) {
      const s = load(file);
      const real = s.items.flatMap((it) => it.options.find((o) => o.id === s.debrief.items[it.id].realOption)?.map ?? []);
      expect(real.length, file).toBeGreaterThan(0);
    }
  });

  it('a band is as wide as it says: 60–100 km east of the Golan line', () => {
    const s = load('danang-2017.json');
    const layer = s.items.find((i) => i.id === 'buffer-zone')!.options.find((o) => o.id === 'iran-leaves')!.map![0];
    const c = compileLayer(layer as LayerSpec, s.map!.lines, s.map!.places);
    if (!c.ok || c.shape.kind !== 'area') throw new Error('not an area');
    const golan = s.map!.lines.find((l) => l.id === 'golan-1974')!.path;
    const eastmost = (pts: [number, number][]) => Math.max(...pts.map((p) => p[0]));
    const kmPerDegree = 111.32 * Math.cos((33 * Math.PI) / 180);
    // The solid part reaches about 60 km east of the line, the fringe about 100 km.
    expect((eastmost(c.shape.ring) - eastmost(golan)) * kmPerDegree).toBeGreaterThan(50);
    expect((eastmost(c.shape.ring) - eastmost(golan)) * kmPerDegree).toBeLessThan(75);
    expect((eastmost(c.shape.fringe!) - eastmost(golan)) * kmPerDegree).toBeGreaterThan(90);
    expect((eastmost(c.shape.fringe!) - eastmost(golan)) * kmPerDegree).toBeLessThan(115);
  });
});

describe('the map check', () => {
  const base = () => JSON.parse(fs.readFileSync('public/scenarios/southwest-2017.json', 'utf8'));

  it('names a layer that falls outside the map, by path, with what was expected', () => {
    const data = base();
    data.items[3].options[3].map = [{ kind: 'post', at: [44.4, 33.3], label: 'Baghdad, far off the map' }];
    const r = loadScenarioData(data);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'map.outside', path: '$.items[3].options[3].map[0]' }));
    expect(r.problems[0].message).toMatch(/outside the map.*expected every point inside 35\.3–37\.6°E/);
  });

  it('names a band whose line does not exist, and a map outside the data', () => {
    const data = base();
    data.items[2].options[2].map[0].along = 'golan-1967';
    data.map.bounds.east = 50;
    const r = loadScenarioData(data);
    if (r.ok) throw new Error('loaded');
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'map.ref', path: '$.items[2].options[2].map[0].along' }));
    expect(r.problems.find((p) => p.code === 'map.ref')!.message).toContain('"golan-1974"');
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'map.bounds', path: '$.map.bounds' }));
  });

  it('layers without a map are refused; a scenario with neither loads as before', () => {
    const data = base();
    delete data.map;
    const r = loadScenarioData(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'map.missing' });
    expect(loadScenario(fs.readFileSync('public/scenarios/tutorial.json', 'utf8')).ok).toBe(true);
  });

  it('layers and the map are outside the play identity: moving them keeps every code', () => {
    const data = base();
    const before = loadScenarioData(data);
    data.items[0].options[1].map[0].outline[0][0] += 0.05;
    delete data.items[3].options[4].map;
    data.map.places.pop();
    const after = loadScenarioData(data);
    if (!before.ok || !after.ok) throw new Error('does not load');
    expect(playIdentity(after.compiled.scenario).hash).toBe(playIdentity(before.compiled.scenario).hash);
  });
});
