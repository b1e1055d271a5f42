/**
 * What the rules need besides the state: the compiled scenario, and the Domain as events have
 * shifted it. The shifted Domain is derived from state.shifts, never stored. It is memoised on
 * the shifts array itself: the rules replace that array whenever an event adds a shift, so its
 * identity is a free cache key (a restored game recomputes it once).
 */
import type { Domain } from '../model/domain.ts';
import { shiftedDomain, type CompiledScenario, type ValueShift } from '../scenario/compile.ts';

const memo = new WeakMap<readonly ValueShift[], { compiled: CompiledScenario; domain: Domain }>();

export function domainFor(compiled: CompiledScenario, shifts: readonly ValueShift[]): Domain {
  if (shifts.length === 0) return compiled.domain;
  const hit = memo.get(shifts);
  if (hit && hit.compiled === compiled) return hit.domain;
  const domain = shiftedDomain(compiled, shifts);
  memo.set(shifts, { compiled, domain });
  return domain;
}

/** Rounds until the deadline: the session's override, or the scenario's own. */
export function deadlineRounds(compiled: CompiledScenario, state: { setup: { rounds?: number } }): number {
  return state.setup.rounds ?? compiled.scenario.deadline.rounds;
}

export function otherSide(side: 0 | 1): 0 | 1 {
  return side === 0 ? 1 : 0;
}
