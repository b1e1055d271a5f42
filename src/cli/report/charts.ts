/**
 * The report's per-pair pictures, each a function from ReportData to inline SVG markup: where
 * each strategy pair's deals land, agreements by round, and how often each option is agreed
 * (the outcome space itself is outcome-space.ts). Side 0's utility is always x and side 1's
 * always y, on a fixed 0–1 scale, so every chart in the report can be compared with every other.
 * Each strategy pair has its own colour AND its own shape (never colour alone); the shapes of the
 * shared outcome chart (◆ Nash, ■ real outcome) are kept for those.
 */
import type { ReportData, PairRun, Point } from './data.ts';
import { esc } from './html.ts';
import { FRONTIER, NASH, REAL, WALK, layer, reportMarks, two } from './outcome-space.ts';
import { MARKS } from '../../charts/outcome-chart.ts';
import { axes, cloudPath, frame, line, marker, n, svgOpen, text, ticks, type Shape } from './svg.ts';

export { grouped, outcomeSpaceChart } from './outcome-space.ts';

/** Okabe–Ito colours (safe for colour-blind readers), each paired with a shape. */
const PAIR_STYLES: { colour: string; shape: Shape }[] = [
  { colour: '#1d2430', shape: 'circle' },
  { colour: '#0072b2', shape: 'star' },
  { colour: '#d55e00', shape: 'triangle' },
  { colour: '#009e73', shape: 'triangle-down' },
  { colour: '#cc79a7', shape: 'hexagon' },
  { colour: '#e69f00', shape: 'plus' },
  { colour: '#56b4e9', shape: 'cross' },
];
// Diamond and square are the Nash point's and the real outcome's, so no pair borrows them.

export function pairStyle(index: number): { colour: string; shape: Shape } {
  return PAIR_STYLES[index % PAIR_STYLES.length];
}

export function pairLabel(d: ReportData, p: PairRun): string {
  return `${d.c.sideIds[0]} ${p.report.players[0]} vs ${d.c.sideIds[1]} ${p.report.players[1]}`;
}

/** A pair's marker alone, as a little inline SVG key for headings, tables and legends. */
export function pairKey(index: number, size = 14): string {
  const s = pairStyle(index);
  return `<svg class="key" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" aria-hidden="true">${marker(s.shape, size / 2, size / 2, size * 0.34, `fill="${s.colour}"`)}</svg>`;
}

const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;

const CLOUD_ID = 'deal-cloud';

/** Marker radius for a deal point reached in `count` of `games` games: area ∝ count. */
function dealRadius(count: number, games: number): number {
  return 2.6 + 9 * Math.sqrt(count / Math.max(1, games));
}

/** 2. Small multiples: one mini outcome space per pair, its agreements drawn over the faint cloud. */
export function dealsChart(d: ReportData, p: PairRun, index: number): string {
  const f = frame(46, 10, 250, 250, [0, 1], [0, 1]);
  const style = pairStyle(index);
  const agreements = p.report.outcomes.agreement;
  let s = svgOpen(310, 300, `Where the deals of ${pairLabel(d, p)} land: ${agreements} agreements in ${p.report.games} games`, `class="deals" data-pair="${index}"`);
  const marks = reportMarks(d, f, false, 0.75);
  const opts = { zone: '#f0f7f1', thin: true };
  s += layer(marks, ['zone'], opts);
  s += axes(f, { xTicks: ticks(0, 1, 0.25), yTicks: ticks(0, 1, 0.25), format: (v) => v.toFixed(2), xLabel: `${d.c.sideIds[0]} utility →`, yLabel: `${d.c.sideIds[1]} utility →` });
  // Every mini chart has the same frame, hence the same cloud: drawn once in the first chart and
  // reused by the others (a sampled cloud is thousands of points; seven copies would triple the file).
  s +=
    index === 0
      ? cloudPath(
          d.cloud.points.map((q) => [f.x(q.u[0]), f.y(q.u[1])] as const),
          1.8,
          `id="${CLOUD_ID}" class="cloud" fill="#b8bfc9"`,
        )
      : `<use href="#${CLOUD_ID}"/>`;
  s += `<g class="walk-away">${layer(marks, ['walk-away'], opts)}</g>`;
  s += layer(marks, ['frontier'], opts);
  s += `<g class="deal-points" data-count="${p.deals.length}">`;
  for (const deal of p.deals)
    s += marker(style.shape, f.x(deal.u[0]), f.y(deal.u[1]), dealRadius(deal.count, p.report.games), `class="deal" fill="${style.colour}" fill-opacity="0.72" stroke="#fff" stroke-width="0.8"`);
  s += '</g>';
  // The reference points go on top: deals are many and translucent, the diamond and square are two.
  s += layer(marks, ['real', 'nash'], opts);
  // The most frequent deals get their game count, so the sizes can be read as numbers; a count
  // that would overlap one already written is left out rather than made unreadable.
  const written: [number, number][] = [];
  for (const deal of p.deals.slice(0, 3)) {
    if (deal.count < 2 || deal.count / p.report.games < 0.1) continue;
    const x = f.x(deal.u[0]) + dealRadius(deal.count, p.report.games) + 3;
    const y = f.y(deal.u[1]) + 4;
    if (written.some(([wx, wy]) => Math.abs(wx - x) < 26 && Math.abs(wy - y) < 12)) continue;
    written.push([x, y]);
    s += text(x, y, `×${deal.count}`, 'class="label halo" font-size="10"');
  }
  if (agreements === 0) s += text(f.left + f.width / 2, f.top + f.height / 2, 'no agreements', 'class="label halo" text-anchor="middle"');
  return `${s}</svg>`;
}

