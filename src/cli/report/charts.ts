/**
 * The report's four pictures, each a function from ReportData to inline SVG markup:
 * the outcome space, where each strategy pair's deals land, agreements by round, and how often
 * each option is agreed. Side 0's utility is always x and side 1's always y, on a fixed 0–1
 * scale, so every chart in the report can be compared with every other at a glance.
 *
 * Marker vocabulary, the same in every chart: ★ Nash point, ◆ the real outcome, a dashed line
 * for a walk-away value, a blue line for the Pareto frontier; each strategy pair has its own
 * colour AND its own shape (never colour alone).
 */
import type { ReportData, PairRun, Point } from './data.ts';
import { esc } from './html.ts';
import { axes, cloudPath, frame, line, marker, n, svgOpen, text, ticks, type Frame, type Shape } from './svg.ts';

/** Okabe–Ito colours (safe for colour-blind readers), each paired with a shape. */
const PAIR_STYLES: { colour: string; shape: Shape }[] = [
  { colour: '#1d2430', shape: 'circle' },
  { colour: '#0072b2', shape: 'square' },
  { colour: '#d55e00', shape: 'triangle' },
  { colour: '#009e73', shape: 'triangle-down' },
  { colour: '#cc79a7', shape: 'hexagon' },
  { colour: '#e69f00', shape: 'plus' },
  { colour: '#56b4e9', shape: 'cross' },
];
// Star and diamond are kept for the Nash point and the real outcome, so no pair borrows them.

const NASH = { fill: '#f2b705', stroke: '#5c4400' };
const REAL = { fill: '#c62828', stroke: '#4a0d0d' };
const FRONTIER = '#0b5cad';
const WALK = '#7b5a45';

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

/** 60466176 → "60,466,176", by hand: locale formatting could differ between machines. */
export function grouped(x: bigint): string {
  return x.toString().replace(/\B(?=(\d{3})+$)/g, ',');
}

const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;
const two = (x: number) => x.toFixed(2);

/** The sides' names for axis titles: "United States (us) utility". */
function axisTitles(d: ReportData): [string, string] {
  const s = d.c.scenario.sides;
  return [`${s[0].name} (${d.c.sideIds[0]}) utility →`, `${s[1].name} (${d.c.sideIds[1]}) utility →`];
}

function frontierLine(d: ReportData, f: Frame, width: number, opacity = 1): string {
  const pts = d.analysis.frontier.map((p) => `${n(f.x(p.utilities[0]))},${n(f.y(p.utilities[1]))}`).join(' ');
  return `<polyline class="frontier" points="${pts}" fill="none" stroke="${FRONTIER}" stroke-width="${width}" stroke-opacity="${opacity}" stroke-linejoin="round"/>`;
}

/** The region where both sides do better than walking away (the zone of possible agreement). */
function zopaRect(d: ReportData, f: Frame, fill: string): string {
  const [r0, r1] = d.analysis.reservation;
  return `<rect class="zopa" x="${n(f.x(r0))}" y="${n(f.y(1))}" width="${n(f.x(1) - f.x(r0))}" height="${n(f.y(r1) - f.y(1))}" fill="${fill}"/>`;
}

function walkAwayLines(d: ReportData, f: Frame, withLabels: boolean): string {
  const [r0, r1] = d.analysis.reservation;
  const attrs = `stroke="${WALK}" stroke-width="1.4" stroke-dasharray="6 4"`;
  let s = `<g class="walk-away"><line x1="${n(f.x(r0))}" y1="${n(f.top)}" x2="${n(f.x(r0))}" y2="${n(f.top + f.height)}" ${attrs}/>`;
  s += `<line x1="${n(f.left)}" y1="${n(f.y(r1))}" x2="${n(f.left + f.width)}" y2="${n(f.y(r1))}" ${attrs}/>`;
  if (withLabels) {
    s += text(f.x(r0) + 4, f.top + f.height - 6, `${d.c.sideIds[0]} walk-away ${two(r0)}`, `class="label halo" fill="${WALK}"`);
    // At the left end, where few outcomes lie (walking away is worth something to side 0 too).
    s += text(f.left + 4, f.y(r1) - 5, `${d.c.sideIds[1]} walk-away ${two(r1)}`, `class="label halo" fill="${WALK}"`);
  }
  return `${s}</g>`;
}

function nashMarker(d: ReportData, f: Frame, r: number): string {
  const nash = d.analysis.nash;
  return nash ? marker('star', f.x(nash.utilities[0]), f.y(nash.utilities[1]), r, `class="nash" fill="${NASH.fill}" stroke="${NASH.stroke}" stroke-width="1"`) : '';
}

