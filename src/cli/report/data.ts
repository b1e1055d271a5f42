/**
 * Everything the balance report shows, gathered before any drawing: the outcome cloud, the
 * analysis points, one seeded run per strategy pair, and the warnings. Charts only read this.
 */
import { createActor } from 'xstate';
import { analyzeScenario, type ScenarioAnalysis } from '../../engine/analysis/scenario-analysis.ts';
import { BALANCE_PAIRS, balanceWarnings } from '../../engine/balance.ts';
import { utilitiesOf, type CompiledScenario, type GameOutcome, type Problem } from '../../engine/index.ts';
import { CHART_LIMIT } from '../../engine/machine/debrief.ts';
import { summitMachine } from '../../engine/machine/summit-machine.ts';
import { staticWarnings } from '../../engine/scenario/warnings.ts';
import { realOutcome } from '../../engine/scenario/compile.ts';
import { playerFor, simulate, type SimulationReport } from '../../engine/simulate.ts';

export type Point = readonly [number, number];

export interface CloudPoint {
  u: Point;
  /** False when the outcome crosses either side's red line: it can never be agreed. */
  agreeable: boolean;
}

export interface PairRun {
  /** The strategy names as passed to simulate (undefined: the default difficulty). */
  players: [string | undefined, string | undefined];
  /** The pair asked for with the side flags. */
  requested: boolean;
  /** One of BALANCE_PAIRS (the requested pair can be both). */
  balance: boolean;
  /** The engine's own summary, the very numbers `summit simulate` prints. */
  report: SimulationReport;
  /** Where agreements landed: each distinct utility point once, with how many games ended there. */
  deals: { u: Point; count: number }[];
  /** Agreements per item and option (counts, not shares). */
  optionCounts: number[][];
}

export interface ReportData {
  c: CompiledScenario;
  analysis: ScenarioAnalysis;
  games: number;
  seed: string;
  cloud: { points: CloudPoint[]; sampled: boolean; total: bigint };
  /** The real outcome from the debrief, as option indices and as utilities. */
  real: { outcome: number[]; u: Point };
  pairs: PairRun[];
  warnings: Problem[];
}

/**
 * Every outcome, or past CHART_LIMIT an evenly spread sample: the debrief's rule (same limit,
 * same stride), so the report and the game's debrief chart show the same cloud. BigInt indices,
 * because big scenarios overflow a float's exact integers.
 */
export function outcomeCloud(c: CompiledScenario): { points: CloudPoint[]; sampled: boolean; total: bigint } {
  const counts = c.domain.optionIds.map((o) => BigInt(o.length));
  const total = counts.reduce((a, b) => a * b, 1n);
  const limit = BigInt(CHART_LIMIT);
  const step = total > limit ? (total + limit - 1n) / limit : 1n;
  const points: CloudPoint[] = [];
  const outcome = new Array<number>(counts.length).fill(0);
  for (let index = 0n; index < total; index += step) {
    let rest = index;
    for (let i = counts.length - 1; i >= 0; i--) {
      outcome[i] = Number(rest % counts[i]);
      rest /= counts[i];
    }
    const agreeable = outcome.every((k, i) => !c.forbidden[0][i][k] && !c.forbidden[1][i][k]);
    points.push({ u: utilitiesOf(c.domain, outcome), agreeable });
  }
  return { points, sampled: step > 1n, total };
}

/**
 * The final outcome of each game of a run. simulate() returns only aggregates, so the games are
 * played again here, exactly as simulate plays them (same machine, same `${seed}:${k}` seeds),
 * to see where each agreement landed. A game costs about a millisecond or two.
 */
function gameOutcomes(c: CompiledScenario, games: number, seed: string, players: [string | undefined, string | undefined]): GameOutcome[] {
  const machine = summitMachine(c);
  const configs = [playerFor(c, players[0]), playerFor(c, players[1])] as const;
  const out: GameOutcome[] = [];
  for (let k = 0; k < games; k++) {
    const actor = createActor(machine).start();
    actor.send({ type: 'game.setup', setup: { seed: `${seed}:${k}`, players: [configs[0], configs[1]] } });
    actor.send({ type: 'briefing.done' });
    out.push(actor.getSnapshot().context.game!.outcome!);
    actor.stop();
  }
  return out;
}

function runPair(c: CompiledScenario, analysis: ScenarioAnalysis, games: number, seed: string, players: [string | undefined, string | undefined]): Omit<PairRun, 'requested' | 'balance'> {
  const report = simulate(c, analysis, { games, seed, players });
  const byPoint = new Map<string, { u: Point; count: number }>();
  const optionCounts = c.domain.optionIds.map((opts) => opts.map(() => 0));
  for (const o of gameOutcomes(c, games, seed, players)) {
    if (o.kind !== 'agreement' || !o.deal) continue; // as simulate: only full agreements count
    const key = `${o.utilities[0]},${o.utilities[1]}`;
    const seen = byPoint.get(key);
    if (seen) seen.count++;
    else byPoint.set(key, { u: [o.utilities[0], o.utilities[1]], count: 1 });
    o.deal.forEach((k, i) => optionCounts[i][k]++);
  }
  // Sorted so the drawing order, hence the bytes, never depends on which game came first;
  // biggest first, so small markers are drawn on top of big ones and stay visible.
  const deals = [...byPoint.values()].sort((a, b) => b.count - a.count || a.u[0] - b.u[0] || a.u[1] - b.u[1]);
  return { players, report, deals, optionCounts };
}

export function gatherReport(c: CompiledScenario, opts: { games: number; seed: string; players: [string | undefined, string | undefined] }): ReportData {
  const analysis = analyzeScenario(c);
  const requested = { ...runPair(c, analysis, opts.games, opts.seed, opts.players), requested: true, balance: false };
  const pairs: PairRun[] = [requested];
  for (const pair of BALANCE_PAIRS) {
    // The requested pair may already be a balance pair: run it once, mark it as both.
    if (requested.report.players[0] === pair[0] && requested.report.players[1] === pair[1]) {
      requested.balance = true;
      continue;
    }
    pairs.push({ ...runPair(c, analysis, opts.games, opts.seed, [pair[0], pair[1]]), requested: false, balance: true });
  }
  const real = realOutcome(c);
  return {
    c,
    analysis,
    games: opts.games,
    seed: opts.seed,
    cloud: outcomeCloud(c),
    real: { outcome: real, u: utilitiesOf(c.domain, real) },
    pairs,
    // The same warnings, with the same defaults, as `summit analyze` prints.
    warnings: [...staticWarnings(c), ...balanceWarnings(c)],
  };
}
