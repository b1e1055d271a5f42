/**
 * The class outcome chart: every student's deal in utility space (the scenario's first side → x,
 * the second → y), with the Pareto frontier, the Nash point, the real outcome and the walk-away
 * lines. SVG built with DOM calls only (names come from untrusted codes: they go in as text).
 * Colours come from CSS classes, so the print stylesheet can redraw it for paper; every series
 * also has its own shape.
 */
import type { ClassStatistics, CompiledScenario } from '../engine/index.ts';
import { groupDeals, outcomeChartMarks, plotScale, type ChartMark } from '../charts/outcome-chart.ts';
import { el } from '../game/ui/dom.ts';
import { num, pointsText, tt } from './strings/index.ts';
import { nameText } from './words.ts';

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
const pair = (u: readonly [number, number]) => `${pointsText(u[0])} / ${pointsText(u[1])}`;

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
      if (m.role === 'nash') return svg('g', { class: 'nash' }, shape, svg('title', {}, tt.chartNash(pair(m.u))));
      if (m.role === 'real') return svg('g', { class: 'real' }, shape, svg('title', {}, tt.chartReal(pair(m.u))));
      if (m.role !== 'deal') return null;
      const names = (m.names ?? []).map(nameText);
      // A deal whose game ended on other values (its news differed) is measured against its own frontier: drawn hollow.
      const other = m.otherValues === true;
      const title = `${names.join(', ')}: ${pair(m.u)}${other ? tt.otherValuesNote : ''}`;
      const g = svg('g', { class: other ? 'deal other-values' : 'deal', 'data-testid': 'chart-deal' }, shape, svg('title', {}, title));
      if (names.length > 1) g.append(svg('text', { x: m.x + 9, y: m.y - 7, class: 'deal-count' }, `×${names.length}`));
      return g;
    }
  }
}

/** The chart's text alternative: every mark's points in a table a screen reader (or anyone) can open. */
function dataTable(c: CompiledScenario, stats: ClassStatistics, nash: readonly [number, number] | null, real: readonly [number, number], walk: readonly [number, number]): HTMLElement {
  const [a, b] = c.scenario.sides.map((s) => s.name);
  const row = (label: string, u: readonly [number, number]) => el('tr', null, el('th', { scope: 'row' }, label), el('td', null, pointsText(u[0])), el('td', null, pointsText(u[1])));
  return el(
    'figcaption',
    null,
    el(
      'details',
      { class: 'chart-data', testid: 'class-chart-table' },
      el('summary', null, tt.chartAsTable),
      el(
        'table',
        null,
        el('thead', null, el('tr', null, el('th', { scope: 'col' }, tt.deal), el('th', { scope: 'col' }, tt.pointsFor(a)), el('th', { scope: 'col' }, tt.pointsFor(b)))),
        el(
          'tbody',
          null,
          ...stats.deals.filter((d) => d.agreed).map((d) => row(nameText(d.name), d.utilities)),
          nash ? row(tt.nashFair, nash) : null,
          row(c.scenario.debrief.realLabel ?? tt.whatReallyHappened, real),
          row(tt.walkAwayNoDeal, walk),
        ),
      ),
    ),
  );
}

export function classChart(c: CompiledScenario, stats: ClassStatistics): { figure: HTMLElement; legend: HTMLElement } {
  const [a, b] = c.scenario.sides.map((s) => s.name);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'class-chart', role: 'img', 'data-testid': 'class-chart' });
  const agreed = stats.deals.filter((d) => d.agreed);
  const agreedCount = agreed.length;
  root.append(svg('title', {}, tt.chartDescription(agreedCount, stats.games, a, b)));
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
      svg('text', { x: px(t), y: py(0) + 18, class: 'tick', 'text-anchor': 'middle' }, num(t * 100, 1)),
      svg('text', { x: px(0) - 8, y: py(t) + 4, class: 'tick', 'text-anchor': 'end' }, num(t * 100, 1)),
    );
  }
  root.append(
    svg('text', { x: px(1), y: H - 8, class: 'axis-title', 'text-anchor': 'end' }, tt.axis(a)),
    svg('text', { x: 0, y: 0, class: 'axis-title', 'text-anchor': 'end', transform: `translate(16 ${py(1)}) rotate(-90)` }, tt.axis(b)),
  );
  const noDeal = stats.games - agreedCount;
  const legend = el(
    'ul',
    { class: 'chart-legend' },
    el(
      'li',
      { testid: 'legend-deals' },
      el('span', { class: 'sw sw-deal', 'aria-hidden': 'true' }, '●'),
      tt.legendDeals(agreedCount),
      noDeal ? el('span', { class: 'muted' }, tt.legendNoDeal(noDeal)) : null,
    ),
    el('li', null, el('span', { class: 'sw sw-frontier', 'aria-hidden': 'true' }, '━'), tt.legendFrontier),
    stats.values.others ? el('li', { testid: 'legend-other-values' }, el('span', { class: 'sw sw-deal', 'aria-hidden': 'true' }, '○'), tt.legendOtherValues(stats.values.others)) : null,
    nash ? el('li', { testid: 'legend-nash' }, el('span', { class: 'sw sw-nash', 'aria-hidden': 'true' }, '◆'), tt.legendNash(pair(nash))) : null,
    el('li', { testid: 'legend-real' }, el('span', { class: 'sw sw-real', 'aria-hidden': 'true' }, '■'), `${c.scenario.debrief.realLabel ?? tt.whatReallyHappened} ${pair(real)}`),
    el('li', null, el('span', { class: 'sw sw-walk', 'aria-hidden': 'true' }, '┆'), tt.legendWalk(pair([wx, wy]))),
  );
  const figure = el('figure', { class: 'chart-figure' });
  figure.append(root, dataTable(c, stats, nash, real, [wx, wy]));
  return { figure, legend };
}