function realMarker(d: ReportData, f: Frame, r: number): string {
  return marker('diamond', f.x(d.real.u[0]), f.y(d.real.u[1]), r, `class="real" fill="${REAL.fill}" stroke="${REAL.stroke}" stroke-width="1"`);
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
      b[0] >= f.left && b[0] + b[2] <= f.left + f.width && b[1] >= f.top && b[1] + b[3] <= f.top + f.height + 20 &&
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
  const crossing = d.cloud.points.filter((p) => !p.agreeable);
  let s = svgOpen(W, H, `Outcome space of ${d.c.scenario.title}: ${d.cloud.points.length} outcomes, the Pareto frontier, the Nash point, the walk-away values and the real outcome`, 'id="outcome-space-chart"');
  s += zopaRect(d, f, '#e7f4ea');
  s += axes(f, { xTicks: ticks(0, 1, 0.1), yTicks: ticks(0, 1, 0.1), xLabel: xTitle, yLabel: yTitle });
  // Outcomes that cross a red line are hollow: they exist on paper, but no deal can pick them.
  s += `<g class="outcomes" data-count="${d.cloud.points.length}">`;
  for (const p of crossing) s += marker('circle', f.x(p.u[0]), f.y(p.u[1]), 2.4, 'class="pt pt-red" fill="none" stroke="#b3bac4" stroke-width="0.9"');
  for (const p of ok) s += marker('circle', f.x(p.u[0]), f.y(p.u[1]), 2.6, 'class="pt pt-ok" fill="#6f7a89" fill-opacity="0.55"');
  s += '</g>';
  s += walkAwayLines(d, f, true);
  s += frontierLine(d, f, 2.2);
  s += `<g class="frontier-points" data-count="${d.analysis.frontier.length}">`;
  for (const p of d.analysis.frontier) s += marker('square', f.x(p.utilities[0]), f.y(p.utilities[1]), 2.8, `class="fp" fill="${FRONTIER}"`);
  s += '</g>';
  s += nashMarker(d, f, 8) + realMarker(d, f, 7);
  const labels: { at: [number, number]; text: string; attrs: string }[] = [];
  if (d.analysis.nash) {
    const u = d.analysis.nash.utilities;
    labels.push({ at: [f.x(u[0]), f.y(u[1])], text: `Nash ${two(u[0])} / ${two(u[1])}`, attrs: 'font-weight="700"' });
  }
  labels.push({ at: [f.x(d.real.u[0]), f.y(d.real.u[1])], text: `Real outcome ${two(d.real.u[0])} / ${two(d.real.u[1])}`, attrs: `font-weight="700" fill="${REAL.stroke}"` });
  s += placeLabels(f, labels);

  // Legend, to the right of the plot.
  const lx = 620;
  let ly = 40;
  const row = (symbol: string, label: string) => {
    const r = legendRow(lx, ly, symbol, label);
    ly += 26;
    return r;
  };
  s += text(lx, 22, 'Legend', 'class="axis-label"');
  s += row(marker('circle', lx + 8, ly, 3, 'fill="#6f7a89" fill-opacity="0.55"'), `outcome within both red lines (${ok.length}${d.cloud.sampled ? ' sampled' : ''})`);
  s += row(marker('circle', lx + 8, ly, 3, 'fill="none" stroke="#b3bac4" stroke-width="0.9"'), `outcome crossing a red line (${crossing.length}${d.cloud.sampled ? ' sampled' : ''})`);
  s += row(`<line x1="${lx}" y1="${ly}" x2="${lx + 16}" y2="${ly}" stroke="${FRONTIER}" stroke-width="2.2"/>${marker('square', lx + 8, ly, 2.8, `fill="${FRONTIER}"`)}`, `Pareto frontier (${d.analysis.frontier.length} points)`);
  s += row(marker('star', lx + 8, ly, 7, `fill="${NASH.fill}" stroke="${NASH.stroke}"`), d.analysis.nash ? 'Nash bargaining point' : 'Nash point: none (no zone of agreement)');
  s += row(marker('diamond', lx + 8, ly, 6, `fill="${REAL.fill}" stroke="${REAL.stroke}"`), 'real outcome (from the debrief)');
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
  s += zopaRect(d, f, '#f0f7f1');
  s += axes(f, { xTicks: ticks(0, 1, 0.25), yTicks: ticks(0, 1, 0.25), format: (v) => v.toFixed(2), xLabel: `${d.c.sideIds[0]} utility →`, yLabel: `${d.c.sideIds[1]} utility →` });
  // Every mini chart has the same frame, hence the same cloud: drawn once in the first chart and
  // reused by the others (a sampled cloud is thousands of points; seven copies would triple the file).
  s += index === 0 ? cloudPath(d.cloud.points.map((q) => [f.x(q.u[0]), f.y(q.u[1])] as const), 1.8, `id="${CLOUD_ID}" class="cloud" fill="#b8bfc9"`) : `<use href="#${CLOUD_ID}"/>`;
  s += walkAwayLines(d, f, false);
  s += frontierLine(d, f, 1.4, 0.7);
  s += `<g class="deal-points" data-count="${p.deals.length}">`;
  for (const deal of p.deals)
    s += marker(style.shape, f.x(deal.u[0]), f.y(deal.u[1]), dealRadius(deal.count, p.report.games), `class="deal" fill="${style.colour}" fill-opacity="0.72" stroke="#fff" stroke-width="0.8"`);
  s += '</g>';
  // The reference points go on top: deals are many and translucent, the star and diamond are two.
  s += nashMarker(d, f, 6) + realMarker(d, f, 5);
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
    [marker('star', 8, 9, 6, `fill="${NASH.fill}" stroke="${NASH.stroke}"`), 16, 'Nash point'],
    [marker('diamond', 8, 9, 5.5, `fill="${REAL.fill}" stroke="${REAL.stroke}"`), 16, 'real outcome'],
    [`<line x1="0" y1="9" x2="16" y2="9" stroke="${FRONTIER}" stroke-width="2"/>`, 16, 'Pareto frontier'],
    [`<line x1="0" y1="9" x2="16" y2="9" stroke="${WALK}" stroke-width="1.4" stroke-dasharray="5 3"/>`, 16, 'walk-away values'],
    [cloudPath([[4, 9], [8, 6], [12, 10], [7, 12]], 2, 'class="cloud" fill="#b8bfc9"'), 16, 'every outcome (faint)'],
    [`${marker('circle', 5, 9, 3, 'fill="#1d2430" fill-opacity="0.72"')}${marker('circle', 20, 9, 7, 'fill="#1d2430" fill-opacity="0.72"')}`, 30, 'a pair’s deals: the bigger the marker, the more games ended there (×N: game count)'],
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
    if (isReal) s += marker('diamond', 9, y, 6, `class="real" fill="${REAL.fill}" stroke="${REAL.stroke}"`);
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
