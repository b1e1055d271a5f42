import { analyzeScenario } from '../../engine/analysis/scenario-analysis.ts';
import type { CompiledScenario } from '../../engine/index.ts';
import { simulate, type SimulationReport } from '../../engine/simulate.ts';
import { EXIT_OK, fixed } from '../io.ts';

export const simulateHelp = `Usage: summit simulate <scenario.json> --games N --seed S [--us STRATEGY] [--russia STRATEGY] [--json]

Plays N computer-against-computer games through the game's own machine and reports the
agreement rate, mean utilities per side, mean rounds, mean distance to the frontier and to
Nash, and how often each option of each item was agreed. The same arguments always print
the same bytes. STRATEGY: hardliner, boulware, linear, conceder, tit-for-tat, logroller,
a difficulty (easy, normal, hard) or a personality id from the scenario. The side flags are
named after the scenario's side ids (--us, --russia for the default scenario).`;

export function printReport(r: SimulationReport, c: CompiledScenario, out: (line: string) => void): void {
  out(`${c.scenario.title}: ${r.games} games, seed "${r.seed}", ${c.sideIds[0]} ${r.players[0]} vs ${c.sideIds[1]} ${r.players[1]}`);
  out(`agreement rate: ${(r.agreementRate * 100).toFixed(1)}%  (${Object.entries(r.outcomes).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  out(`mean utility: ${Object.entries(r.meanUtilities).map(([k, v]) => `${k} ${fixed(v)}`).join(', ')}`);
  out(`mean rounds: ${r.meanRounds.toFixed(2)}`);
  out(`mean distance to frontier: ${r.meanDistanceToFrontier === null ? 'n/a' : fixed(r.meanDistanceToFrontier)}; to Nash: ${r.meanDistanceToNash === null ? 'n/a' : fixed(r.meanDistanceToNash)}`);
  out(`agreements by round: ${r.agreementsByRound.map((n, i) => `${i + 1}:${n}`).join(' ')}`);
  out('options agreed (share of agreements):');
  c.scenario.items.forEach((item) => {
    out(`  ${item.title}`);
    for (const o of item.options) out(`    ${(r.optionRates[item.id][o.id] * 100).toFixed(1).padStart(5)}%  ${o.label}`);
  });
}

export function simulateCommand(c: CompiledScenario, opts: { games: number; seed: string; players: [string | undefined, string | undefined]; json: boolean }, out: (line: string) => void): number {
  const report = simulate(c, analyzeScenario(c), { games: opts.games, seed: opts.seed, players: opts.players });
  if (opts.json) out(JSON.stringify(report, null, 2));
  else printReport(report, c, out);
  return EXIT_OK;
}
