/** The committed map data is what scripts/region-map.ts writes from Natural Earth (world-atlas). */
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { REGION_FILE, regionMap } from '../../scripts/region-map.ts';
import { REGION } from '../../src/engine/map/schema.ts';

it('public/maps/syria-region.json is up to date, small, and covers the region', () => {
  const text = fs.readFileSync(REGION_FILE, 'utf8');
  expect(text).toBe(regionMap());
  expect(text.length).toBeLessThan(40_000);
  const data = JSON.parse(text) as { bounds: typeof REGION; countries: { name: string; rings: [number, number][][] }[] };
  expect(data.bounds).toEqual(REGION);
  expect(data.countries.map((c) => c.name)).toEqual(expect.arrayContaining(['Syria', 'Israel', 'Jordan', 'Lebanon', 'Iraq']));
  for (const c of data.countries) for (const ring of c.rings) for (const [x, y] of ring) expect(x >= REGION.west && x <= REGION.east && y >= REGION.south && y <= REGION.north).toBe(true);
});
