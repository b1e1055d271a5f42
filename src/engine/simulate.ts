/**
 * Computer-against-computer games for designers' balance testing. Every game runs through the
 * very machine the browser game uses (no second copy of the rules), seeded `${seed}:${k}`, so the
 * same arguments always give the same report.
 */
import { createActor } from 'xstate';
import type { Analysis } from './analysis/analyze.ts';
import { distanceToFrontier, distanceToNash } from './analysis/analyze.ts';
import type { PlayerConfig } from './rules/state.ts';
import type { CompiledScenario } from './scenario/compile.ts';
import type { Strategy } from './scenario/schema.ts';
import { summitMachine } from './machine/summit-machine.ts';
import { breakdownReason, reasonKey, sampleTurns, type SampleTurn } from './diagnose.ts';

export interface SimulationOptions {
  games: number;
  seed: string;
  /** Strategy (or personality id) for each side; default: the 'normal' difficulty. */
  players?: [string | undefined, string | undefined];
}

export interface SimulationReport {
  scenario: string;
  games: number;
  seed: string;
  players: [string, string];
  agreementRate: number;
  outcomes: Record<string, number>;
  meanUtilities: Record<string, number>;
  meanRounds: number;
  /** Over agreements only. */
  meanDistanceToFrontier: number | null;
  meanDistanceToNash: number | null;
  /** For each item and option: how often it was agreed (share of agreements). */
  optionRates: Record<string, Record<string, number>>;
  /** Agreements reached by round: index 0 = round 1. */
  agreementsByRound: number[];
  /** Games without a deal by why (./diagnose.ts), commonest first: `below-walkaway:russia` → count. */
  breakdownReasons: Record<string, number>;
  /** For each event: in how many games it fired, and how often in each round (index 0 = round 1). */
  events: Record<string, { games: number; byRound: number[] }>;
  /** The first game that ended the commonest way, turn by turn: one game to read, not just numbers. */
  sample: { game: number; seed: string; outcome: string; reason: string | null; turns: SampleTurn[] } | null;
}

export function playerFor(c: CompiledScenario, name: string | undefined): PlayerConfig {
  if (name === undefined) return { kind: 'computer', difficulty: 'normal' };
  if (c.scenario.personalities.some((p) => p.id === name)) return { kind: 'computer', personality: name };
  if ((['easy', 'normal', 'hard'] as const).includes(name as 'easy')) return { kind: 'computer', difficulty: name as 'easy' };
  return { kind: 'computer', strategy: name as Strategy };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function simulate(c: CompiledScenario, analysis: Analysis, options: SimulationOptions): SimulationReport {
  const machine = summitMachine(c);
  const players: [PlayerConfig, PlayerConfig] = [playerFor(c, options.players?.[0]), playerFor(c, options.players?.[1])];
  const outcomes: Record<string, number> = { agreement: 0, partial: 0, breakdown: 0, walkout: 0 };
  const utilitySums = [0, 0];
  let roundSum = 0;
  let frontierSum = 0;
  let nashSum = 0;
  const optionCounts = c.domain.optionIds.map((opts) => opts.map(() => 0));
  const byRound = new Array<number>(c.scenario.deadline.rounds).fill(0); // simulations use the scenario's own deadline
  const reasons = new Map<string, number>();
  const events = Object.fromEntries(c.scenario.events.map((e) => [e.id, { games: 0, byRound: new Array<number>(c.scenario.deadline.rounds).fill(0) }]));
  const firstOfKind = new Map<string, SimulationReport['sample']>();

  for (let k = 0; k < options.games; k++) {
    const actor = createActor(machine).start();
    actor.send({ type: 'game.setup', setup: { seed: `${options.seed}:${k}`, players } });
    actor.send({ type: 'briefing.done' });
    const game = actor.getSnapshot().context.game!;
    const outcome = game.outcome!;
    actor.stop();
    const reason = breakdownReason(c, game);
    const key = reason && reasonKey(c, reason);
    if (key) reasons.set(key, (reasons.get(key) ?? 0) + 1);
    for (const id of new Set(game.fired.map((f) => f.id))) events[id].games++;
    for (const f of game.fired) events[f.id].byRound[f.round - 1]++;
    if (!firstOfKind.has(outcome.kind)) firstOfKind.set(outcome.kind, { game: k, seed: `${options.seed}:${k}`, outcome: outcome.kind, reason: key, turns: sampleTurns(c, game.history) });
    outcomes[outcome.kind]++;
    utilitySums[0] += outcome.utilities[0];
    utilitySums[1] += outcome.utilities[1];
    roundSum += outcome.round;
    if (outcome.kind === 'agreement' && outcome.deal) {
      frontierSum += distanceToFrontier(analysis, outcome.utilities);
      nashSum += distanceToNash(analysis, outcome.utilities) ?? 0;
      outcome.deal.forEach((o, i) => optionCounts[i][o]++);
      byRound[outcome.round - 1]++;
    }
  }
  const agreements = outcomes.agreement;
  return {
    scenario: c.scenario.id,
    games: options.games,
    seed: options.seed,
    players: [describePlayer(players[0]), describePlayer(players[1])],
    agreementRate: round4(agreements / options.games),
    outcomes,
    meanUtilities: { [c.sideIds[0]]: round4(utilitySums[0] / options.games), [c.sideIds[1]]: round4(utilitySums[1] / options.games) },
    meanRounds: round4(roundSum / options.games),
    meanDistanceToFrontier: agreements ? round4(frontierSum / agreements) : null,
    meanDistanceToNash: agreements ? round4(nashSum / agreements) : null,
    optionRates: Object.fromEntries(c.domain.itemIds.map((id, i) => [id, Object.fromEntries(c.domain.optionIds[i].map((o, k) => [o, agreements ? round4(optionCounts[i][k] / agreements) : 0]))])),
    agreementsByRound: byRound,
    breakdownReasons: Object.fromEntries([...reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))),
    events,
    // Ties go to the order of outcome kinds, so the choice never depends on anything but the counts.
    sample: firstOfKind.get(Object.keys(outcomes).reduce((best, kind) => (outcomes[kind] > outcomes[best] ? kind : best))) ?? null,
  };
}

function describePlayer(p: PlayerConfig): string {
  if (p.kind === 'human') return 'human';
  return p.personality ?? p.strategy ?? `difficulty ${p.difficulty ?? 'normal'}`;
}
