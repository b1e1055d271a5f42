/**
 * How much a computer side still demands at a moment of the talks (GENIUS TimeDependentAgent):
 * f(t) = t^(1/e); target p(t) = Pmin + (Pmax − Pmin)(1 − f(t)).
 * e = 0 never concedes, 0.2 Boulware (firm until late), 1 linear, 2 Conceder.
 * Tit-for-tat instead mirrors the other side's concessions, measured in its own utility.
 * Trust shifts the target: a side that trusts its counterpart gives a little more.
 */
import type { CounterpartProfile } from '../rules/state.ts';
import { STRATEGIES, strategyOf } from './registry.ts';

/** Each strategy's exponent, from its definition (./kinds). */
export const STRATEGY_EXPONENT = Object.fromEntries(STRATEGIES.map((id) => [id, strategyOf(id).exponent])) as Record<CounterpartProfile['strategy'], number>;

const TRUST_SHIFT = 0.15;

export function timeFraction(round: number, half: 0 | 1, rounds: number): number {
  const moves = 2 * rounds - 1;
  return moves <= 0 ? 1 : Math.min(1, ((round - 1) * 2 + half) / moves);
}

export function timeDependentTarget(e: number, t: number, pMin: number, pMax: number): number {
  const f = e === 0 ? 0 : t ** (1 / e);
  return pMin + (pMax - pMin) * (1 - f);
}

/**
 * Tit-for-tat: concede what the other side has conceded to us so far (their best offer's value to
 * us minus their first offer's), and never hold out past the linear schedule near the deadline.
 */
export function titForTatTarget(t: number, pMin: number, pMax: number, theirFirst: number | null, theirBest: number | null): number {
  const conceded = theirFirst === null || theirBest === null ? 0 : Math.max(0, theirBest - theirFirst);
  let target = pMax - conceded;
  if (t > 0.75) target = Math.min(target, timeDependentTarget(1, t, pMin, pMax));
  return Math.max(pMin, target);
}

export function trustAdjusted(target: number, trust: number, pMin: number, pMax: number): number {
  return Math.min(pMax, Math.max(pMin, target - (trust - 0.5) * TRUST_SHIFT * (pMax - pMin)));
}
