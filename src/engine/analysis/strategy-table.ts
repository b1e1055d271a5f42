/**
 * The strategy table: scripted players against the computer at each difficulty, on each side,
 * over seeded games; and how often computer-against-computer agreements are Pareto-efficient.
 * bench/strategy-bench.ts prints it and checks the targets (docs/counterpart.md).
 */
import { createActor } from 'xstate';
import type { SideIndex } from '../model/domain.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { DIFFICULTIES, type Difficulty } from '../scenario/schema.ts';
import { applyMove, playComputerTurn } from '../rules/apply.ts';
import { domainFor } from '../rules/context.ts';
import { newGame, resolveSetup } from '../rules/setup.ts';
import type { GameSetup, GameState } from '../rules/state.ts';
import { summitMachine } from '../machine/summit-machine.ts';
import { STRATEGIES, type Strategy } from '../strategy/registry.ts';
import { distanceToFrontier } from './analyze.ts';
import { analyzeScenario } from './scenario-analysis.ts';
import { SCRIPTED_PLAYERS, scriptedMoves, type ScriptContext, type ScriptedPlayerId } from './scripted-players.ts';

export interface TableRow {
  player: ScriptedPlayerId;
  difficulty: Difficulty;
  side: SideIndex;
  games: number;
  agreements: number;
  walkouts: number;
  /** Deadline without a deal. */
  breakdowns: number;
  meanPlayer: number;
  meanComputer: number;
  /** The player's side's value at the scenario's Nash point. */
  nashPlayer: number;
}

/** Plays one game: the scripted player on `side`, the computer at `difficulty` on the other. */
export function playScripted(c: CompiledScenario, ctx: ScriptContext, player: ScriptedPlayerId, side: SideIndex, difficulty: Difficulty, seed: string): GameState {
  const players: GameSetup['players'] = side === 0 ? [{ kind: 'human' }, { kind: 'computer', difficulty }] : [{ kind: 'computer', difficulty }, { kind: 'human' }];
  const setup: GameSetup = { seed, players };
  const resolved = resolveSetup(c, setup);
  if (!resolved.ok) throw new Error(resolved.reason.code);
  let state = newGame(c, setup, resolved.profiles);
  for (let guard = 0; !state.outcome && guard < 1000; guard++) {
    if (state.toMove !== side) {
      state = playComputerTurn(c, state);
      continue;
    }
    for (const move of scriptedMoves(player, ctx, state, side)) {
      if (state.outcome) break;
      const r = applyMove(c, state, move);
      state = r.ok ? r.state : (applyMove(c, state, { kind: 'pass' }) as { ok: true; state: GameState }).state;
    }
  }
  return state;
}

export function strategyTable(c: CompiledScenario, seeds: number): TableRow[] {
  const analysis = analyzeScenario(c);
  const ctx: ScriptContext = { c, nash: analysis.nash?.outcome ?? null };
  const rows: TableRow[] = [];
  for (const player of SCRIPTED_PLAYERS)
    for (const difficulty of DIFFICULTIES)
      for (const side of [0, 1] as const) {
        const row: TableRow = { player, difficulty, side, games: seeds, agreements: 0, walkouts: 0, breakdowns: 0, meanPlayer: 0, meanComputer: 0, nashPlayer: analysis.nash?.utilities[side] ?? 0 };
        for (let k = 0; k < seeds; k++) {
          const o = playScripted(c, ctx, player, side, difficulty, `table:${k}`).outcome!;
          if (o.kind === 'agreement') row.agreements++;
          else if (o.kind === 'walkout') row.walkouts++;
          else row.breakdowns++;
          row.meanPlayer += o.utilities[side] / seeds;
          row.meanComputer += o.utilities[side === 0 ? 1 : 0] / seeds;
        }
        rows.push(row);
      }
  return rows;
}

