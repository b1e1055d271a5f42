/**
 * The balance report's sections on what went wrong and what happened: why games ended without a
 * deal, how often and when each event fired, and one game per pair to read move by move.
 */
import { eventSummary } from '../../engine/balance.ts';
import { describeReason } from '../../engine/diagnose.ts';
import { en } from '../../game/ui/strings/en.ts';
import { say, sayAll } from '../../game/ui/strings/say.ts';
import { pairKey, pairLabel } from './charts.ts';
import type { ReportData } from './data.ts';
import { esc, section, table } from './html.ts';

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

export function breakdowns(d: ReportData): string {
  const lead =
    'For the games of each pair that ended without a deal, why, read from the final state: a side walked out; the last offer at the deadline was still below what a side needs (its walk-away); a side refused a last offer that beat its walk-away, holding out for more; or no complete package was ever on the table.';
  const rows = d.pairs.map((p, i) => {
    const r = p.report;
    const failed = r.games - r.outcomes.agreement - r.outcomes.partial;
    const reasons = Object.entries(r.breakdownReasons)
      .map(([key, n]) => `${esc(describeReason(key))}: ${n} (${pct(n, failed)})`)
      .join('<br>');
    return [`${pairKey(i)}${esc(pairLabel(d, p))}`, `${failed} of ${r.games}`, reasons || '—'];
  });
  return section('breakdowns', 'Why games end without a deal', lead, table(['Pair', 'No deal', 'Reasons, commonest first'], rows, 'class="compare"'));
}

export function events(d: ReportData): string {
  const s = d.c.scenario;
  if (s.events.length === 0) return section('events', 'Events', 'The scenario has no events.', '');
  const lead =
    "How often each event fired over all the pairs' games, and in which rounds (firings per round). An event meant as a reaction that fires in round 1 of nearly every game reacts to the opening offers; one that never fires may need students, who anger third parties and reopen items more than computers do.";
  const rounds = s.deadline.rounds;
  const total = d.pairs.reduce((n, p) => n + p.report.games, 0);
  const rows = s.events.map((e) => {
    const stats = { games: 0, byRound: new Array<number>(rounds).fill(0) };
    for (const p of d.pairs) {
      const own = p.report.events[e.id];
      stats.games += own.games;
      own.byRound.forEach((n, r) => (stats.byRound[r] += n));
    }
    return [`<code>${esc(e.id)}</code> ${esc(e.title)}`, esc(e.trigger.kind), esc(eventSummary(stats, total)), ...stats.byRound.map(String)];
  });
  const head = ['Event', 'Trigger', 'Fired', ...Array.from({ length: rounds }, (_, r) => `R${r + 1}`)];
  return section('events', 'When events fire', lead, table(head, rows, 'class="events"'));
}

export function samples(d: ReportData): string {
  const lead = "One game per pair, move by move: the first game that ended the way most of that pair's games did. Its seed replays it exactly.";
  const cards = d.pairs.map((p, i) => {
    const sample = p.report.sample;
    if (!sample) return '';
    const reason = sample.reason ? ` — ${describeReason(sample.reason)}` : '';
    const rows = sample.turns.map((t) => [
      String(t.round),
      esc(t.side ?? 'news'),
      `${esc(say(t.line, en, d.c))}${t.said ? `<br><span class="said">“${esc(sayAll(t.said, en, d.c))}”</span>` : ''}`,
      t.utilities ? `${t.utilities[0].toFixed(2)} / ${t.utilities[1].toFixed(2)}` : '',
    ]);
    const summary = `${pairKey(i)}${esc(pairLabel(d, p))}: game ${sample.game} (seed <code>${esc(JSON.stringify(sample.seed))}</code>), ${esc(sample.outcome)}${esc(reason)}`;
    return `<details class="sample"${i === 0 ? ' open' : ''}><summary>${summary}</summary>\n${table(['Round', 'Side', 'Move', 'Offer worth (x / y)'], rows, 'class="compare"')}\n</details>`;
  });
  return section('samples', 'One game per pair', lead, cards.join('\n'));
}
