/**
 * Trust between the sides: reciprocity earns a little, reneging costs a lot.
 */
import type { SideIndex } from '../model/domain.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { domainFor, otherSide } from './context.ts';
import type { GameState } from './state.ts';

export const TRUST_RECIPROCITY = 0.04;
export const TRUST_RENEGE = 0.15;
export const TRUST_TRADE = 0.05;

/** The other side's view of a concession: does this proposal give it more than the proposer's last one? */
export function reciprocity(c: CompiledScenario, state: GameState, side: SideIndex, options: readonly (number | null)[]): number {
  const previous = [...state.proposals].reverse().find((p) => p.by === side);
  if (!previous) return 0;
  const other = otherSide(side);
  const domain = domainFor(c, state.shifts);
  const value = (opts: readonly (number | null)[]) => opts.reduce<number>((u, o, i) => u + (o === null ? 0 : domain.gains[other][i][o]), 0);
  const delta = value(options) - value(previous.options);
  return delta > 1e-9 ? TRUST_RECIPROCITY : delta < -1e-9 ? -TRUST_RECIPROCITY : 0;
}

/** Moves side's trust by delta, within 0–1 (on a state the caller already owns). */
export function adjustTrust(state: GameState, side: SideIndex, delta: number): void {
  if (delta === 0) return;
  const trust = state.trust.slice() as [number, number];
  trust[side] = Math.min(1, Math.max(0, trust[side] + delta));
  state.trust = trust;
}
