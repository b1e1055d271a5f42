/**
 * The map's base layer: the countries of the region (public/maps/syria-region.json, written by
 * scripts/region-map.ts from Natural Earth). A data asset of its own, fetched the first time a map
 * is shown (after the title, never in the game's JavaScript); the service worker keeps a copy.
 */
import type { Bounds } from '../../engine/map/geometry.ts';
import type { LonLat } from '../../engine/map/schema.ts';

export interface Region {
  bounds: Bounds;
  countries: { name: string; rings: LonLat[][] }[];
}

let pending: Promise<Region> | null = null;
let loaded: Region | null = null;
let failed = false;

/** The region's data once loaded (null before, or when it could not be loaded). */
export function region(): Region | null {
  return loaded;
}

/** True when the last attempt to load it failed (the map then shows its list alone). */
export function regionFailed(): boolean {
  return failed;
}

/** Starts loading (once); `then` runs when the data is there. */
export function loadRegion(then: () => void): void {
  if (loaded) return;
  pending ??= fetch(new URL('maps/syria-region.json', document.baseURI))
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((data: Region) => {
      if (!Array.isArray(data?.countries)) throw new Error('not map data');
      loaded = data;
      failed = false;
      return data;
    })
    .catch((e: unknown) => {
      // Shown as a line beside the map; the next map shown tries again.
      failed = true;
      pending = null;
      throw e;
    });
  pending.then(then, then);
}