/** Computer against computer, every pair of difficulties: agreements on the frontier of the domain as it stood. */
export function paretoShare(c: CompiledScenario, seeds: number): { agreements: number; onFrontier: number } {
  const machine = summitMachine(c);
  const base = analyzeScenario(c);
  let agreements = 0;
  let onFrontier = 0;
  for (const a of DIFFICULTIES)
    for (const b of DIFFICULTIES)
      for (let k = 0; k < seeds; k++) {
        const actor = createActor(machine).start();
        actor.send({
          type: 'game.setup',
          setup: {
            seed: `pareto:${a}:${b}:${k}`,
            players: [
              { kind: 'computer', difficulty: a },
              { kind: 'computer', difficulty: b },
            ],
          },
        });
        actor.send({ type: 'briefing.done' });
        const game = actor.getSnapshot().context.game!;
        actor.stop();
        const o = game.outcome!;
        if (o.kind !== 'agreement') continue;
        agreements++;
        // News moves values: judge the deal on the domain it was agreed in.
        const analysis = game.shifts.length ? analyzeScenario(c, domainFor(c, game.shifts)) : base;
        if (distanceToFrontier(analysis, o.utilities) < 1e-9) onFrontier++;
      }
  return { agreements, onFrontier };
}

/** Who plays both sides of a same-vs-same game: a registered strategy, or the scenario's personality for a difficulty. */
export type SelfPlayer = { strategy: Strategy } | { difficulty: Difficulty };

export interface SelfPlayRow {
  who: string;
  games: number;
  agreements: number;
  walkouts: number;
  breakdowns: number;
  /** Mean over games of each side's value divided by its value at the Nash point (walk-away values count for no deal). */
  meanShareOfNash: number;
}

/** One strategy or difficulty against itself, `seeds` games: how often it deals, and how close to the Nash point. */
export function selfPlay(c: CompiledScenario, who: SelfPlayer, seeds: number): SelfPlayRow {
  const machine = summitMachine(c);
  const nash = analyzeScenario(c).nash?.utilities ?? null;
  const name = 'strategy' in who ? who.strategy : who.difficulty;
  const row: SelfPlayRow = { who: name, games: seeds, agreements: 0, walkouts: 0, breakdowns: 0, meanShareOfNash: 0 };
  const player = { kind: 'computer' as const, ...who };
  for (let k = 0; k < seeds; k++) {
    const actor = createActor(machine).start();
    actor.send({ type: 'game.setup', setup: { seed: `self:${name}:${k}`, players: [player, player] } });
    actor.send({ type: 'briefing.done' });
    const o = actor.getSnapshot().context.game!.outcome!;
    actor.stop();
    if (o.kind === 'agreement') row.agreements++;
    else if (o.kind === 'walkout') row.walkouts++;
    else row.breakdowns++;
    if (nash) row.meanShareOfNash += (o.utilities[0] / nash[0] + o.utilities[1] / nash[1]) / (2 * seeds);
  }
  return row;
}

/** Every registered strategy, then every difficulty, against itself. */
export function selfPlayTable(c: CompiledScenario, seeds: number): SelfPlayRow[] {
  return [...STRATEGIES.map((strategy) => selfPlay(c, { strategy }, seeds)), ...DIFFICULTIES.map((difficulty) => selfPlay(c, { difficulty }, seeds))];
}

/** A strategy's first offer on each side of a same-vs-same game: its value to the side making it, and to the other side. */
export interface OpeningOffer {
  strategy: Strategy;
  side: SideIndex;
  own: number;
  theirs: number;
}

/** The first offer each side makes when `strategy` plays both sides, valued as the domain stands after both. */
export function openingOffers(c: CompiledScenario, strategy: Strategy): OpeningOffer[] {
  const setup: GameSetup = {
    seed: `opening:${strategy}`,
    players: [
      { kind: 'computer', strategy },
      { kind: 'computer', strategy },
    ],
  };
  const resolved = resolveSetup(c, setup);
  if (!resolved.ok) throw new Error(resolved.reason.code);
  let state = newGame(c, setup, resolved.profiles);
  while (!state.outcome && state.proposals.length < 2) state = playComputerTurn(c, state);
  const domain = domainFor(c, state.shifts);
  return state.proposals.slice(0, 2).map((p) => {
    const options = p.options as number[];
    const other = p.by === 0 ? 1 : 0;
    const value = (s: SideIndex) => options.reduce((u, o, i) => u + domain.gains[s][i][o], 0);
    return { strategy, side: p.by, own: value(p.by), theirs: value(other) };
  });
}
