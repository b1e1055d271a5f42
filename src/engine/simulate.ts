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

  for (let k = 0; k < options.games; k++) {
    const actor = createActor(machine).start();
    actor.send({ type: 'game.setup', setup: { seed: `${options.seed}:${k}`, players } });
    actor.send({ type: 'briefing.done' });
    const outcome = actor.getSnapshot().context.game!.outcome!;
    actor.stop();
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
    optionRates: Object.fromEntries(
      c.domain.itemIds.map((id, i) => [id, Object.fromEntries(c.domain.optionIds[i].map((o, k) => [o, agreements ? round4(optionCounts[i][k] / agreements) : 0]))]),
    ),
    agreementsByRound: byRound,
  };
}

function describePlayer(p: PlayerConfig): string {
  if (p.kind === 'human') return 'human';
  return p.personality ?? p.strategy ?? `difficulty ${p.difficulty ?? 'normal'}`;
}
