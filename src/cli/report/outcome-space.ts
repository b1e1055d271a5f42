/**
 * The report's outcome charts, from the shared outcome chart (charts/outcome-chart.ts): the full
 * outcome space (chart 1), and the reference layers the per-pair charts draw their deals over.
 * The marks say what goes where; this file gives them the report's colours and SVG text.
 *
 * Marker vocabulary, the same in the game, the teacher's page and the report: ◆ Nash point,
 * ■ the real outcome, a dashed line for a walk-away value, a blue line for the Pareto frontier.
 */
import { MARKS, outcomeChartMarks, type ChartMark, type OutcomeChartData } from '../../charts/outcome-chart.ts';
import type { ReportData } from './data.ts';
import { axes, frame, marker, n, svgOpen, text, ticks, type Frame } from './svg.ts';

export const NASH = { fill: '#f2b705', stroke: '#5c4400' };
export const REAL = { fill: '#c62828', stroke: '#4a0d0d' };
export const FRONTIER = '#0b5cad';
export const WALK = '#7b5a45';

export const two = (x: number) => x.toFixed(2);

/** 60466176 → "60,466,176", by hand: locale formatting could differ between machines. */
export function grouped(x: bigint): string {
  return x.toString().replace(/\B(?=(\d{3})+$)/g, ',');
}

/** The sides' names for axis titles: "United States (us) utility". */
function axisTitles(d: ReportData): [string, string] {
  const s = d.c.scenario.sides;
  return [`${s[0].name} (${d.c.sideIds[0]}) utility →`, `${s[1].name} (${d.c.sideIds[1]}) utility →`];
}

/** The shared chart's marks for the report's data in frame `f` (markers a little larger on the full chart, smaller on the small multiples). */
export function reportMarks(d: ReportData, f: Frame, withOutcomes: boolean, markerScale = 1.15): ChartMark[] {
  const data: OutcomeChartData = {
    walkAway: d.analysis.reservation,
    frontier: d.analysis.frontier.map((p) => p.utilities),
    nash: d.analysis.nash?.utilities ?? null,
    real: d.real.u,
    outcomes: withOutcomes ? d.cloud.points.map((p) => ({ u: p.u, agreeable: p.agreeable })) : [],
  };
  return outcomeChartMarks(data, { left: f.left, top: f.top, width: f.width, height: f.height }, { markerScale });
}

/** One mark as SVG text; `opts.dots`: draw the frontier's points; `opts.thin`: the small multiples' lighter lines. */
export function markSvg(m: ChartMark, opts: { zone: string; thin?: boolean; dots?: boolean }): string {
  switch (m.kind) {
    case 'zone':
      return `<rect class="zopa" x="${n(m.x)}" y="${n(m.y)}" width="${n(m.w)}" height="${n(m.h)}" fill="${opts.zone}"/>`;
    case 'walk-away':
      return `<line x1="${n(m.x1)}" y1="${n(m.y1)}" x2="${n(m.x2)}" y2="${n(m.y2)}" stroke="${WALK}" stroke-width="1.4" stroke-dasharray="6 4"/>`;
    case 'frontier':
      return `<polyline class="frontier" points="${m.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${FRONTIER}" stroke-width="${opts.thin ? 1.4 : 2.2}" stroke-opacity="${opts.thin ? 0.7 : 1}" stroke-linejoin="round"/>`;
    case 'marker':
      if (m.role === 'outcome') return marker(m.shape, m.x, m.y, m.r, 'class="pt pt-ok" fill="#6f7a89" fill-opacity="0.55"');
      if (m.role === 'outcome-hollow') return marker(m.shape, m.x, m.y, m.r, 'class="pt pt-red" fill="none" stroke="#b3bac4" stroke-width="0.9"');
      if (m.role === 'frontier-dot') return opts.dots ? marker(m.shape, m.x, m.y, m.r, `class="fp" fill="${FRONTIER}"`) : '';
      if (m.role === 'nash') return marker(m.shape, m.x, m.y, m.r, `class="nash" fill="${NASH.fill}" stroke="${NASH.stroke}" stroke-width="1"`);
      if (m.role === 'real') return marker(m.shape, m.x, m.y, m.r, `class="real" fill="${REAL.fill}" stroke="${REAL.stroke}" stroke-width="1"`);
      return '';
    default:
      return '';
  }
}

