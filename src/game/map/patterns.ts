/**
 * The patterns that tell the map's roles apart without colour: hatching (parallel lines clipped
 * to an area), dashes along a line. Pure geometry in pixels, so Node tests can check it.
 */
export interface Pt {
  x: number;
  y: number;
}
export type Segment = [Pt, Pt];

/**
 * Diagonal hatching of a polygon: lines at 45° every `spacing` pixels, cut where they cross the
 * polygon's edges (even–odd, so a self-touching outline still hatches sensibly).
 */
export function hatch(poly: Pt[], spacing: number, direction: 1 | -1 = 1): Segment[] {
  if (poly.length < 3) return [];
  // In coordinates u = x + d·y (constant along a hatch line) and v = y, each line is u = const.
  const u = (p: Pt) => p.x + direction * p.y;
  const us = poly.map(u);
  const lo = Math.ceil(Math.min(...us) / spacing) * spacing;
  const hi = Math.max(...us);
  const out: Segment[] = [];
  for (let c = lo; c <= hi; c += spacing) {
    const ys: number[] = [];
    for (let i = 0; i < poly.length; i++) {
      const a = poly[i];
      const b = poly[(i + 1) % poly.length];
      const ua = us[i];
      const ub = us[(i + 1) % poly.length];
      if (ua === ub || c < Math.min(ua, ub) || c >= Math.max(ua, ub)) continue;
      const t = (c - ua) / (ub - ua);
      ys.push(a.y + t * (b.y - a.y));
    }
    ys.sort((m, n) => m - n);
    for (let k = 0; k + 1 < ys.length; k += 2) out.push([at(c, ys[k], direction), at(c, ys[k + 1], direction)]);
  }
  return out;
}

const at = (c: number, y: number, d: number): Pt => ({ x: c - d * y, y });

/** A polyline cut into dashes of `on` pixels with gaps of `off` pixels. */
export function dashes(points: Pt[], on: number, off: number, closed = false): Segment[] {
  const pts = closed && points.length > 2 ? [...points, points[0]] : points;
  const out: Segment[] = [];
  let drawing = true;
  let left = on;
  for (let i = 0; i + 1 < pts.length; i++) {
    let a = pts[i];
    const b = pts[i + 1];
    let len = Math.hypot(b.x - a.x, b.y - a.y);
    while (len > 0) {
      const step = Math.min(left, len);
      const t = step / len;
      const next = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      if (drawing) out.push([a, next]);
      a = next;
      len -= step;
      left -= step;
      if (left <= 1e-9) {
        drawing = !drawing;
        left = drawing ? on : off;
      }
    }
  }
  return out;
}
