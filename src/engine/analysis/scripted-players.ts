/**
 * Scripted players for the strategy table (`npm run bench`): how typical students play, so the
 * counterpart can be checked against them. Each sees what a player sees — its own values, both
 * sides' red lines (the computer quotes its own) and the table — except the Nash player and the
 * conceder, which also use the scenario's analysis, as a student who has done the homework would.
 */
import { utilityOf, type Domain, type SideIndex } from '../model/domain.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { deadlineRounds, domainFor, otherSide } from '../rules/context.ts';
import type { GameState, Move } from '../rules/state.ts';
import { optionsOnTable } from '../rules/third-parties.ts';
import { searchOffer } from '../strategy/offer-search.ts';

export type ScriptedPlayerId = 'stubborn' | 'reciprocal' | 'nash' | 'cherry-picker';
export const SCRIPTED_PLAYERS: readonly ScriptedPlayerId[] = ['stubborn', 'reciprocal', 'nash', 'cherry-picker'];

export interface ScriptContext {
  c: CompiledScenario;
  /** The scenario's Nash package (before any news), or null. */
  nash: readonly number[] | null;
}

/** Options neither side's red lines rule out, with tentative items fixed. */
function openOptions(c: CompiledScenario, state: GameState): boolean[][] {
  return state.items.map((it, i) => c.domain.optionIds[i].map((_, o) => (it.status === 'tentative' ? o === it.option : !c.forbidden[0][i][o] && !c.forbidden[1][i][o])));
}

/** The package best for `side` within both red lines (ties: best for the other side). */
function bestFor(domain: Domain, allowed: boolean[][], side: SideIndex): number[] {
  const other = otherSide(side);
  return domain.gains[side].map((opts, i) => {
    let best = -1;
    opts.forEach((g, o) => {
      if (!allowed[i][o]) return;
      if (best < 0 || g > opts[best] + 1e-12 || (g > opts[best] - 1e-12 && domain.gains[other][i][o] > domain.gains[other][i][best])) best = o;
    });
    return best;
  });
}

function tableFromComputer(state: GameState, side: SideIndex): number[] | null {
  if (!state.table || state.table.by === side) return null;
  const implied = optionsOnTable(state);
  return implied.every((o) => o !== null) ? (implied as number[]) : null;
}

function withinRedLines(c: CompiledScenario, side: SideIndex, outcome: readonly number[]): boolean {
  return outcome.every((o, i) => !c.forbidden[side][i][o]);
}

function proposeRest(state: GameState, outcome: readonly number[]): Move {
  return { kind: 'propose', options: outcome.map((o, i) => (state.items[i].status === 'tentative' ? null : o)) };
}

function isLastMove(c: CompiledScenario, state: GameState): boolean {
  return state.round === deadlineRounds(c, state) && state.half === 1;
}

