/**
 * Writes public/maps/syria-region.json: the countries of southern and eastern Syria and its
 * neighbours, cut from Natural Earth's public-domain 1:10m admin-0 countries (the `world-atlas`
 * package, TopoJSON), simplified and rounded. The output is small (a few tens of KB) and changes
 * only when this script does, so it is committed rather than built: the game and its build need
 * no map tooling, and tests/scripts/region-map.test.ts checks that the file is what this script writes.
 *
 *   npx tsx scripts/region-map.ts          (writes the file)
 *   npx tsx scripts/region-map.ts --check  (exit 1 when the committed file is out of date)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';

/** What the map can show: west, south, east, north (degrees). Every scenario's bounds lie inside. */
import { REGION } from '../src/engine/map/schema.ts';

export { REGION };
/** Douglas–Peucker tolerance, degrees (~1 km): finer than a pixel on the widest map the game draws. */
const TOLERANCE = 0.01;
const KEEP = ['Syria', 'Lebanon', 'Israel', 'Palestine', 'Jordan', 'Iraq', 'Turkey', 'Saudi Arabia', 'Egypt', 'Cyprus', 'N. Cyprus'];

type Pt = [number, number];

/** Sutherland–Hodgman: a ring clipped to the region's rectangle (the rectangle is convex). */
function clipRing(ring: Pt[]): Pt[] {
  const edges: [(p: Pt) => boolean, (a: Pt, b: Pt) => Pt][] = [
    [(p) => p[0] >= REGION.west, (a, b) => at(a, b, 0, REGION.west)],
    [(p) => p[0] <= REGION.east, (a, b) => at(a, b, 0, REGION.east)],
    [(p) => p[1] >= REGION.south, (a, b) => at(a, b, 1, REGION.south)],
    [(p) => p[1] <= REGION.north, (a, b) => at(a, b, 1, REGION.north)],
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cross(prev, cur));
    }
  }
  return out;
}

function at(a: Pt, b: Pt, axis: 0 | 1, v: number): Pt {
  const t = (v - a[axis]) / (b[axis] - a[axis]);
  return axis === 0 ? [v, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), v];
}

function simplify(points: Pt[], tol: number): Pt[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let worst = -1;
    let far = 0;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(points[i], points[a], points[b]);
      if (d > far) [far, worst] = [d, i];
    }
    if (worst > 0 && far > tol) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function segmentDistance(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

const round = (p: Pt): Pt => [Math.round(p[0] * 1000) / 1000, Math.round(p[1] * 1000) / 1000];

export function regionMap(): string {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology<{ countries: GeometryObject<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const countries = [];
  for (const f of all.features) {
    const name = f.properties?.name;
    if (!name || !KEEP.includes(name) || !f.geometry) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    const rings: Pt[][] = [];
    for (const poly of polygons) {
      // Outer rings only: none of these countries has a hole inside the region.
      const ring = clipRing(simplify(poly[0] as Pt[], TOLERANCE)).map(round);
      if (ring.length >= 3) rings.push(ring);
    }
    if (rings.length) countries.push({ name, rings });
  }
  countries.sort((a, b) => (a.name < b.name ? -1 : 1));
  const out = {
    source: 'Natural Earth 1:10m admin-0 countries (public domain), via the world-atlas package; cut to the region and simplified by scripts/region-map.ts',
    bounds: REGION,
    countries,
  };
  return `${JSON.stringify(out)}\n`;
}

export const REGION_FILE = resolve(import.meta.dirname, '../public/maps/syria-region.json');

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const text = regionMap();
  if (process.argv.includes('--check')) {
    const same = readFileSync(REGION_FILE, 'utf8') === text;
    console.log(same ? 'public/maps/syria-region.json is up to date' : 'public/maps/syria-region.json is out of date: run npx tsx scripts/region-map.ts');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(REGION_FILE, text);
  console.log(`wrote ${REGION_FILE} (${text.length} bytes)`);
}
