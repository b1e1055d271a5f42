/**
 * The debrief's charts, drawn with Phaser Graphics into boxes the DOM reserves. Every series has
 * its own marker shape as well as its own colour.
 */
import type Phaser from 'phaser';
import type { DebriefView } from '../../engine/index.ts';
import type { Box } from './Screen.ts';
import { COLORS } from './theme.ts';

/** Plot margins inside a chart box (the CSS positions the axis labels with the same numbers). */
export const MARGIN = { left: 46, right: 14, top: 12, bottom: 34 } as const;

export const MARKERS = {
  all: { color: 0x6f86a8, shape: 'dot' },
  frontier: { color: COLORS.accent, shape: 'line' },
  nash: { color: 0xffffff, shape: 'diamond' },
  myDeal: { color: 0x58d68d, shape: 'star' },
  real: { color: 0xc39bd3, shape: 'square' },
  walkAway: { color: 0xe8a93b, shape: 'cross' },
} as const;

function plot(b: Box) {
  const x0 = b.x + MARGIN.left;
  const y0 = b.y + b.h - MARGIN.bottom;
  const w = b.w - MARGIN.left - MARGIN.right;
  const h = b.h - MARGIN.top - MARGIN.bottom;
  return { x0, y0, w, h, px: (u: number) => x0 + u * w, py: (u: number) => y0 - u * h };
}

function dashed(g: Phaser.GameObjects.Graphics, x1: number, y1: number, x2: number, y2: number, dash = 6, gap = 5): void {
  const len = Math.hypot(x2 - x1, y2 - y1);
  const dx = (x2 - x1) / len;
  const dy = (y2 - y1) / len;
  for (let t = 0; t < len; t += dash + gap) {
    const e = Math.min(len, t + dash);
    g.lineBetween(x1 + dx * t, y1 + dy * t, x1 + dx * e, y1 + dy * e);
  }
}

function axes(g: Phaser.GameObjects.Graphics, p: ReturnType<typeof plot>): void {
  g.lineStyle(1, COLORS.grid, 0.7);
  for (let k = 0; k <= 4; k++) {
    const t = k / 4;
    g.lineBetween(p.px(t), p.y0, p.px(t), p.y0 - p.h);
    g.lineBetween(p.x0, p.py(t), p.x0 + p.w, p.py(t));
  }
  g.lineStyle(2, COLORS.muted, 1);
  g.lineBetween(p.x0, p.y0, p.x0 + p.w, p.y0);
  g.lineBetween(p.x0, p.y0, p.x0, p.y0 - p.h);
}

/** Graphics accepts plain {x, y} points at run time; its typings ask for Vector2. */
const V = (points: { x: number; y: number }[]) => points as unknown as Phaser.Math.Vector2[];

export function marker(g: Phaser.GameObjects.Graphics, shape: string, x: number, y: number, size: number, color: number): void {
  g.fillStyle(color, 1);
  g.lineStyle(2, COLORS.bg, 1);
  switch (shape) {
    case 'diamond':
      g.fillPoints(V([{ x, y: y - size }, { x: x + size, y }, { x, y: y + size }, { x: x - size, y }]), true);
      g.strokePoints(V([{ x, y: y - size }, { x: x + size, y }, { x, y: y + size }, { x: x - size, y }]), true);
      break;
    case 'square':
      g.fillRect(x - size * 0.8, y - size * 0.8, size * 1.6, size * 1.6);
      g.strokeRect(x - size * 0.8, y - size * 0.8, size * 1.6, size * 1.6);
      break;
    case 'star': {
      const pts = [];
      for (let k = 0; k < 10; k++) {
        const r = k % 2 === 0 ? size * 1.25 : size * 0.55;
        const a = -Math.PI / 2 + (k * Math.PI) / 5;
        pts.push({ x: x + r * Math.cos(a), y: y + r * Math.sin(a) });
      }
      g.fillPoints(V(pts), true);
      g.strokePoints(V(pts), true);
      break;
    }
    case 'triangle':
      g.fillTriangle(x, y - size, x + size, y + size * 0.8, x - size, y + size * 0.8);
      break;
    case 'cross':
      g.lineStyle(3, color, 1);
      g.lineBetween(x - size, y, x + size, y);
      g.lineBetween(x, y - size, x, y + size);
      break;
    default:
      g.fillCircle(x, y, size);
  }
}

