/**
 * The balance report (`summit simulate … --report FILE.html`): one self-contained HTML page a
 * designer can open from disk, mail or print. Pictures first, numbers beside them.
 *
 * Byte-identical for the same arguments: no dates, no timings, no file paths beyond the ones
 * given, and every number printed at a fixed precision.
 */
import { ENGINE_VERSION, type CompiledScenario } from '../../engine/index.ts';
import { balanceGamesPerPair } from '../../engine/balance.ts';
import { dealsChart, dealsLegend, grouped, optionsChart, outcomeSpaceChart, pairKey, pairLabel, pairText, roundsChart, roundsScale } from './charts.ts';
import { gatherReport, type PairRun, type ReportData } from './data.ts';
import { breakdowns, events, samples } from './diagnostics.ts';
import { esc, page, section, table } from './html.ts';

export interface ReportOptions {
  games: number;
  seed: string;
  players: [string | undefined, string | undefined];
  /** The scenario file as given on the command line, for the "reproduce with" line. */
  file: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const four = (x: number | null) => (x === null ? 'n/a' : x.toFixed(4));

export function buildReport(c: CompiledScenario, opts: ReportOptions): string {
  return renderReport(gatherReport(c, opts), opts);
}

export function renderReport(d: ReportData, opts: ReportOptions): string {
  const s = d.c.scenario;
  return page({
    title: `Balance report: ${s.title}`,
    body: [header(d, opts), warnings(d), outcomeSpace(d), deals(d), breakdowns(d), rounds(d), options(d), events(d), samples(d), sources(d)],
  });
}

function command(d: ReportData, opts: ReportOptions): string {
  const flags = d.c.sideIds.flatMap((side, i) => (opts.players[i] === undefined ? [] : [`--${side}`, opts.players[i]!]));
  return ['npm run summit -- simulate', ...[opts.file, '--games', String(d.games), '--seed', d.seed, ...flags, '--report', 'FILE.html'].map(shellWord)].join(' ');
}

/** A word as a POSIX shell reads it back: plain when safe, else single-quoted. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function header(d: ReportData, opts: ReportOptions): string {
  const s = d.c.scenario;
  const requested = d.pairs[0];
  const row = (k: string, v: string) => `<dt>${esc(k)}</dt><dd>${v}</dd>`;
  const nav = ['warnings', 'outcome-space', 'deals', 'breakdowns', 'rounds', 'options', 'events', 'samples', 'sources'].map((id) => `<a href="#${id}">${id.replace('-', ' ')}</a>`).join(' · ');
  return `<header>
<p class="lead">Balance report · summit simulate</p>
<h1>${esc(s.title)}</h1>
<dl>
${row('Scenario id', `<code>${esc(s.id)}</code>`)}${row('Play hash', `<code>${esc(d.c.hash)}</code>`)}
${row('Format', String(s.format))}${row('Engine', esc(ENGINE_VERSION))}
${row('Seed', `<code>${esc(JSON.stringify(d.seed))}</code>`)}${row('Games per pair', String(d.games))}
${row('Requested pair', `${pairKey(0)}${esc(pairLabel(d, requested))}`)}${row('Pairs run', `${d.pairs.length} (the requested pair and the balance pairs)`)}
${row('x axis', esc(`${s.sides[0].name} (${d.c.sideIds[0]})`))}${row('y axis', esc(`${s.sides[1].name} (${d.c.sideIds[1]})`))}
${row('Outcomes', esc(`${grouped(d.analysis.outcomeCount)} (${grouped(BigInt(d.analysis.agreeableCountText))} within both sides' red lines)`))}${row('Deadline', esc(`${s.deadline.rounds} rounds`))}
</dl>
<p class="lead">Reproduce with <code>${esc(command(d, opts))}</code></p>
<p class="lead">Sections: ${nav}</p>
</header>`;
}

function warnings(d: ReportData): string {
  const lead = `What summit check and summit analyze warn about, each with its JSON path in the scenario file: no zone of agreement, an option dominated for both sides, an item that barely matters and, from analyze's own quick seeded simulation (${balanceGamesPerPair(d.c)} games per balance pair), an option never agreed, a side that nearly always comes out ahead, a pair that often ends with no deal, or a reaction that fires at the very start.`;
  const content = d.warnings.length
    ? `<ul class="warnings">\n${d.warnings
        .map((w) => {
          const where = pathTitle(d, w.path);
          return `<li><span class="tag">warning</span><code>${esc(w.path)}</code>${where ? `<span class="where">${esc(where)}</span> ` : ''}${esc(w.message)} <span class="mono">[${esc(w.code)}]</span></li>`;
        })
        .join('\n')}\n</ul>`
    : '<p class="ok">No warnings: the scenario passes every static and balance check.</p>';
  return section('warnings', `Warnings (${d.warnings.length})`, lead, content);
}

/** "$.items[1].options[2]" → "Reducing violence › Endorse the Amman memorandum": what a path points at, in the designer's words. */
function pathTitle(d: ReportData, path: string): string | null {
  const s = d.c.scenario;
  const item = /^\$\.items\[(\d+)\](?:\.options\[(\d+)\])?/.exec(path);
  if (item) {
    const it = s.items[Number(item[1])];
    const option = item[2] === undefined ? undefined : it?.options[Number(item[2])];
    return it ? (option ? `${it.title} › ${option.label}` : it.title) : null;
  }
  const side = /^\$\.sides\[(\d+)\]/.exec(path);
  return side ? (s.sides[Number(side[1])]?.name ?? null) : null;
}

function outcomeSpace(d: ReportData): string {
  const c = d.c;
  const lead = `Every possible outcome placed by what it is worth to each side. Deals up and to the right of both dashed walk-away lines leave both sides better off than no deal; the Pareto frontier is where neither side can gain without the other losing; the Nash point maximises the product of both sides' gains over walking away.`;
  const nash = d.analysis.nash;
  const rows = c.scenario.items.map((item, i) => [esc(item.title), esc(item.options[d.real.outcome[i]].label), nash ? esc(item.options[nash.outcome[i]].label) : 'n/a']);
  rows.push(['<strong>Utilities (x / y)</strong>', `<strong>${pairText(d.real.u)}</strong>`, nash ? `<strong>${pairText(nash.utilities)}</strong>` : 'n/a']);
  return section('outcome-space', 'The outcome space', lead, `${outcomeSpaceChart(d)}\n${table(['Item', '■ Real outcome', '◆ Nash point'], rows, 'class="compare"')}`);
}

function card(d: ReportData, p: PairRun, i: number, sub: string, chart: string): string {
  const tags = [p.requested ? 'requested' : '', p.balance ? 'balance pair' : ''].filter(Boolean).join(', ');
  return `<div class="card"><h3>${pairKey(i)}${esc(pairLabel(d, p))}</h3><p class="sub">${esc(tags)} · ${esc(sub)}</p>${chart}</div>`;
}

function deals(d: ReportData): string {
  const lead = `Each pair of computer strategies played ${d.games} seeded games through the game's own rules. One small chart per pair: its agreements over the faint cloud of every outcome. Deals on the blue frontier waste nothing; deals near the diamond (the Nash point) split the gains fairly.`;
  const cards = d.pairs
    .map((p, i) => {
      const a = p.report.outcomes.agreement;
      return card(d, p, i, `${a} of ${p.report.games} games agreed · ${p.deals.length} distinct deal${p.deals.length === 1 ? '' : 's'}`, dealsChart(d, p, i));
    })
    .join('\n');
  const [s0, s1] = d.c.sideIds;
  const rows = d.pairs.map((p, i) => {
    const r = p.report;
    return [
      `${pairKey(i)}${esc(pairLabel(d, p))}`,
      String(r.games),
      `${pct(r.agreementRate)}<span class="bar" style="width:${Math.round(r.agreementRate * 50)}px"></span>`,
      esc(`${r.outcomes.partial} / ${r.outcomes.breakdown} / ${r.outcomes.walkout}`),
      r.meanUtilities[s0].toFixed(4),
      r.meanUtilities[s1].toFixed(4),
      r.meanRounds.toFixed(2),
      four(r.meanDistanceToFrontier),
      four(r.meanDistanceToNash),
    ];
  });
  const tableLead = `<p class="lead">Mean utilities are over all games, those without a deal included; distances (in utility space) are over agreements only.</p>`;
  return section(
    'deals',
    'Where simulated deals land',
    lead,
    `${dealsLegend()}\n<div class="grid">\n${cards}\n</div>\n${table(['Pair', 'Games', 'Agreement rate', 'Partial / breakdown / walkout', `Mean utility ${s0}`, `Mean utility ${s1}`, 'Mean rounds', 'Mean distance to frontier', 'Mean distance to Nash'], rows, 'class="pairs"')}\n${tableLead}`,
  );
}

function rounds(d: ReportData): string {
  const yMax = roundsScale(d);
  const lead = `In which round each pair's games reached agreement, as a share of all its games (the same scale for every pair). Deals piling up at the deadline mean the sides only move under time pressure; early deals may mean one side gives in too easily.`;
  const cards = d.pairs.map((p, i) => card(d, p, i, `${pct(p.report.agreementRate)} agreed · mean ${p.report.meanRounds.toFixed(2)} rounds`, roundsChart(d, p, i, yMax))).join('\n');
  return section('rounds', 'Agreement rate by round', lead, `<div class="grid">\n${cards}\n</div>`);
}

function options(d: ReportData): string {
  const total = d.pairs.reduce((sum, p) => sum + p.report.outcomes.agreement, 0);
  const lead = `For each item, how often each option was part of an agreement. Grey bar: share over all ${total} agreements of all pairs together; markers under it: each pair's own share. ■ marks the option of the real outcome. An option no one ever agrees may be too weak, or dominated.`;
  const key = `<p class="lead">${d.pairs.map((p, i) => `<span class="legend-item">${pairKey(i)}${esc(pairLabel(d, p))}</span>`).join(' ')}</p>`;
  const items = d.c.scenario.items.map((item, i) => `<div class="item"><h3>${esc(item.title)} <span class="mono">(${esc(item.id)})</span></h3>\n${optionsChart(d, i)}</div>`).join('\n');
  return section('options', 'How often each option is agreed', lead, total ? `${key}\n${items}` : '<p class="ok">No pair reached any agreement, so no option was agreed.</p>');
}

/** The debrief's sources as plain text, never links: the file's URLs are untrusted too. */
function sources(d: ReportData): string {
  const list = d.c.scenario.debrief.sources.map((src) => `<li>${esc(src.title)} — <span class="mono">${esc(src.url)}</span></li>`).join('\n');
  return section('sources', 'Sources for the real outcome', "As the scenario's debrief lists them (shown as text, not links).", `<ul class="sources">\n${list}\n</ul>`);
}
