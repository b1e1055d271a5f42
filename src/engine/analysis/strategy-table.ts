/**
 * The strategy table: scripted players against the computer at each difficulty, on each side,
 * over seeded games; and how often computer-against-computer agreements are Pareto-efficient.
 * Checks the targets (docs/counterpart.md): stonewalling must not pay.
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
  if (!resolved.ok) throw new Error(resolved.reason);
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

export interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** The targets, row by row. */
export function tableChecks(rows: readonly TableRow[], sideNames: readonly [string, string]): Check[] {
  const checks: Check[] = [];
  for (const r of rows) {
    const who = `${r.player} as ${sideNames[r.side]} vs ${r.difficulty}`;
    const noDeal = (r.games - r.agreements) / r.games;
    if (r.player === 'stubborn' && r.difficulty !== 'easy') {
      checks.push({ name: `${who}: mean ≤ Nash share`, pass: r.meanPlayer <= r.nashPlayer + 1e-9, detail: `${r.meanPlayer.toFixed(4)} vs ${r.nashPlayer.toFixed(4)}` });
      checks.push({ name: `${who}: no deal in ≥ 25 %`, pass: noDeal >= 0.25, detail: pct(noDeal) });
    }
    if (r.player === 'reciprocal' && r.difficulty !== 'easy')
      checks.push({ name: `${who}: mean ≥ 95 % of Nash share`, pass: r.meanPlayer >= 0.95 * r.nashPlayer, detail: `${pct(r.meanPlayer / r.nashPlayer)} of ${r.nashPlayer.toFixed(4)}` });
    if (r.difficulty === 'easy') checks.push({ name: `${who}: deal in ≥ 80 %`, pass: r.agreements / r.games >= 0.8, detail: pct(r.agreements / r.games) });
  }
  return checks;
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
        actor.send({ type: 'game.setup', setup: { seed: `pareto:${a}:${b}:${k}`, players: [{ kind: 'computer', difficulty: a }, { kind: 'computer', difficulty: b }] } });
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

export function formatTable(rows: readonly TableRow[], sideNames: readonly [string, string]): string {
  const head = ['player', 'side', 'vs', 'deals', 'walkouts', 'deadline', 'player mean', 'computer mean', 'Nash share', 'of Nash'];
  const lines = rows.map((r) => [
    r.player,
    sideNames[r.side],
    r.difficulty,
    pct(r.agreements / r.games),
    pct(r.walkouts / r.games),
    pct(r.breakdowns / r.games),
    r.meanPlayer.toFixed(4),
    r.meanComputer.toFixed(4),
    r.nashPlayer.toFixed(4),
    pct(r.meanPlayer / r.nashPlayer),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  return [head, ...lines].map((l) => l.map((x, i) => (i < 3 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ')).join('\n');
}