/** Every possible outcome (my value → x, their value → y), the Pareto frontier, Nash, my deal, the real outcome and the walk-aways. */
export function drawOutcomeChart(g: Phaser.GameObjects.Graphics, b: Box, d: DebriefView, show: { real: boolean } = { real: true }): void {
  const p = plot(b);
  // Deals both sides prefer to no deal.
  const [wx, wy] = d.chart.walkAway;
  g.fillStyle(COLORS.good, 0.07);
  g.fillRect(p.px(wx), p.py(1), p.px(1) - p.px(wx), p.py(wy) - p.py(1));
  axes(g, p);
  // Every possible deal as one path and one fill (hundreds of separate circles were hundreds of
  // fills, redrawn every frame).
  g.fillStyle(MARKERS.all.color, 0.55);
  g.beginPath();
  for (const [x, y] of d.chart.all) {
    g.moveTo(p.px(x) + 2, p.py(y));
    g.arc(p.px(x), p.py(y), 2, 0, Math.PI * 2);
  }
  g.fillPath();
  g.lineStyle(2, MARKERS.walkAway.color, 0.9);
  dashed(g, p.px(wx), p.y0, p.px(wx), p.y0 - p.h);
  dashed(g, p.x0, p.py(wy), p.x0 + p.w, p.py(wy));
  const frontier = [...d.chart.frontier].sort((a, b2) => a[0] - b2[0]);
  g.lineStyle(3, MARKERS.frontier.color, 1);
  for (let k = 1; k < frontier.length; k++) g.lineBetween(p.px(frontier[k - 1][0]), p.py(frontier[k - 1][1]), p.px(frontier[k][0]), p.py(frontier[k][1]));
  g.fillStyle(MARKERS.frontier.color, 1);
  for (const [x, y] of frontier) g.fillCircle(p.px(x), p.py(y), 3);
  if (show.real) marker(g, MARKERS.real.shape, p.px(d.chart.real[0]), p.py(d.chart.real[1]), 7, MARKERS.real.color);
  if (d.chart.nash) marker(g, MARKERS.nash.shape, p.px(d.chart.nash[0]), p.py(d.chart.nash[1]), 8, MARKERS.nash.color);
  if (d.chart.myDeal) marker(g, MARKERS.myDeal.shape, p.px(d.chart.myDeal[0]), p.py(d.chart.myDeal[1]), 9, MARKERS.myDeal.color);
}

/** The path of offers: what each proposal was worth to me, round by round (▲ mine, ● theirs). */
export function drawPathChart(g: Phaser.GameObjects.Graphics, b: Box, d: DebriefView, colors: { me: number; them: number }): void {
  const p = plot(b);
  axes(g, p);
  const xOf = (i: number) => p.x0 + ((i + 0.5) / Math.max(1, d.path.length)) * p.w;
  g.lineStyle(2, MARKERS.walkAway.color, 0.9);
  dashed(g, p.x0, p.py(d.chart.walkAway[0]), p.x0 + p.w, p.py(d.chart.walkAway[0]));
  for (const who of ['me', 'them'] as const) {
    const pts = d.path.map((s, i) => ({ s, i })).filter(({ s }) => s.by === who);
    g.lineStyle(2, who === 'me' ? colors.me : colors.them, 0.8);
    for (let k = 1; k < pts.length; k++) g.lineBetween(xOf(pts[k - 1].i), p.py(pts[k - 1].s.my), xOf(pts[k].i), p.py(pts[k].s.my));
    for (const { s, i } of pts) marker(g, who === 'me' ? 'triangle' : 'dot', xOf(i), p.py(s.my), who === 'me' ? 7 : 5, who === 'me' ? colors.me : colors.them);
  }
}
