/**
 * The outcome chart: every deal (up to a limit) placed by its utility to each side, the Pareto
 * frontier, the Nash point, both walk-aways and the real outcome. Plain SVG built with the DOM.
 */
import type { ScenarioAnalysis } from '../engine/analysis/scenario-analysis.ts';
import { realOutcome, type CompiledScenario } from '../engine/scenario/compile.ts';
import { utilitiesOf } from '../engine/model/domain.ts';
import { MARKS } from '../charts/outcome-chart.ts';
import { shapeOutline } from '../charts/shapes.ts';

const NS = 'http://www.w3.org/2000/svg';
const SIZE = 300;
const PAD = 34;
/** Past this many deals only the frontier and the points are drawn: the cloud would cost more than it shows. */
const CLOUD_LIMIT = 4000;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}

const x = (u: number) => PAD + u * (SIZE - PAD - 8);
const y = (u: number) => SIZE - PAD - u * (SIZE - PAD - 8);

function cloud(c: CompiledScenario): [number, number][] {
  const counts = c.domain.optionIds.map((o) => o.length);
  const total = counts.reduce((a, b) => a * b, 1);
  if (total > CLOUD_LIMIT) return [];
  const out: [number, number][] = [];
  const outcome = counts.map(() => 0);
  for (let n = 0; n < total; n++) {
    let rest = n;
    for (let i = counts.length - 1; i >= 0; i--) {
      outcome[i] = rest % counts[i];
      rest = Math.floor(rest / counts[i]);
    }
    if (outcome.every((k, i) => !c.forbidden[0][i][k] && !c.forbidden[1][i][k])) out.push(utilitiesOf(c.domain, outcome));
  }
  return out;
}

export function outcomeChart(c: CompiledScenario, a: ScenarioAnalysis): SVGSVGElement {
  const [s0, s1] = c.sideIds;
  const grid = [0, 0.25, 0.5, 0.75, 1].flatMap((t) => [
    svg('line', { x1: x(t), y1: y(0), x2: x(t), y2: y(1), class: 'grid' }),
    svg('line', { x1: x(0), y1: y(t), x2: x(1), y2: y(t), class: 'grid' }),
    svg('text', { x: x(t), y: SIZE - PAD + 14, 'text-anchor': 'middle', class: 'tick' }, String(t)),
    svg('text', { x: PAD - 6, y: y(t) + 4, 'text-anchor': 'end', class: 'tick' }, String(t)),
  ]);
  const [r0, r1] = c.domain.reservation;
  const frontier = a.frontier.map((p) => `${x(p.utilities[0]).toFixed(1)},${y(p.utilities[1]).toFixed(1)}`).join(' ');
  const real = utilitiesOf(c.domain, realOutcome(c));
  // The same markers as every other outcome chart (src/charts): ◆ Nash, ■ real outcome.
  const mark = (role: 'nash' | 'real', u: readonly [number, number], title: string) => {
    const m = MARKS[role];
    const pts = shapeOutline(m.shape, x(u[0]), y(u[1]), m.r) ?? [];
    return svg('polygon', { points: pts.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' '), class: role }, svg('title', {}, `${title}: ${u[0].toFixed(2)} / ${u[1].toFixed(2)}`));
  };
  return svg(
    'svg',
    { viewBox: `0 0 ${SIZE} ${SIZE}`, class: 'wb-chart', role: 'img', 'aria-label': `Outcome chart: ${s0} across, ${s1} up; ${a.frontier.length} frontier deals` },
    ...grid,
    svg('rect', { x: x(r0), y: y(1), width: Math.max(0, x(1) - x(r0)), height: Math.max(0, y(r1) - y(1)), class: 'zone' }),
    ...cloud(c).map((u) => svg('circle', { cx: x(u[0]).toFixed(1), cy: y(u[1]).toFixed(1), r: 2, class: 'deal' })),
    svg('line', { x1: x(r0), y1: y(0), x2: x(r0), y2: y(1), class: 'walk' }),
    svg('line', { x1: x(0), y1: y(r1), x2: x(1), y2: y(r1), class: 'walk' }),
    svg('polyline', { points: frontier, class: 'frontier' }),
    mark('real', real, 'Real outcome'),
    ...(a.nash ? [mark('nash', a.nash.utilities, 'Nash point')] : []),
    svg('text', { x: (x(0) + x(1)) / 2, y: SIZE - 4, 'text-anchor': 'middle', class: 'axis-label' }, `${s0} →`),
    svg('text', { x: 10, y: (y(0) + y(1)) / 2, transform: `rotate(-90 10 ${(y(0) + y(1)) / 2})`, 'text-anchor': 'middle', class: 'axis-label' }, `${s1} →`),
  );
}
