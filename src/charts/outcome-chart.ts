/**
 * The outcome chart, once for the whole project: every possible deal in utility space (the
 * scenario's first side → x, the second → y, both 0–1), the zone both sides prefer to walking
 * away, the walk-away lines, the Pareto frontier, the Nash point, what really happened, and the
 * player's deal or the class's deals. This module decides what is drawn where, in what order and
 * with which marker; the game (Phaser), the teacher's page (DOM SVG) and the CLI report (SVG
 * text) only turn these marks into pixels. Headless: no DOM, no Phaser.
 */
import { shapeOutline, type Shape } from './shapes.ts';

export type UPoint = readonly [number, number];

/** What an outcome chart shows, in utilities. */
export interface OutcomeChartData {
  walkAway: UPoint;
  frontier: readonly UPoint[];
  nash: UPoint | null;
  real: UPoint | null;
  /** Every possible outcome (or a sample); `agreeable: false` crosses a red line and is drawn hollow. */
  outcomes?: readonly { u: UPoint; agreeable?: boolean }[];
  /** The player's own deal (a student's debrief). */
  mine?: UPoint | null;
  /** Deals of a class; several at one point are one mark with their count. */
  /** `otherValues`: the game ended on other values (its news differed), so its own frontier differs. */
  deals?: readonly { u: UPoint; names: readonly string[]; otherValues?: boolean }[];
}

/** The plot area in the renderer's units; y grows downwards, as on every screen. */
export interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type MarkerRole = 'outcome' | 'outcome-hollow' | 'frontier-dot' | 'nash' | 'real' | 'mine' | 'deal';

/** The marker vocabulary: the same shape for the same thing in every chart. */
export const MARKS: Record<MarkerRole, { shape: Shape; r: number }> = {
  outcome: { shape: 'circle', r: 2 },
  'outcome-hollow': { shape: 'circle', r: 2 },
  'frontier-dot': { shape: 'circle', r: 2.8 },
  nash: { shape: 'diamond', r: 7 },
  real: { shape: 'square', r: 7 },
  mine: { shape: 'star', r: 7.5 },
  deal: { shape: 'circle', r: 5.5 },
};

export type ChartMark =
  | { kind: 'zone'; x: number; y: number; w: number; h: number }
  | { kind: 'grid' | 'axis' | 'walk-away'; x1: number; y1: number; x2: number; y2: number }
  | { kind: 'frontier'; points: [number, number][] }
  | { kind: 'marker'; role: MarkerRole; shape: Shape; x: number; y: number; r: number; outline: [number, number][] | null; u: UPoint; names?: readonly string[]; otherValues?: boolean };

export interface OutcomeChartOptions {
  /** Grid divisions per axis (0: no grid or axis lines, the renderer draws its own). */
  grid?: number;
  /** Scales every marker (a printed chart may want them larger). */
  markerScale?: number;
  /** Leave the real outcome out (a class that discusses it later). */
  hideReal?: boolean;
}

/** Where a utility lands in the plot. */
export function plotScale(p: Plot): { x: (u: number) => number; y: (u: number) => number } {
  return { x: (u) => p.left + u * p.width, y: (u) => p.top + p.height - u * p.height };
}

/** The marks of an outcome chart, in the order they are painted (later on top). */
export function outcomeChartMarks(d: OutcomeChartData, p: Plot, o: OutcomeChartOptions = {}): ChartMark[] {
  const { x, y } = plotScale(p);
  const k = o.markerScale ?? 1;
  const marks: ChartMark[] = [];
  const marker = (role: MarkerRole, u: UPoint, extra: { names?: readonly string[]; r?: number; otherValues?: boolean } = {}) => {
    const { shape, r: r0 } = MARKS[role];
    const r = (extra.r ?? r0) * k;
    marks.push({
      kind: 'marker',
      role,
      shape,
      x: x(u[0]),
      y: y(u[1]),
      r,
      outline: shapeOutline(shape, x(u[0]), y(u[1]), r),
      u,
      ...(extra.names ? { names: extra.names } : {}),
      ...(extra.otherValues ? { otherValues: true } : {}),
    });
  };
  const [wx, wy] = d.walkAway;
  // Deals both sides prefer to no deal.
  marks.push({ kind: 'zone', x: x(wx), y: y(1), w: x(1) - x(wx), h: y(wy) - y(1) });
  const n = o.grid ?? 0;
  for (let i = 0; i <= n && n > 0; i++) {
    const t = i / n;
    marks.push({ kind: 'grid', x1: x(t), y1: y(0), x2: x(t), y2: y(1) }, { kind: 'grid', x1: x(0), y1: y(t), x2: x(1), y2: y(t) });
  }
  if (n > 0) marks.push({ kind: 'axis', x1: x(0), y1: y(0), x2: x(1), y2: y(0) }, { kind: 'axis', x1: x(0), y1: y(0), x2: x(0), y2: y(1) });
  // Outcomes that cross a red line are hollow: they exist on paper, but no deal can pick them.
  for (const q of d.outcomes ?? []) if (q.agreeable === false) marker('outcome-hollow', q.u);
  for (const q of d.outcomes ?? []) if (q.agreeable !== false) marker('outcome', q.u);
  marks.push({ kind: 'walk-away', x1: x(wx), y1: y(0), x2: x(wx), y2: y(1) }, { kind: 'walk-away', x1: x(0), y1: y(wy), x2: x(1), y2: y(wy) });
  const frontier = [...d.frontier].sort((a, b) => a[0] - b[0]);
  marks.push({ kind: 'frontier', points: frontier.map((u): [number, number] => [x(u[0]), y(u[1])]) });
  for (const u of frontier) marker('frontier-dot', u);
  if (d.real && !o.hideReal) marker('real', d.real);
  if (d.nash) marker('nash', d.nash);
  for (const deal of d.deals ?? []) marker('deal', deal.u, { names: deal.names, r: deal.names.length > 1 ? 7 : MARKS.deal.r, otherValues: deal.otherValues });
  if (d.mine) marker('mine', d.mine);
  return marks;
}

/** Deals at the same point (the same dice and the same moves) as one, with every name. */
export function groupDeals(deals: readonly { u: UPoint; name: string; otherValues?: boolean }[]): { u: UPoint; names: string[]; otherValues: boolean }[] {
  const groups = new Map<string, { u: UPoint; names: string[]; otherValues: boolean }>();
  for (const d of deals) {
    const key = `${d.u.map((v) => Math.round(v * 1000)).join(',')}${d.otherValues ? '*' : ''}`;
    const g = groups.get(key) ?? { u: d.u, names: [], otherValues: d.otherValues === true };
    g.names.push(d.name);
    groups.set(key, g);
  }
  return [...groups.values()];
}
