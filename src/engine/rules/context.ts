/**
 * What the rules need besides the state: the compiled scenario, and the Domain as events have
 * shifted it. The shifted Domain is derived from state.shifts, never stored, and memoised
 * because shifts change rarely (only when an event fires).
 */
import type { Domain } from '../model/domain.ts';
import { shiftedDomain, type CompiledScenario, type ValueShift } from '../scenario/compile.ts';

const memo = new WeakMap<CompiledScenario, { key: string; domain: Domain }>();

export function domainFor(compiled: CompiledScenario, shifts: readonly ValueShift[]): Domain {
  if (shifts.length === 0) return compiled.domain;
  const key = JSON.stringify(shifts);
  const hit = memo.get(compiled);
  if (hit && hit.key === key) return hit.domain;
  const domain = shiftedDomain(compiled, shifts);
  memo.set(compiled, { key, domain });
  return domain;
}

export function otherSide(side: 0 | 1): 0 | 1 {
  return side === 0 ? 1 : 0;
}
