/**
 * The scenario check for maps: every option's layer must resolve (the line or place it names)
 * and fall inside the scenario's map, and the map inside the region the game's data covers.
 * Each problem names the layer by its JSON path and says what was expected.
 */
import { problem, type Problem } from '../scenario/problems.ts';
import type { Scenario } from '../scenario/schema.ts';
import { compileLayer, outside, type LayerSpec, type Unresolved } from './geometry.ts';
import { REGION } from './schema.ts';

const fmt = (b: { west: number; south: number; east: number; north: number }) => `${b.west}–${b.east}°E, ${b.south}–${b.north}°N`;

function expected(u: Unresolved, map: NonNullable<Scenario['map']>): string {
  const ids = (xs: { id: string }[], none: string) => xs.map((x) => `"${x.id}"`).join(', ') || none;
  if (u.wanted === 'least-first') return '[least, most] with the least first';
  if (u.wanted === 'place-or-point') return `an "at" point, or the id of one of the map's places (${ids(map.places, 'none: the scenario has no map.places')})`;
  const lines = ids(map.lines, 'none: the scenario has no map.lines');
  return u.wanted === 'line' ? `the id of one of the map's lines (${lines})` : `a "path", or the id of one of the map's lines (${lines})`;
}

export function mapProblems(s: Scenario): Problem[] {
  const out: Problem[] = [];
  const map = s.map;
  if (map) {
    const b = map.bounds;
    if (b.west >= b.east || b.south >= b.north) out.push(problem('map.bounds', ['map', 'bounds'], `west must be less than east and south less than north; found ${fmt(b)}`));
    else if (b.west < REGION.west || b.east > REGION.east || b.south < REGION.south || b.north > REGION.north)
      out.push(problem('map.bounds', ['map', 'bounds'], `the map's bounds (${fmt(b)}) must lie inside the region the game has map data for (${fmt(REGION)})`));
    map.places.forEach((p, i) => {
      if (outside({ kind: 'point', at: p.at }, b))
        out.push(problem('map.outside', ['map', 'places', i, 'at'], `place "${p.id}" at [${p.at}] falls outside the map; expected a point inside ${fmt(b)}`));
    });
  }
  s.items.forEach((item, i) => {
    item.options.forEach((option, k) => {
      option.map?.forEach((layer, l) => {
        const path = ['items', i, 'options', k, 'map', l];
        if (!map) {
          out.push(problem('map.missing', path, `option "${item.id}/${option.id}" has map layers, but the scenario has no "map" (bounds, places, lines) to draw them on`));
          return;
        }
        const compiled = compileLayer(layer as LayerSpec, map.lines, map.places);
        if (!compiled.ok) {
          out.push(problem('map.ref', [...path, compiled.field], `this ${layer.kind} layer cannot be drawn: expected ${expected(compiled, map)}`));
          return;
        }
        const off = outside(compiled.shape, map.bounds);
        if (off) out.push(problem('map.outside', path, `this ${layer.kind} layer ("${layer.label}") falls outside the map at [${off}]; expected every point inside ${fmt(map.bounds)}`));
      });
    });
  });
  return out;
}