/** The marks of `roles` (or kinds) as SVG text, in the shared chart's order. */
export function layer(marks: ChartMark[], which: (ChartMark['kind'] | string)[], opts: { zone: string; thin?: boolean; dots?: boolean }): string {
  return marks
    .filter((m) => which.includes(m.kind === 'marker' ? m.role : m.kind))
    .map((m) => markSvg(m, opts))
    .join('');
}

function walkAwayLabels(d: ReportData, f: Frame): string {
  const [r0, r1] = d.analysis.reservation;
  // The second at the left end, where few outcomes lie (walking away is worth something to side 0 too).
  return (
    text(f.x(r0) + 4, f.top + f.height - 6, `${d.c.sideIds[0]} walk-away ${two(r0)}`, `class="label halo" fill="${WALK}"`) +
    text(f.left + 4, f.y(r1) - 5, `${d.c.sideIds[1]} walk-away ${two(r1)}`, `class="label halo" fill="${WALK}"`)
  );
}

/**
 * Places point labels where they overlap neither each other nor the plot's edge: tries the four
 * corners around the point in turn. Text width is estimated (no DOM to measure with).
 */
function placeLabels(f: Frame, labels: { at: [number, number]; text: string; attrs: string }[]): string {
  const boxes: [number, number, number, number][] = [];
  let out = '';
  for (const l of labels) {
    const w = l.text.length * 6.4;
    const h = 13;
    const candidates: [number, number, 'start' | 'end'][] = [
      [l.at[0] + 10, l.at[1] - 9, 'start'],
      [l.at[0] - 10, l.at[1] - 9, 'end'],
      [l.at[0] + 10, l.at[1] + 18, 'start'],
      [l.at[0] - 10, l.at[1] + 18, 'end'],
    ];
    const box = ([x, y, anchor]: [number, number, 'start' | 'end']): [number, number, number, number] => [anchor === 'start' ? x : x - w, y - h + 3, w, h];
    const fits = (b: [number, number, number, number]) =>
      b[0] >= f.left &&
      b[0] + b[2] <= f.left + f.width &&
      b[1] >= f.top &&
      b[1] + b[3] <= f.top + f.height + 20 &&
      boxes.every((o) => b[0] + b[2] < o[0] || o[0] + o[2] < b[0] || b[1] + b[3] < o[1] || o[1] + o[3] < b[1]);
    const chosen = candidates.find((c) => fits(box(c))) ?? candidates[0];
    boxes.push(box(chosen));
    out += text(chosen[0], chosen[1], l.text, `class="label halo" text-anchor="${chosen[2]}" ${l.attrs}`);
  }
  return out;
}

/** One legend row: a symbol (SVG markup centred on (x+8, y)) and its text. */
function legendRow(x: number, y: number, symbol: string, label: string): string {
  return `<g class="legend-row">${symbol}${text(x + 24, y + 4, label, 'class="label"')}</g>`;
}