/** My moves this turn (the last one ends it). */
export function scriptedMoves(id: ScriptedPlayerId, ctx: ScriptContext, state: GameState, side: SideIndex): Move[] {
  const { c } = ctx;
  const domain = domainFor(c, state.shifts);
  const allowed = openOptions(c, state);
  const table = tableFromComputer(state, side);
  const tableValue = table && withinRedLines(c, side, table) ? utilityOf(domain, side, table) : null;
  const walkAway = domain.reservation[side];
  const lastChance = state.round === deadlineRounds(c, state);
  switch (id) {
    case 'stubborn': {
      // Never moves; takes whatever beats walking away on its last move (the holdout).
      const demand = bestFor(domain, allowed, side);
      const demandValue = utilityOf(domain, side, demand);
      if (tableValue !== null && (tableValue >= demandValue - 1e-9 || (isLastMove(c, state) && tableValue >= walkAway))) return [{ kind: 'accept' }];
      return [proposeRest(state, demand)];
    }
    case 'nash': {
      const nash = ctx.nash;
      if (!nash) return [{ kind: 'pass' }];
      const fair = utilityOf(domain, side, nash);
      if (tableValue !== null && tableValue >= fair - 1e-9) return [{ kind: 'accept' }];
      return [
        proposeRest(
          state,
          nash.map((o, i) => (state.items[i].status === 'tentative' ? (state.items[i].option as number) : o)),
        ),
      ];
    }
    case 'reciprocal':
      return reciprocalMoves(ctx, state, side, domain, allowed, tableValue, lastChance);
    case 'cherry-picker': {
      // Agrees the items where the computer offers its own best option, holds out on the rest.
      const demand = bestFor(domain, allowed, side);
      const demandValue = utilityOf(domain, side, demand);
      if (tableValue !== null && (tableValue >= demandValue - 1e-9 || (isLastMove(c, state) && tableValue >= walkAway))) return [{ kind: 'accept' }];
      const moves: Move[] = [];
      const offered = state.table && state.table.by !== side ? state.table.options : null;
      offered?.forEach((o, i) => {
        if (o !== null && state.items[i].status !== 'tentative' && o === demand[i]) moves.push({ kind: 'agreeItem', item: i });
      });
      const agreed = new Set(moves.map((m) => (m as { item: number }).item));
      const rest = demand.map((o, i) => (state.items[i].status === 'tentative' || agreed.has(i) ? null : o));
      moves.push(rest.some((o) => o !== null) ? { kind: 'propose', options: rest } : { kind: 'pass' });
      return moves;
    }
  }
}

/**
 * Starts at its best package and concedes towards its Nash value by the deadline: a full step
 * after a turn in which the computer moved towards it, half a step otherwise; warned that it has
 * not moved, it moves. Offers, at its target, the package best for the computer; accepts anything
 * at or above its target.
 */
function reciprocalMoves(ctx: ScriptContext, state: GameState, side: SideIndex, domain: Domain, allowed: boolean[][], tableValue: number | null, lastChance: boolean): Move[] {
  const { c } = ctx;
  const best = utilityOf(domain, side, bestFor(domain, allowed, side));
  const fair = ctx.nash ? utilityOf(domain, side, ctx.nash) : domain.reservation[side];
  const theirs = state.proposals.filter((p) => p.by !== side).map((p) => p.options.reduce<number>((u, o, i) => u + (o === null ? 0 : domain.gains[side][i][o]), 0));
  let steps = 0;
  for (let k = 1; k < theirs.length; k++) steps += theirs[k] > theirs[k - 1] + 1e-9 ? 1 : 0.5;
  const total = Math.max(1, deadlineRounds(c, state) - 1);
  let target = lastChance ? fair : Math.max(fair, best - ((best - fair) * steps) / total);
  // Warned that it has not moved (its steps can leave the same package on the table), it moves.
  const reply = [...state.history].reverse().find((h) => h.side !== null && h.side !== side && h.said);
  const warned = reply?.said?.some((r) => r.code.startsWith('reason.stonewall')) ?? false;
  const mine = [...state.proposals].reverse().find((p) => p.by === side);
  if (warned && mine) {
    const last = mine.options.reduce<number>((u, o, i) => u + domain.gains[side][i][o ?? (state.items[i].option as number)], 0);
    target = Math.min(target, Math.max(fair, nextValueBelow(domain.gains[side], allowed, last - 0.001)));
  }
  if (tableValue !== null && tableValue >= target - 1e-9) return [{ kind: 'accept' }];
  const offer = searchOffer({ gains: domain.gains[side], allowed, score: domain.gains[otherSide(side)], lo: target, hi: Infinity });
  if (!offer) return [{ kind: 'pass' }];
  return [proposeRest(state, offer.outcome)];
}

/** The highest package value below `limit` (small spaces: every allowed package is tried). */
function nextValueBelow(gains: readonly (readonly number[])[], allowed: boolean[][], limit: number): number {
  let values = [0];
  gains.forEach((opts, i) => {
    const next: number[] = [];
    for (const v of values)
      opts.forEach((g, o) => {
        if (allowed[i][o]) next.push(v + g);
      });
    values = next;
  });
  let best = -Infinity;
  for (const v of values) if (v < limit && v > best) best = v;
  return best;
}