/** The shared key above the small multiples. */
export function dealsLegend(): string {
  // [symbol markup, symbol width, label]
  const items: [string, number, string][] = [
    [marker(MARKS.nash.shape, 8, 9, 5.5, `fill="${NASH.fill}" stroke="${NASH.stroke}"`), 16, 'Nash point'],
    [marker(MARKS.real.shape, 8, 9, 5.5, `fill="${REAL.fill}" stroke="${REAL.stroke}"`), 16, 'real outcome'],
    [`<line x1="0" y1="9" x2="16" y2="9" stroke="${FRONTIER}" stroke-width="2"/>`, 16, 'Pareto frontier'],
    [`<line x1="0" y1="9" x2="16" y2="9" stroke="${WALK}" stroke-width="1.4" stroke-dasharray="5 3"/>`, 16, 'walk-away values'],
    [
      cloudPath(
        [
          [4, 9],
          [8, 6],
          [12, 10],
          [7, 12],
        ],
        2,
        'class="cloud" fill="#b8bfc9"',
      ),
      16,
      'every outcome (faint)',
    ],
    [
      `${marker('circle', 5, 9, 3, 'fill="#1d2430" fill-opacity="0.72"')}${marker('circle', 20, 9, 7, 'fill="#1d2430" fill-opacity="0.72"')}`,
      30,
      'a pair’s deals: the bigger the marker, the more games ended there (×N: game count)',
    ],
  ];
  return `<p class="lead">${items.map(([sym, w, label]) => `<span class="legend-item"><svg class="key" viewBox="0 0 ${w} 18" width="${w}" height="18" aria-hidden="true">${sym}</svg>${esc(label)}</span>`).join(' ')}</p>`;
}

/** 3. Agreements by round for one pair, as a share of that pair's games; y shared across pairs. */
export function roundsChart(d: ReportData, p: PairRun, index: number, yMax: number): string {
  const rounds = p.report.agreementsByRound.length;
  const f = frame(46, 16, 250, 130, [0.5, rounds + 0.5], [0, yMax]);
  const style = pairStyle(index);
  const band = f.width / rounds;
  let s = svgOpen(310, 190, `Agreements by round for ${pairLabel(d, p)}`, `class="rounds" data-pair="${index}"`);
  s += axes(f, { xTicks: [], yTicks: ticks(0, yMax, yMax > 0.5 ? 0.2 : 0.1), format: (v) => `${Math.round(v * 100)}%` });
  s += `<g class="bars" data-count="${rounds}">`;
  p.report.agreementsByRound.forEach((count, r) => {
    const share = count / p.report.games;
    const x = f.x(r + 1) - band * 0.36;
    const y = f.y(share);
    s += `<rect class="bar" x="${n(x)}" y="${n(y)}" width="${n(band * 0.72)}" height="${n(f.y(0) - y)}" fill="${style.colour}" fill-opacity="0.85"><title>${esc(`round ${r + 1}: ${count} of ${p.report.games} games agreed`)}</title></rect>`;
    if (count > 0 && band >= 20) s += text(f.x(r + 1), y - 3, `${Math.round(share * 100)}%`, 'class="small" text-anchor="middle"');
  });
  s += '</g>';
  // Round numbers under the bars; when rounds are many, every other one.
  const every = band >= 14 ? 1 : Math.ceil(14 / band);
  for (let r = 1; r <= rounds; r++) if ((r - 1) % every === 0 || r === rounds) s += text(f.x(r), f.y(0) + 13, String(r), 'class="tick" text-anchor="middle"');
  s += text(f.left + f.width / 2, f.y(0) + 30, `round (deadline after round ${rounds})`, 'class="axis-label" text-anchor="middle"');
  return `${s}</svg>`;
}

