/**
 * The debrief's chart column: the plain-words explanation of each mark beside the outcome chart,
 * the legend, and both charts' text alternatives (a short description on the chart, the numbers
 * in a table a screen reader or a curious student can open).
 */
import { utilityPoints, type DebriefView } from '../../../engine/index.ts';
import { MARGIN, MARKERS } from '../../ui/charts.ts';
import { el, points } from '../../ui/dom.ts';
import { t } from '../../ui/strings/index.ts';
import { CSS_COLOR } from '../../ui/theme.ts';
import { sideColor } from '../../ui/emblem.ts';
import * as session from '../../session.ts';

const pts = utilityPoints;
const SWATCH: Record<string, string> = { dot: '●', line: '━', diamond: '◆', star: '★', square: '■', cross: '✚', triangle: '▲' };

function legend(d: DebriefView, shape: string, color: number, label: string, value: readonly [number, number] | null, testid: string): HTMLElement {
  return el(
    'li',
    { testid },
    el('span', { class: `swatch ${shape}`, style: { color: CSS_COLOR(color) }, 'aria-hidden': 'true' }, SWATCH[shape] ?? '●'),
    el('span', null, label),
    value ? el('span', { class: 'legend-value', title: t.worthTo(pts(value[0]), d.me, pts(value[1]), d.them) }, `${pts(value[0])} / ${pts(value[1])}`) : null,
  );
}

function axisTicks(axis: 'x' | 'y'): HTMLElement[] {
  return [0, 25, 50, 75, 100].map((v) =>
    el(
      'span',
      {
        class: `tick ${axis}`,
        'aria-hidden': 'true',
        style:
          axis === 'x'
            ? { left: `calc(${MARGIN.left}px + (100% - ${MARGIN.left + MARGIN.right}px) * ${v / 100})`, bottom: `${MARGIN.bottom - 22}px` }
            : { bottom: `calc(${MARGIN.bottom}px + (100% - ${MARGIN.top + MARGIN.bottom}px) * ${v / 100})`, left: '4px' },
      },
      String(v),
    ),
  );
}

