/** The map's patterns and framing, as plain geometry: hatching stays inside its area, dashes keep their rhythm, the view fits what is drawn. */
import { describe, expect, it } from 'vitest';
import { dashes, hatch } from '../../../src/game/map/patterns.ts';
import { aspect, fitBounds, fraction } from '../../../src/game/map/projection.ts';

const square = [
  { x: 0, y: 0 },
  { x: 100, y: 0 },
  { x: 100, y: 100 },
  { x: 0, y: 100 },
];

describe('hatch', () => {
  it('fills an area with parallel segments that stay inside it', () => {
    const segs = hatch(square, 10);
    expect(segs.length).toBeGreaterThan(15);
    for (const [a, b] of segs) {
      for (const p of [a, b]) {
        expect(p.x).toBeGreaterThanOrEqual(-1e-9);
        expect(p.x).toBeLessThanOrEqual(100 + 1e-9);
        expect(p.y).toBeGreaterThanOrEqual(-1e-9);
        expect(p.y).toBeLessThanOrEqual(100 + 1e-9);
      }
      // At 45°: x + y is the same at both ends.
      expect(a.x + a.y).toBeCloseTo(b.x + b.y, 6);
    }
  });

  it('leaves a concave notch empty', () => {
    const notched = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
      { x: 60, y: 100 },
      { x: 60, y: 40 },
      { x: 40, y: 40 },
      { x: 40, y: 100 },
      { x: 0, y: 100 },
    ];
    for (const [a, b] of hatch(notched, 5)) {
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      expect(mid.x > 40.5 && mid.x < 59.5 && mid.y > 40.5).toBe(false);
    }
  });
});

describe('dashes', () => {
  it('cuts a line into dashes and gaps of the asked lengths', () => {
    const segs = dashes(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
      8,
      4,
    );
    expect(segs).toHaveLength(9);
    expect(segs[0][1].x - segs[0][0].x).toBeCloseTo(8);
    expect(segs[1][0].x).toBeCloseTo(12);
  });
});

describe('framing', () => {
  const full = { west: 34.8, south: 31.6, east: 41.6, north: 36.9 };

  it('shows all of the map when nothing is drawn, and a close-up around a small layer', () => {
    expect(fitBounds(full, [])).toEqual(full);
    const b = fitBounds(full, [
      [36.1, 32.6],
      [36.3, 32.8],
    ]);
    expect(b.north - b.south).toBeCloseTo(1.5, 6);
    expect(b.west).toBeGreaterThanOrEqual(full.west);
    expect(b.south).toBeGreaterThanOrEqual(full.south);
    // The close-up keeps the map's shape (within the change of latitude's cosine).
    expect(aspect(b) / aspect(full)).toBeGreaterThan(0.97);
    expect(aspect(b) / aspect(full)).toBeLessThan(1.03);
    const { fx, fy } = fraction(b, [36.2, 32.7]);
    expect(fx).toBeCloseTo(0.5, 6);
    expect(fy).toBeCloseTo(0.5, 6);
  });

  it('slides a close-up at the edge back inside the map', () => {
    const b = fitBounds(full, [[35.0, 31.7]]);
    expect(b.west).toBeCloseTo(full.west, 9);
    expect(b.south).toBeCloseTo(full.south, 9);
  });
});
