/**
 * Where a [longitude, latitude] falls on the map's box: an equirectangular projection scaled by
 * the cosine of the middle latitude (true to within a percent or two over a few hundred km, and
 * simple enough that the DOM's place labels and Phaser's drawing agree to the pixel).
 */
import type { Bounds } from '../../engine/map/geometry.ts';
import type { LonLat } from '../../engine/map/schema.ts';

/** Width over height of the map of these bounds: the map box's CSS aspect ratio. */
export function aspect(b: Bounds): number {
  const k = Math.cos((((b.north + b.south) / 2) * Math.PI) / 180);
  return ((b.east - b.west) * k) / (b.north - b.south);
}

/** A point as fractions (0–1) of the box's width and height, from its top left corner. */
export function fraction(b: Bounds, [lon, lat]: LonLat): { fx: number; fy: number } {
  return { fx: (lon - b.west) / (b.east - b.west), fy: (b.north - lat) / (b.north - b.south) };
}

/** A projection into a box of pixels (the box already has the map's aspect ratio). */
export function projector(b: Bounds, box: { x: number; y: number; w: number; h: number }): (p: LonLat) => { x: number; y: number } {
  return (p) => {
    const { fx, fy } = fraction(b, p);
    return { x: box.x + fx * box.w, y: box.y + fy * box.h };
  };
}

/** Pixels per km at the map's middle latitude, in a box `w` pixels wide. */
export function pxPerKm(b: Bounds, w: number): number {
  const k = Math.cos((((b.north + b.south) / 2) * Math.PI) / 180);
  return w / ((b.east - b.west) * 111.32 * k);
}

/**
 * The part of the map worth showing: the box around what is drawn (with a margin, and at least
 * `minLat` degrees tall), widened to the map's own shape and kept inside it. Nothing drawn: all of it.
 */
export function fitBounds(full: Bounds, points: LonLat[], minLat = 1.5, margin = 0.3): Bounds {
  if (points.length === 0) return full;
  const k = Math.cos((((full.north + full.south) / 2) * Math.PI) / 180);
  const ratio = aspect(full);
  let [w, s, e, n] = [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))];
  let height = Math.max(minLat, (n - s) * (1 + 2 * margin), ((e - w) * (1 + 2 * margin) * k) / ratio);
  height = Math.min(height, full.north - full.south);
  const width = (height * ratio) / k;
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  [w, e] = [cx - width / 2, cx + width / 2];
  [s, n] = [cy - height / 2, cy + height / 2];
  // Slide back inside the full map.
  const dx = w < full.west ? full.west - w : e > full.east ? full.east - e : 0;
  const dy = s < full.south ? full.south - s : n > full.north ? full.north - n : 0;
  return { west: w + dx, east: e + dx, south: s + dy, north: n + dy };
}
