/**
 * Why stonewalling does not pay (docs/counterpart.md gives the reasons and sources).
 *
 * 1. A fair-share floor: without a move from the other side, a counterpart concedes no further
 *    than its value at the scenario's Nash point (the debrief's "fair split of the gains"), less a
 *    personality's slack. The deadline changes nothing: on its last move it accepts what it would
 *    accept on any other, so the side that moves last gains nothing by waiting.
 * 2. Patience: it counts the other side's turns since their first offer that did not move towards
 *    it (their offers' value to it rose by less than a point) while their best offer was still
 *    below its floor. A fair offer never counts as stonewalling, however often it is repeated.
 *    Easy forgives; normal may leave, with a risk growing with each further turn; hard warns once
 *    and then leaves. Whatever it does, it says so first.
 * Every number here comes from the counterpart's own values and the public table.
 */
import { utilityOf, type Domain, type SideIndex } from '../model/domain.ts';
import { analyzeScenario } from '../analysis/scenario-analysis.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import type { CounterpartProfile, GameState } from '../rules/state.ts';
import type { Rng } from '../rng.ts';
import type { Said } from '../words/codes.ts';
import { stonewall } from './reasons.ts';

/** How a personality answers a side that will not move. */
export interface Patience {
  /** Share of the gap between its floor and its walk-away it gives up anyway (1 = all of it). */
  slack: number;
  /** Turns without a move after which it warns. */
  warnAfter: number;
  /** Chance of leaving per turn beyond the warning (1 = leaves at once); 0 never leaves. */
  leaveRisk: number;
}

export const PATIENCE: Record<CounterpartProfile['strategy'], Patience> = {
  conceder: { slack: 1, warnAfter: 2, leaveRisk: 0 },
  linear: { slack: 0.1, warnAfter: 2, leaveRisk: 0.25 },
  logroller: { slack: 0.1, warnAfter: 2, leaveRisk: 0.25 },
  'tit-for-tat': { slack: 0.1, warnAfter: 2, leaveRisk: 0.25 },
  boulware: { slack: 0, warnAfter: 2, leaveRisk: 1 },
  hardliner: { slack: 0, warnAfter: 2, leaveRisk: 1 },
};

/** Less than a point of movement is no movement. */
export const MOVE_STEP = 0.01;

const nashMemo = new WeakMap<CompiledScenario, readonly number[] | null>();

/**
 * Each side's value, as the domain now stands, of the scenario's Nash package (the debrief's fair
 * split, computed once per scenario; news that moves values moves what that package is worth).
 * Null when no deal beats walking away for both.
 */
export function fairShares(c: CompiledScenario, domain: Domain): readonly [number, number] | null {
  const nash = fairPackage(c);
  return nash ? [utilityOf(domain, 0, nash), utilityOf(domain, 1, nash)] : null;
}

/** The scenario's Nash package (the debrief's fair split), computed once per scenario; null when there is none. */
export function fairPackage(c: CompiledScenario): readonly number[] | null {
  if (!nashMemo.has(c)) nashMemo.set(c, analyzeScenario(c).nash?.outcome ?? null);
  return nashMemo.get(c)!;
}

/** The lowest value a side concedes to without a move from the other side. */
export function fairFloor(c: CompiledScenario, domain: Domain, side: SideIndex, profile: CounterpartProfile, pMin: number): number {
  const shares = fairShares(c, domain);
  if (!shares) return pMin;
  const fair = shares[side];
  return Math.max(pMin, fair - PATIENCE[profile.strategy].slack * Math.max(0, fair - pMin));
}

/** A proposal's value to `side`, open items counted at its best option (as the other side's offers read). */
export function offerValue(domain: Domain, side: SideIndex, options: readonly (number | null)[]): number {
  let u = 0;
  domain.gains[side].forEach((opts, i) => {
    const o = options[i];
    u += o === null ? Math.max(...opts) : opts[o];
  });
  return u;
}