/** A chart's numbers as a table, behind a disclosure so the page stays short. */
function dataTable(testid: string, summary: string, head: string[], rows: (string | number)[][]): HTMLElement {
  return el(
    'details',
    { class: 'chart-data', testid },
    el('summary', null, summary),
    el(
      'table',
      { class: 'compare-table' },
      el('thead', null, el('tr', null, ...head.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', null, ...rows.map(([first, ...rest]) => el('tr', null, el('th', { scope: 'row' }, String(first)), ...rest.map((c) => el('td', null, String(c)))))),
    ),
  );
}

/** The outcome chart's marks as rows: what each is worth to each side. */
function outcomeRows(d: DebriefView, showReal: boolean): string[][] {
  const row = (label: string, u: readonly [number, number]) => [label, pts(u[0]), pts(u[1])];
  return [
    d.chart.myDeal ? row(t.yourDeal, d.chart.myDeal) : null,
    d.chart.nash ? row(t.fairSplit, d.chart.nash) : null,
    showReal ? row(d.realLabel ?? t.realDeal, d.chart.real) : null,
    row(t.walkAwayMark, d.chart.walkAway),
    d.betterForBoth ? [t.betterDealRow, points(d.betterForBoth.my), points(d.betterForBoth.their)] : null,
    ...[...d.chart.frontier].sort((a, b) => a[0] - b[0]).map((u, i) => row(t.frontierDeal(i + 1), u)),
  ].filter((r): r is string[] => r !== null);
}

export function chartSection(d: DebriefView, side: number, showReal: boolean): HTMLElement {
  const mine = d.path.filter((p) => p.by === 'me').length;
  return el(
    'section',
    { class: 'charts', 'data-panel': 'panel' },
    el('h2', { id: 'chart-heading' }, t.everyPossibleDeal),
    el(
      'div',
      { class: 'chart scatter', 'data-chart': 'outcomes', role: 'img', 'aria-label': t.scatterLabel(d.chart.all.length, d.them), 'aria-describedby': 'chart-explained' },
      ...axisTicks('x'),
      ...axisTicks('y'),
      el('span', { class: 'axis-label x', 'aria-hidden': 'true' }, t.axisValueToYou(d.me)),
      el('span', { class: 'axis-label y', 'aria-hidden': 'true' }, t.axisValueToThem(d.them)),
    ),
    el('p', { class: 'legend-note muted' }, t.valuesOutOf100(d.me, d.them)),
    el(
      'ul',
      { class: 'legend-list', testid: 'chart-legend' },
      legend(d, 'dot', MARKERS.all.color, t.possibleDeals(d.chart.all.length, d.chart.sampled), null, 'legend-all'),
      legend(d, 'line', MARKERS.frontier.color, t.paretoFrontier, null, 'legend-frontier'),
      legend(d, 'star', MARKERS.myDeal.color, d.chart.myDeal ? t.yourDeal : t.yourDealNone, d.chart.myDeal, 'legend-my-deal'),
      legend(d, 'diamond', MARKERS.nash.color, t.fairSplit, d.chart.nash, 'legend-nash'),
      showReal ? legend(d, 'square', MARKERS.real.color, d.realLabel ?? t.realDeal, d.chart.real, 'legend-real') : null,
      legend(d, 'cross', MARKERS.walkAway.color, t.walkAwayMark, d.chart.walkAway, 'legend-walk-away'),
    ),
    d.distances
      ? el(
          'p',
          { class: 'muted small', testid: 'distances' },
          t.fromFrontier(pts(d.distances.toFrontier)),
          d.distances.toNash !== null ? t.andFromNash(pts(d.distances.toNash)) : t.fullStop,
          d.distances.toFrontier < 0.005 ? t.onFrontier : t.offFrontier,
        )
      : null,
    el('h2', null, t.yourPath),
    el(
      'div',
      { class: 'chart path', 'data-chart': 'path', role: 'img', 'aria-label': t.pathLabel(d.path.length) },
      ...axisTicks('y'),
      el('span', { class: 'axis-label x', 'aria-hidden': 'true' }, t.proposalsInOrder(d.path.length)),
    ),
    el(
      'ul',
      { class: 'legend-list inline' },
      legend(d, 'triangle', sideColor(session.scenario().scenario.sides, side), t.yourProposals(mine), null, 'legend-path-me'),
      legend(d, 'dot', sideColor(session.scenario().scenario.sides, side === 0 ? 1 : 0), t.theirProposals(d.them, d.path.length - mine), null, 'legend-path-them'),
      el('li', { class: 'muted' }, t.pathNote),
    ),
  );
}

/**
 * Beside the charts, at the top of the debrief's reading column: what each mark means in one
 * line, the caveat on the points, and both charts as tables (their text alternative). Under the
 * chart they would push it out of its panel, which does not scroll.
 */
export function chartReading(d: DebriefView, showReal: boolean): HTMLElement {
  return el(
    'section',
    { class: 'chart-reading' },
    el('h2', null, t.readingTheChart),
    el('ul', { class: 'chart-explained', id: 'chart-explained', testid: 'chart-explained' }, el('li', null, t.explainFrontier), el('li', null, t.explainNash), el('li', null, t.explainWalkAway)),
    el('p', { class: 'muted small', testid: 'points-caveat' }, t.pointsCaveat),
    dataTable('outcome-table', t.asTable(t.everyPossibleDeal), [t.tableDeal, t.tablePointsFor(`${t.tableYou} (${d.me})`), t.tablePointsFor(d.them)], outcomeRows(d, showReal)),
    dataTable(
      'path-table',
      t.asTable(t.yourPath),
      [t.tableProposal, t.tableRound, t.tableBy, t.tablePointsFor(t.tableYou)],
      d.path.map((p, i) => [String(i + 1), String(p.round), p.by === 'me' ? t.compareYou : d.them, pts(p.my)]),
    ),
  );
}
