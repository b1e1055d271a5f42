/**
 * Tiny SVG building blocks for the balance report: scales, axes, markers and text.
 * Everything returns markup strings so a chart is plain string concatenation, with no DOM and
 * no library. Numbers are printed with a fixed number of decimals, so the same data always
 * gives the same bytes (the report must be byte-identical for the same arguments).
 */
import { shapeOutline, type Shape } from '../../charts/shapes.ts';
import { esc } from './html.ts';

export type { Shape } from '../../charts/shapes.ts';

/** Coordinates in SVG user units, one decimal: enough for the eye, and keeps the file small. */
export const n = (x: number): string => {
  const s = (Math.round(x * 10) / 10 || 0).toFixed(1); // `|| 0`: never print "-0"
  return s.endsWith('.0') ? s.slice(0, -2) : s;
};

/** A linear map from data to pixels; `px(d0) = r0`, `px(d1) = r1` (r1 < r0 for a y axis). */
export function scale(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  return (x) => r0 + ((x - d0) / (d1 - d0)) * (r1 - r0);
}

/** Where a chart's plot area sits inside its SVG, and its scales. */
export interface Frame {
  x: (v: number) => number;
  y: (v: number) => number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A plot area for data in [x0,x1]×[y0,y1]. */
export function frame(left: number, top: number, width: number, height: number, [x0, x1]: [number, number], [y0, y1]: [number, number]): Frame {
  return { x: scale(x0, x1, left, left + width), y: scale(y0, y1, top + height, top), left, top, width, height };
}

export function svgOpen(width: number, height: number, label: string, attrs = ''): string {
  // role="img" + aria-label: a screen reader announces the chart's one-line summary.
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(label)}"${attrs ? ` ${attrs}` : ''}>`;
}

export function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs ? ` ${attrs}` : ''}>${esc(content)}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, cls: string): string {
  return `<line class="${cls}" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"/>`;
}

export interface AxisOptions {
  xTicks: number[];
  yTicks: number[];
  xLabel?: string;
  yLabel?: string;
  /** Tick label format; two decimals suit 0–1 utilities. */
  format?: (v: number) => string;
  grid?: boolean;
}

/** Gridlines, tick labels and axis titles around a frame. */
export function axes(f: Frame, o: AxisOptions): string {
  const fmt = o.format ?? ((v: number) => v.toFixed(1));
  const bottom = f.top + f.height;
  const right = f.left + f.width;
  let s = '<g class="axes">';
  for (const v of o.xTicks) {
    if (o.grid !== false) s += line(f.x(v), f.top, f.x(v), bottom, 'grid');
    s += text(f.x(v), bottom + 13, fmt(v), 'class="tick" text-anchor="middle"');
  }
  for (const v of o.yTicks) {
    if (o.grid !== false) s += line(f.left, f.y(v), right, f.y(v), 'grid');
    s += text(f.left - 5, f.y(v) + 3.5, fmt(v), 'class="tick" text-anchor="end"');
  }
  s += line(f.left, bottom, right, bottom, 'axis') + line(f.left, f.top, f.left, bottom, 'axis');
  if (o.xLabel) s += text(f.left + f.width / 2, bottom + 30, o.xLabel, 'class="axis-label" text-anchor="middle"');
  if (o.yLabel) {
    const cx = f.left - 34;
    const cy = f.top + f.height / 2;
    s += text(cx, cy, o.yLabel, `class="axis-label" text-anchor="middle" transform="rotate(-90 ${n(cx)} ${n(cy)})"`);
  }
  return `${s}</g>`;
}

/** 0, step, 2·step, … up to max (inclusive, within rounding). */
export function ticks(min: number, max: number, step: number): number[] {
  const out: number[] = [];
  for (let k = Math.round(min / step); k * step <= max + 1e-9; k++) out.push(Math.round(k * step * 1e6) / 1e6);
  return out;
}

/** One marker of `shape` (the shared vocabulary, charts/shapes.ts), centred on (x, y), about 2·r across. */
export function marker(shape: Shape, x: number, y: number, r: number, attrs = ''): string {
  const a = attrs ? ` ${attrs}` : '';
  const outline = shapeOutline(shape, x, y, r);
  if (!outline) return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}"${a}/>`;
  return `<path d="M${outline.map(([px, py]) => `${n(px)} ${n(py)}`).join('L')}Z"${a}/>`;
}

/**
 * Many tiny squares as one path: a faint background cloud of thousands of outcomes costs one
 * element instead of thousands (small multiples repeat it for every strategy pair).
 */
export function cloudPath(points: readonly (readonly [number, number])[], size: number, attrs: string): string {
  const seen = new Set<string>();
  let d = '';
  for (const [x, y] of points) {
    const key = `${n(x - size / 2)} ${n(y - size / 2)}`;
    if (seen.has(key)) continue; // identical pixels add nothing but bytes
    seen.add(key);
    d += `M${key}h${n(size)}v${n(size)}h-${n(size)}z`;
  }
  return `<path ${attrs} d="${d}"/>`;
}