/** The tallest bar across pairs, rounded up to a 10% step, so the small multiples share a scale. */
export function roundsScale(d: ReportData): number {
  const max = Math.max(0, ...d.pairs.flatMap((p) => p.report.agreementsByRound.map((c) => c / p.report.games)));
  return Math.min(1, Math.max(0.1, Math.ceil(max * 10 - 1e-9) / 10));
}

/**
 * 4. How often each option of one item is agreed: a bar for the share over all pairs' agreements
 * pooled, and each pair's own share as its marker on a track under the bar.
 */
export function optionsChart(d: ReportData, item: number): string {
  const c = d.c;
  const it = c.scenario.items[item];
  const pooled = it.options.map((_, k) => d.pairs.reduce((sum, p) => sum + p.optionCounts[item][k], 0));
  const total = d.pairs.reduce((sum, p) => sum + p.report.outcomes.agreement, 0);
  const rowH = 34;
  const top = 22;
  const labelX = 24;
  const barX = 380;
  const barW = 400;
  const H = top + rowH * it.options.length + 8;
  const xs = (share: number) => barX + share * barW;
  let s = svgOpen(1040, H, `How often each option of ${it.title} was agreed`, `class="options" data-item="${esc(it.id)}"`);
  // Scale: 0, 25, 50, 75, 100% gridlines across all rows.
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    s += line(xs(v), top - 4, xs(v), H - 6, v === 0 ? 'axis' : 'grid');
    s += text(xs(v), top - 8, `${v * 100}%`, 'class="tick" text-anchor="middle"');
  }
  it.options.forEach((o, k) => {
    const y = top + k * rowH + 12;
    const isReal = d.real.outcome[item] === k;
    if (isReal) s += marker(MARKS.real.shape, 9, y, 6, `class="real" fill="${REAL.fill}" stroke="${REAL.stroke}"`);
    // Long labels are cut (the full text is in the tooltip) so they never run into the bars.
    const label = o.label.length > 50 ? `${o.label.slice(0, 49)}…` : o.label;
    s += `<text x="${labelX}" y="${n(y + 4)}" class="label"${isReal ? ' font-weight="700"' : ''}><title>${esc(`${o.id}: ${o.label}`)}</title>${esc(label)}</text>`;
    const share = total ? pooled[k] / total : 0;
    s += `<rect class="opt-bar" x="${barX}" y="${n(y - 6)}" width="${n(share * barW)}" height="12" fill="#7a8696"/>`;
    // Each pair's share on a thin track just under the bar.
    s += line(barX, y + 12, barX + barW, y + 12, 'grid');
    d.pairs.forEach((p, i) => {
      const a = p.report.outcomes.agreement;
      if (!a) return;
      const st = pairStyle(i);
      s += marker(st.shape, xs(p.optionCounts[item][k] / a), y + 12, 4.2, `class="opt-pair" fill="${st.colour}" fill-opacity="0.85"`);
    });
    const notes: string[] = [];
    if (isReal) notes.push('real outcome');
    c.sideIds.forEach((side, si) => c.forbidden[si][item][k] && notes.push(`crosses a red line of ${side}`));
    if (c.isWalkAway[item][k]) notes.push('walk-away option');
    s += text(barX + barW + 12, y + 4, `${pct(share)}${notes.length ? `  · ${notes.join(' · ')}` : ''}`, `class="label"${isReal ? ' font-weight="700"' : ''}`);
  });
  return `${s}</svg>`;
}

/** The utility pair as text, for tables. */
export function pairText(u: Point): string {
  return `${two(u[0])} / ${two(u[1])}`;
}