/** 1. The outcome space: every outcome (or the sample), frontier, Nash, walk-aways, the real deal. */
export function outcomeSpaceChart(d: ReportData): string {
  const W = 900;
  const H = 580;
  const f = frame(70, 16, 520, 520, [0, 1], [0, 1]);
  const [xTitle, yTitle] = axisTitles(d);
  const ok = d.cloud.points.filter((p) => p.agreeable);
  const marks = reportMarks(d, f, true);
  const opts = { zone: '#e7f4ea', dots: true };
  let s = svgOpen(
    W,
    H,
    `Outcome space of ${d.c.scenario.title}: ${d.cloud.points.length} outcomes, the Pareto frontier, the Nash point, the walk-away values and the real outcome`,
    'id="outcome-space-chart"',
  );
  s += layer(marks, ['zone'], opts);
  s += axes(f, { xTicks: ticks(0, 1, 0.1), yTicks: ticks(0, 1, 0.1), xLabel: xTitle, yLabel: yTitle });
  s += `<g class="outcomes" data-count="${d.cloud.points.length}">${layer(marks, ['outcome-hollow', 'outcome'], opts)}</g>`;
  s += `<g class="walk-away">${layer(marks, ['walk-away'], opts)}${walkAwayLabels(d, f)}</g>`;
  s += layer(marks, ['frontier'], opts);
  s += `<g class="frontier-points" data-count="${d.analysis.frontier.length}">${layer(marks, ['frontier-dot'], opts)}</g>`;
  s += layer(marks, ['real', 'nash'], opts);
  const labels: { at: [number, number]; text: string; attrs: string }[] = [];
  if (d.analysis.nash) {
    const u = d.analysis.nash.utilities;
    labels.push({ at: [f.x(u[0]), f.y(u[1])], text: `Nash ${two(u[0])} / ${two(u[1])}`, attrs: 'font-weight="700"' });
  }
  labels.push({ at: [f.x(d.real.u[0]), f.y(d.real.u[1])], text: `Real outcome ${two(d.real.u[0])} / ${two(d.real.u[1])}`, attrs: `font-weight="700" fill="${REAL.stroke}"` });
  s += placeLabels(f, labels);

  // Legend, to the right of the plot, with the chart's own markers.
  const lx = 620;
  let ly = 40;
  const row = (symbol: string, label: string) => {
    const r = legendRow(lx, ly, symbol, label);
    ly += 26;
    return r;
  };
  const sampled = d.cloud.sampled ? ' sampled' : '';
  s += text(lx, 22, 'Legend', 'class="axis-label"');
  s += row(marker('circle', lx + 8, ly, 3, 'fill="#6f7a89" fill-opacity="0.55"'), `outcome within both red lines (${ok.length}${sampled})`);
  s += row(marker('circle', lx + 8, ly, 3, 'fill="none" stroke="#b3bac4" stroke-width="0.9"'), `outcome crossing a red line (${d.cloud.points.length - ok.length}${sampled})`);
  s += row(
    `<line x1="${lx}" y1="${ly}" x2="${lx + 16}" y2="${ly}" stroke="${FRONTIER}" stroke-width="2.2"/>${marker(MARKS['frontier-dot'].shape, lx + 8, ly, 2.8, `fill="${FRONTIER}"`)}`,
    `Pareto frontier (${d.analysis.frontier.length} points)`,
  );
  s += row(marker(MARKS.nash.shape, lx + 8, ly, 6.5, `fill="${NASH.fill}" stroke="${NASH.stroke}"`), d.analysis.nash ? 'Nash bargaining point' : 'Nash point: none (no zone of agreement)');
  s += row(marker(MARKS.real.shape, lx + 8, ly, 6.5, `fill="${REAL.fill}" stroke="${REAL.stroke}"`), 'real outcome (from the debrief)');
  s += row(`<line x1="${lx}" y1="${ly}" x2="${lx + 16}" y2="${ly}" stroke="${WALK}" stroke-width="1.4" stroke-dasharray="6 4"/>`, 'walk-away value of a side');
  s += row(`<rect x="${lx}" y="${ly - 7}" width="16" height="14" fill="#e7f4ea" stroke="#b9d8c0"/>`, 'better than both walk-aways');
  ly += 8;
  const note = d.cloud.sampled
    ? [`An evenly spread sample of ${grouped(BigInt(d.cloud.points.length))}`, `of ${grouped(d.cloud.total)} outcomes is shown.`]
    : [`All ${d.cloud.points.length} outcomes are shown.`];
  for (const t of note) {
    s += text(lx, ly, t, 'class="small"');
    ly += 14;
  }
  return `${s}</svg>`;
}