/** Taking what we offered is a move; agreeing single items or floating trades is not (cherry-picking). */
const MOVES: ReadonlySet<string> = new Set(['move.accept', 'move.acceptTrade']);

/** The other side's turns as `side` reads them. */
export interface TheirTurns {
  /** Their turns in a row, up to now, that did not move towards `side` (counted from their first proposal). */
  stalls: number;
  /** Their best proposal's value to `side` so far; null before their first. */
  best: number | null;
  /** Their latest turn opened the talks with a proposal or moved towards `side` (./reciprocity.ts answers it). */
  lastMoved: boolean;
}

/**
 * Reads the other side's turns: a pass counts as no move, accepting our offer or trade is a move,
 * and their opening proposal is where counting starts (and a move to answer).
 */
export function theirTurns(domain: Domain, state: GameState, side: SideIndex): TheirTurns {
  const other = side === 0 ? 1 : 0;
  let best: number | null = null;
  let stalls = 0;
  let turnMoved = false;
  let turnOpen = false;
  let lastMoved = false;
  const close = () => {
    if (turnOpen && best !== null) stalls = turnMoved ? 0 : stalls + 1;
    if (turnOpen) lastMoved = turnMoved;
    turnOpen = false;
    turnMoved = false;
  };
  let lastKey = '';
  for (const turn of state.history) {
    if (turn.side !== other || !turn.line.code.startsWith('move.') || turn.line.code === 'move.answers') continue;
    const key = `${turn.round}`;
    if (key !== lastKey) close();
    lastKey = key;
    turnOpen = true;
    const m = turn.line;
    if (m.code === 'move.propose') {
      const v = offerValue(domain, side, m.params.options);
      if (best === null) {
        best = v;
        turnOpen = false; // the opening offer is where counting starts
        lastMoved = true;
      } else if (v >= best + MOVE_STEP) {
        best = v;
        turnMoved = true;
      }
    } else if (MOVES.has(m.code)) turnMoved = true;
  }
  close();
  return { stalls, best, lastMoved };
}

/**
 * How many of the other side's turns in a row, up to now, did not move towards `side`: counted
 * from their first proposal; a pass counts, accepting our offer or trade is a move;
 * 0 once their best offer reaches `floor`.
 */
export function stalledTurns(domain: Domain, state: GameState, side: SideIndex, floor: number): number {
  const { best, stalls } = theirTurns(domain, state, side);
  return best !== null && best >= floor - 1e-9 ? 0 : stalls;
}

export interface StanceDecision {
  floor: number;
  stalls: number;
  leave: boolean;
  said: Said[];
}

/** The counterpart's answer to stonewalling: its floor, and whether it warns or leaves now. */
export function stance(c: CompiledScenario, domain: Domain, state: GameState, side: SideIndex, profile: CounterpartProfile, pMin: number, rng: Rng): StanceDecision {
  const floor = fairFloor(c, domain, side, profile, pMin);
  const stalls = stalledTurns(domain, state, side, floor);
  const p = PATIENCE[profile.strategy];
  const said: Said[] = [];
  let leave = false;
  if (stalls >= p.warnAfter) {
    const beyond = stalls - p.warnAfter;
    const risk = Math.min(1, beyond * p.leaveRisk);
    // One draw per decision whatever the risk, so a game's random sequence does not depend on it.
    const roll = rng.next();
    leave = beyond > 0 && roll < risk;
    if (leave) said.push(stonewall('leave', stalls, floor, 1));
    else if (p.leaveRisk === 0) said.push(stonewall('forgive', stalls, floor, 0));
    else if (p.leaveRisk >= 1) said.push(stonewall('warning', stalls, floor, 1));
    else said.push(stonewall('patience', stalls, floor, Math.min(1, (beyond + 1) * p.leaveRisk)));
  }
  return { floor, stalls, leave, said };
}
