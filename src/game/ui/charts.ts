/**
 * The debrief's charts, drawn with Phaser Graphics into boxes the DOM reserves. Every series has
 * its own marker shape as well as its own colour.
 */
import type Phaser from 'phaser';
import type { DebriefView } from '../../engine/index.ts';
import { outcomeChartMarks, type MarkerRole } from '../../charts/outcome-chart.ts';
import { shapeOutline, type Shape } from '../../charts/shapes.ts';
import type { Box } from './Screen.ts';
import { COLORS } from './theme.ts';

/** Plot margins inside a chart box (the CSS positions the axis labels with the same numbers). */
export const MARGIN = { left: 46, right: 14, top: 12, bottom: 34 } as const;

/** The game's colours for the shared chart's series (the shapes are charts/outcome-chart.ts's MARKS). */
export const MARKERS = {
  all: { color: 0x6f86a8 },
  frontier: { color: COLORS.accent },
  nash: { color: 0xffffff },
  myDeal: { color: 0x58d68d },
  real: { color: 0xc39bd3 },
  walkAway: { color: 0xe8a93b },
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
const V = (points: [number, number][]) => points.map(([x, y]) => ({ x, y })) as unknown as Phaser.Math.Vector2[];

/** One marker, in the shared vocabulary's shapes (charts/shapes.ts). */
export function marker(g: Phaser.GameObjects.Graphics, shape: Shape, x: number, y: number, size: number, color: number): void {
  g.fillStyle(color, 1);
  g.lineStyle(2, COLORS.bg, 1);
  const outline = shapeOutline(shape, x, y, size);
  if (!outline) return void g.fillCircle(x, y, size);
  g.fillPoints(V(outline), true);
  g.strokePoints(V(outline), true);
}

const ROLE_COLORS: Partial<Record<MarkerRole, number>> = { 'frontier-dot': MARKERS.frontier.color, nash: MARKERS.nash.color, real: MARKERS.real.color, mine: MARKERS.myDeal.color };

/** The shared outcome chart (charts/outcome-chart.ts) painted with Phaser: my value → x, theirs → y. */
export function drawOutcomeChart(g: Phaser.GameObjects.Graphics, b: Box, d: DebriefView, show: { real: boolean } = { real: true }): void {
  const plotArea = { left: b.x + MARGIN.left, top: b.y + MARGIN.top, width: b.w - MARGIN.left - MARGIN.right, height: b.h - MARGIN.top - MARGIN.bottom };
  const marks = outcomeChartMarks(
    { walkAway: d.chart.walkAway, frontier: d.chart.frontier, nash: d.chart.nash, real: d.chart.real, mine: d.chart.myDeal, outcomes: d.chart.all.map((u) => ({ u })) },
    plotArea,
    { grid: 4, hideReal: !show.real },
  );
  for (const m of marks) {
    if (m.kind === 'zone') {
      g.fillStyle(COLORS.good, 0.07);
      g.fillRect(m.x, m.y, m.w, m.h);
    } else if (m.kind === 'grid' || m.kind === 'axis') {
      g.lineStyle(m.kind === 'grid' ? 1 : 2, m.kind === 'grid' ? COLORS.grid : COLORS.muted, m.kind === 'grid' ? 0.7 : 1);
      g.lineBetween(m.x1, m.y1, m.x2, m.y2);
    }
  }
  // Every possible deal as one path and one fill (hundreds of separate circles were hundreds of
  // fills, redrawn every frame).
  g.fillStyle(MARKERS.all.color, 0.55);
  g.beginPath();
  for (const m of marks) {
    if (m.kind !== 'marker' || m.role !== 'outcome') continue;
    g.moveTo(m.x + m.r, m.y);
    g.arc(m.x, m.y, m.r, 0, Math.PI * 2);
  }
  g.fillPath();
  for (const m of marks) {
    if (m.kind === 'walk-away') {
      g.lineStyle(2, MARKERS.walkAway.color, 0.9);
      dashed(g, m.x1, m.y1, m.x2, m.y2);
    } else if (m.kind === 'frontier') {
      g.lineStyle(3, MARKERS.frontier.color, 1);
      for (let k = 1; k < m.points.length; k++) g.lineBetween(m.points[k - 1][0], m.points[k - 1][1], m.points[k][0], m.points[k][1]);
    } else if (m.kind === 'marker' && m.role === 'frontier-dot') {
      g.fillStyle(MARKERS.frontier.color, 1);
      g.fillCircle(m.x, m.y, m.r);
    } else if (m.kind === 'marker' && ROLE_COLORS[m.role] !== undefined) marker(g, m.shape, m.x, m.y, m.r, ROLE_COLORS[m.role]!);
  }
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
    for (const { s, i } of pts) marker(g, who === 'me' ? 'triangle' : 'circle', xOf(i), p.py(s.my), who === 'me' ? 7 : 5, who === 'me' ? colors.me : colors.them);
  }
}
