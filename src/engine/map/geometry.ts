/**
 * A map layer as drawable geometry, in [longitude, latitude]: bands become polygons offset from
 * their line (in km, on a local flat projection, which is exact enough over a few hundred km),
 * zones and lines keep their points, posts resolve their place. Pure: the game draws the result,
 * the scenario check tests it against the map's bounds.
 */
import type { LonLat } from './schema.ts';

const KM_PER_DEGREE_LAT = 110.57;
const KM_PER_DEGREE_LON_AT_EQUATOR = 111.32;

export interface MapLine {
  id: string;
  path: LonLat[];
}
export interface MapPlace {
  id: string;
  at: LonLat;
}
export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A layer as the check and the painter read it (texts already resolved). */
export type LayerSpec =
  | { kind: 'band'; along: string; side: 'east' | 'west' | 'north' | 'south' | 'both'; widthKm: number | [number, number]; label: string }
  | { kind: 'zone'; outline: LonLat[]; label: string }
  | { kind: 'line'; along?: string; path?: LonLat[]; label: string }
  | { kind: 'post'; place?: string; at?: LonLat; label: string };

export type Shape =
  /** `ring`: the area; `fringe`: where reports disagree (a band's least-to-most width). */
  { kind: 'area'; ring: LonLat[]; fringe: LonLat[] | null } | { kind: 'path'; points: LonLat[] } | { kind: 'point'; at: LonLat };

/** Why a layer cannot be drawn: the field, and what it should have held (the check words it). */
export type Unresolved = { field: 'along'; wanted: 'line' | 'line-or-path' } | { field: 'place'; wanted: 'place-or-point' } | { field: 'widthKm'; wanted: 'least-first' };

export type Compiled = { ok: true; shape: Shape } | ({ ok: false } & Unresolved);

/** The layer's geometry, or which of its fields could not be resolved. */
export function compileLayer(layer: LayerSpec, lines: readonly MapLine[], places: readonly MapPlace[]): Compiled {
  switch (layer.kind) {
    case 'band': {
      const line = lines.find((l) => l.id === layer.along);
      if (!line) return { ok: false, field: 'along', wanted: 'line' };
      const [least, most] = typeof layer.widthKm === 'number' ? [layer.widthKm, layer.widthKm] : layer.widthKm;
      if (most < least) return { ok: false, field: 'widthKm', wanted: 'least-first' };
      return { ok: true, shape: band(line.path, layer.side, least, most) };
    }
    case 'zone':
      return { ok: true, shape: { kind: 'area', ring: layer.outline, fringe: null } };
    case 'line': {
      if (layer.path) return { ok: true, shape: { kind: 'path', points: layer.path } };
      const line = lines.find((l) => l.id === layer.along);
      if (!line) return { ok: false, field: 'along', wanted: 'line-or-path' };
      return { ok: true, shape: { kind: 'path', points: line.path } };
    }
    case 'post': {
      if (layer.at) return { ok: true, shape: { kind: 'point', at: layer.at } };
      const place = places.find((p) => p.id === layer.place);
      if (!place) return { ok: false, field: 'place', wanted: 'place-or-point' };
      return { ok: true, shape: { kind: 'point', at: place.at } };
    }
  }
}

/** Every point of a shape (for bounds checks). */
export function shapePoints(shape: Shape): LonLat[] {
  if (shape.kind === 'area') return [...shape.ring, ...(shape.fringe ?? [])];
  if (shape.kind === 'path') return shape.points;
  return [shape.at];
}

/** The first point of the shape outside the bounds, if any. */
export function outside(shape: Shape, b: Bounds): LonLat | null {
  const eps = 1e-9;
  return shapePoints(shape).find(([x, y]) => x < b.west - eps || x > b.east + eps || y < b.south - eps || y > b.north + eps) ?? null;
}

/** A flat projection in km around `origin`: x east, y north. */
function localFrame(origin: LonLat) {
  const kx = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos((origin[1] * Math.PI) / 180);
  return {
    toKm: ([lon, lat]: LonLat): [number, number] => [(lon - origin[0]) * kx, (lat - origin[1]) * KM_PER_DEGREE_LAT],
    toLonLat: ([x, y]: [number, number]): LonLat => [round(origin[0] + x / kx), round(origin[1] + y / KM_PER_DEGREE_LAT)],
  };
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** The polyline moved `d` km along its vertex normals (sign chosen by the caller). */
function offset(km: [number, number][], d: number, sign: number): [number, number][] {
  const n = km.length;
  const segNormals = km.slice(1).map((p, i) => {
    const [dx, dy] = [p[0] - km[i][0], p[1] - km[i][1]];
    const len = Math.hypot(dx, dy) || 1;
    return [(sign * dy) / len, (-sign * dx) / len] as [number, number];
  });
  return km.map((p, i) => {
    const a = segNormals[Math.max(0, i - 1)];
    const b = segNormals[Math.min(n - 2, i)];
    let [nx, ny] = [a[0] + b[0], a[1] + b[1]];
    const len = Math.hypot(nx, ny) || 1;
    [nx, ny] = [nx / len, ny / len];
    // A miter keeps the band's width at corners; capped so a sharp turn cannot throw a spike.
    const cos = Math.max(0.5, nx * a[0] + ny * a[1]);
    return [p[0] + (nx * d) / cos, p[1] + (ny * d) / cos];
  });
}

/** Which normal (+1: right of the line's direction) points to the side asked for. */
function sideSign(km: [number, number][], side: 'east' | 'west' | 'north' | 'south'): number {
  const [dx, dy] = [km[km.length - 1][0] - km[0][0], km[km.length - 1][1] - km[0][1]];
  // The right-hand normal of the overall direction is (dy, -dx).
  const right = side === 'east' ? dy : side === 'west' ? -dy : side === 'north' ? -dx : dx;
  return right >= 0 ? 1 : -1;
}

function band(path: LonLat[], side: 'east' | 'west' | 'north' | 'south' | 'both', least: number, most: number): Shape {
  const frame = localFrame(path[Math.floor(path.length / 2)]);
  const km = path.map(frame.toKm);
  const strip = (from: number, to: number, sign: number) => [...offset(km, from, sign), ...offset(km, to, sign).reverse()].map(frame.toLonLat);
  if (side === 'both') {
    const ring = [...offset(km, least / 2, 1), ...offset(km, least / 2, -1).reverse()].map(frame.toLonLat);
    return { kind: 'area', ring, fringe: most > least ? [...offset(km, most / 2, 1), ...offset(km, most / 2, -1).reverse()].map(frame.toLonLat) : null };
  }
  const sign = sideSign(km, side);
  return { kind: 'area', ring: strip(0, least, sign), fringe: most > least ? strip(least, most, sign) : null };
}
