/**
 * Marker shapes, the same in every chart (the game's debrief, the teacher's class chart, the
 * CLI report). Colour is never the only signal: every series also has its own shape, so charts
 * read in greyscale, on paper and for colour-blind readers. Headless geometry: each renderer
 * (Phaser, DOM SVG, SVG text) draws the outline these return.
 */

export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'plus', 'cross', 'star', 'hexagon'] as const;
export type Shape = (typeof SHAPES)[number];

type Pt = [number, number];

/** A filled plus (arm half-thickness 0.38·r), so it still reads as a shape, not two lines. */
function plusPoints(r: number): Pt[] {
  const t = r * 0.38;
  return [
    [-t, -r],
    [t, -r],
    [t, -t],
    [r, -t],
    [r, t],
    [t, t],
    [t, r],
    [-t, r],
    [-t, t],
    [-r, t],
    [-r, -t],
    [-t, -t],
  ];
}

function offsets(shape: Exclude<Shape, 'circle'>, r: number): Pt[] {
  switch (shape) {
    case 'square': {
      const h = r * 0.88; // visually the same weight as a circle of radius r
      return [
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ];
    }
    case 'triangle':
      return [
        [0, -r * 1.15],
        [r * 1.05, r * 0.75],
        [-r * 1.05, r * 0.75],
      ];
    case 'triangle-down':
      return [
        [0, r * 1.15],
        [r * 1.05, -r * 0.75],
        [-r * 1.05, -r * 0.75],
      ];
    case 'diamond':
      return [
        [0, -r * 1.2],
        [r * 1.2, 0],
        [0, r * 1.2],
        [-r * 1.2, 0],
      ];
    case 'plus':
      return plusPoints(r);
    case 'cross': {
      // The plus turned 45°, a little larger so the diagonal arms look as long.
      const c = Math.SQRT1_2;
      return plusPoints(r * 1.15).map(([dx, dy]): Pt => [(dx - dy) * c, (dx + dy) * c]);
    }
    case 'hexagon':
      return Array.from({ length: 6 }, (_, k): Pt => [r * 1.1 * Math.cos((k * Math.PI) / 3), r * 1.1 * Math.sin((k * Math.PI) / 3)]);
    case 'star':
      return Array.from({ length: 10 }, (_, k): Pt => {
        const rad = k % 2 === 0 ? r * 1.35 : r * 0.6;
        const angle = -Math.PI / 2 + (k * Math.PI) / 5;
        return [rad * Math.cos(angle), rad * Math.sin(angle)];
      });
  }
}

/** The outline of a marker of `shape` centred on (x, y), about 2·r across; null for a circle (draw a circle of radius r). */
export function shapeOutline(shape: Shape, x: number, y: number, r: number): Pt[] | null {
  if (shape === 'circle') return null;
  return offsets(shape, r).map(([dx, dy]): Pt => [x + dx, y + dy]);
}
