/**
 * The class outcome chart: every student's deal in utility space (the scenario's first side → x,
 * the second → y), with the Pareto frontier, the Nash point, the real outcome and the walk-away
 * lines. SVG built with DOM calls only (names come from untrusted codes: they go in as text).
 * Colours come from CSS classes, so the print stylesheet can redraw it for paper; every series
 * also has its own shape.
 */
import { formatPoints, utilityPoints, type ClassStatistics, type CompiledScenario } from '../engine/index.ts';
import { groupDeals, outcomeChartMarks, plotScale, type ChartMark } from '../charts/outcome-chart.ts';
import { el } from '../game/ui/dom.ts';

const NS = 'http://www.w3.org/2000/svg';
const W = 520;
const H = 440;
const M = { left: 54, right: 16, top: 16, bottom: 46 };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}

const PLOT = { left: M.left, top: M.top, width: W - M.left - M.right, height: H - M.top - M.bottom };
const { x: px, y: py } = plotScale(PLOT);
const pair = (u: readonly [number, number]) => `${utilityPoints(u[0])} / ${utilityPoints(u[1])}`;

/** One mark of the shared outcome chart (charts/outcome-chart.ts) as SVG; colours come from the CSS class. */
function drawMark(m: ChartMark): SVGElement | null {
  switch (m.kind) {
    case 'zone':
      return svg('rect', { x: m.x, y: m.y, width: m.w, height: m.h, class: 'zone' });
    case 'grid':
    case 'axis':
    case 'walk-away':
      return svg('line', { x1: m.x1, y1: m.y1, x2: m.x2, y2: m.y2, class: m.kind === 'walk-away' ? 'walkaway' : m.kind });
    case 'frontier':
      return svg('polyline', { points: m.points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '), class: 'frontier' });
    case 'marker': {
      const shape = m.outline ? svg('polygon', { points: m.outline.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ') }) : svg('circle', { cx: m.x, cy: m.y, r: m.r });
      if (m.role === 'frontier-dot') return svg('circle', { cx: m.x, cy: m.y, r: m.r, class: 'frontier-dot' });
      if (m.role === 'nash') return svg('g', { class: 'nash' }, shape, svg('title', {}, `Nash point: ${pair(m.u)}`));
      if (m.role === 'real') return svg('g', { class: 'real' }, shape, svg('title', {}, `What really happened: ${pair(m.u)}`));
      if (m.role !== 'deal') return null;
      const names = m.names ?? [];
      // A deal whose game ended on other values (its news differed) is measured against its own frontier: drawn hollow.
      const other = m.otherValues === true;
      const title = `${names.join(', ')}: ${pair(m.u)}${other ? ' (the news changed this game’s values differently: its own frontier differs)' : ''}`;
      const g = svg('g', { class: other ? 'deal other-values' : 'deal', 'data-testid': 'chart-deal' }, shape, svg('title', {}, title));
      if (names.length > 1) g.append(svg('text', { x: m.x + 9, y: m.y - 7, class: 'deal-count' }, `×${names.length}`));
      return g;
    }
  }
}

export function classChart(c: CompiledScenario, stats: ClassStatistics): { figure: HTMLElement; legend: HTMLElement } {
  const [a, b] = c.scenario.sides.map((s) => s.name);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'class-chart', role: 'img', 'data-testid': 'class-chart' });
  const agreed = stats.deals.filter((d) => d.agreed);
  const agreedCount = agreed.length;
  root.append(
    svg(
      'title',
      {},
      `Class outcome chart: ${agreedCount} deal${agreedCount === 1 ? '' : 's'} among ${stats.games} game${stats.games === 1 ? '' : 's'}, points for ${a} across and ${b} up, with the Pareto frontier, the Nash point and what really happened.`,
    ),
  );
  const [wx, wy] = stats.analysis.reservation;
  const nash = stats.analysis.nash?.utilities ?? null;
  const real = stats.realUtilities;
  const marks = outcomeChartMarks(
    {
      walkAway: [wx, wy],
      frontier: stats.analysis.frontier.map((p) => p.utilities),
      nash,
      real,
      deals: groupDeals(agreed.map((d) => ({ u: d.utilities, name: d.name, otherValues: !d.chartValues }))),
    },
    PLOT,
    { grid: 4 },
  );
  for (const m of marks) {
    const node = drawMark(m);
    if (node) root.append(node);
  }
  // Tick labels in points, and the axis titles (the y title runs up the left edge).
  for (let k = 0; k <= 4; k++) {
    const t = k / 4;
    root.append(
      svg('text', { x: px(t), y: py(0) + 18, class: 'tick', 'text-anchor': 'middle' }, formatPoints(t * 100)),
      svg('text', { x: px(0) - 8, y: py(t) + 4, class: 'tick', 'text-anchor': 'end' }, formatPoints(t * 100)),
    );
  }
  root.append(
    svg('text', { x: px(1), y: H - 8, class: 'axis-title', 'text-anchor': 'end' }, `${a}: points →`),
    svg('text', { x: 0, y: 0, class: 'axis-title', 'text-anchor': 'end', transform: `translate(16 ${py(1)}) rotate(-90)` }, `${b}: points →`),
  );
  const noDeal = stats.games - agreedCount;
  const legend = el(
    'ul',
    { class: 'chart-legend' },
    el(
      'li',
      { testid: 'legend-deals' },
      el('span', { class: 'sw sw-deal', 'aria-hidden': 'true' }, '●'),
      `Students’ deals: ${agreedCount}`,
      noDeal ? el('span', { class: 'muted' }, ` (${noDeal} without a deal)`) : null,
    ),
    el('li', null, el('span', { class: 'sw sw-frontier', 'aria-hidden': 'true' }, '━'), 'Pareto frontier: no deal beats these for both sides'),
    stats.values.others
      ? el(
          'li',
          { testid: 'legend-other-values' },
          el('span', { class: 'sw sw-deal', 'aria-hidden': 'true' }, '○'),
          `${stats.values.others} game${stats.values.others === 1 ? '' : 's'} ended with other values (the news changed them differently), so ${stats.values.others === 1 ? 'its' : 'their'} frontier differs; the table measures each game against its own`,
        )
      : null,
    nash ? el('li', { testid: 'legend-nash' }, el('span', { class: 'sw sw-nash', 'aria-hidden': 'true' }, '◆'), `Nash point ${pair(nash)}`) : null,
    el('li', { testid: 'legend-real' }, el('span', { class: 'sw sw-real', 'aria-hidden': 'true' }, '■'), `What really happened ${pair(real)}`),
    el('li', null, el('span', { class: 'sw sw-walk', 'aria-hidden': 'true' }, '┆'), `Walk-away ${pair([wx, wy])}`),
  );
  const figure = el('figure', { class: 'chart-figure' });
  figure.append(root);
  return { figure, legend };
}
