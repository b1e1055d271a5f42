/**
 * The class outcome chart: every student's deal in utility space (the scenario's first side → x,
 * the second → y), with the Pareto frontier, the Nash point, the real outcome and the walk-away
 * lines. SVG built with DOM calls only (names come from untrusted codes: they go in as text).
 * Colours come from CSS classes, so the print stylesheet can redraw it for paper; every series
 * also has its own shape.
 */
import type { ClassStatistics, CompiledScenario } from '../engine/index.ts';
import { el, points } from '../game/ui/dom.ts';

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

const px = (u: number) => M.left + u * (W - M.left - M.right);
const py = (u: number) => H - M.bottom - u * (H - M.top - M.bottom);
const pair = (u: readonly [number, number]) => `${points(u[0] * 100)} / ${points(u[1] * 100)}`;

function diamond(x: number, y: number, r: number, cls: string): SVGElement {
  return svg('polygon', { points: `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`, class: cls });
}

/** Deals at the same point (the same dice and the same moves) are drawn once, with a count. */
function groupDeals(stats: ClassStatistics) {
  const groups = new Map<string, { u: [number, number]; names: string[]; chartValues: boolean }>();
  for (const d of stats.deals) {
    if (!d.agreed) continue;
    const key = `${d.utilities.map((u) => Math.round(u * 1000)).join(',')}${d.chartValues ? '' : '*'}`;
    const g = groups.get(key) ?? { u: d.utilities, names: [], chartValues: d.chartValues };
    g.names.push(d.name);
    groups.set(key, g);
  }
  return [...groups.values()];
}

export function classChart(c: CompiledScenario, stats: ClassStatistics): { figure: HTMLElement; legend: HTMLElement } {
  const [a, b] = c.scenario.sides.map((s) => s.name);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'class-chart', role: 'img', 'data-testid': 'class-chart' });
  const deals = groupDeals(stats);
  const agreedCount = stats.deals.filter((d) => d.agreed).length;
  root.append(
    svg(
      'title',
      {},
      `Class outcome chart: ${agreedCount} deal${agreedCount === 1 ? '' : 's'} among ${stats.games} game${stats.games === 1 ? '' : 's'}, points for ${a} across and ${b} up, with the Pareto frontier, the Nash point and what really happened.`,
    ),
  );
  // Deals both sides prefer to walking away.
  const [wx, wy] = stats.analysis.reservation;
  root.append(svg('rect', { x: px(wx), y: py(1), width: px(1) - px(wx), height: py(wy) - py(1), class: 'zone' }));
  for (let k = 0; k <= 4; k++) {
    const t = k / 4;
    root.append(
      svg('line', { x1: px(t), y1: py(0), x2: px(t), y2: py(1), class: 'grid' }),
      svg('line', { x1: px(0), y1: py(t), x2: px(1), y2: py(t), class: 'grid' }),
      svg('text', { x: px(t), y: py(0) + 18, class: 'tick', 'text-anchor': 'middle' }, String(t * 100)),
      svg('text', { x: px(0) - 8, y: py(t) + 4, class: 'tick', 'text-anchor': 'end' }, String(t * 100)),
    );
  }
  root.append(
    svg('line', { x1: px(0), y1: py(0), x2: px(1), y2: py(0), class: 'axis' }),
    svg('line', { x1: px(0), y1: py(0), x2: px(0), y2: py(1), class: 'axis' }),
    svg('text', { x: px(1), y: H - 8, class: 'axis-title', 'text-anchor': 'end' }, `${a}: points →`),
    // The y title runs up the left edge.
    svg('text', { x: 0, y: 0, class: 'axis-title', 'text-anchor': 'end', transform: `translate(16 ${py(1)}) rotate(-90)` }, `${b}: points →`),
  );
  root.append(
    svg('line', { x1: px(wx), y1: py(0), x2: px(wx), y2: py(1), class: 'walkaway' }),
    svg('line', { x1: px(0), y1: py(wy), x2: px(1), y2: py(wy), class: 'walkaway' }),
  );
  const frontier = [...stats.analysis.frontier].map((p) => p.utilities).sort((p, q) => p[0] - q[0]);
  root.append(svg('polyline', { points: frontier.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' '), class: 'frontier' }));
  for (const [x, y] of frontier) root.append(svg('circle', { cx: px(x), cy: py(y), r: 2.5, class: 'frontier-dot' }));
  const real = stats.realUtilities;
  root.append(svg('rect', { x: px(real[0]) - 6, y: py(real[1]) - 6, width: 12, height: 12, class: 'real' }, svg('title', {}, `What really happened: ${pair(real)}`)));
  const nash = stats.analysis.nash?.utilities;
  if (nash) root.append(svg('g', {}, diamond(px(nash[0]), py(nash[1]), 8, 'nash'), svg('title', {}, `Nash point: ${pair(nash)}`)));
  for (const d of deals) {
    const x = px(d.u[0]);
    const y = py(d.u[1]);
    // A deal whose game ended on other values (its news differed) is measured against its own frontier: drawn hollow.
    const g = svg(
      'g',
      { class: d.chartValues ? 'deal' : 'deal other-values', 'data-testid': 'chart-deal' },
      svg('circle', { cx: x, cy: y, r: d.names.length > 1 ? 7 : 5.5 }),
      svg('title', {}, `${d.names.join(', ')}: ${pair(d.u)}${d.chartValues ? '' : ' (the news changed this game’s values differently: its own frontier differs)'}`),
    );
    if (d.names.length > 1) g.append(svg('text', { x: x + 9, y: y - 7, class: 'deal-count' }, `×${d.names.length}`));
    root.append(g);
  }
  const noDeal = stats.games - agreedCount;
  const legend = el(
    'ul',
    { class: 'chart-legend' },
    el('li', { testid: 'legend-deals' }, el('span', { class: 'sw sw-deal', 'aria-hidden': 'true' }, '●'), `Students’ deals: ${agreedCount}`, noDeal ? el('span', { class: 'muted' }, ` (${noDeal} without a deal)`) : null),
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
