/**
 * What the rules need besides the state: the compiled scenario, and the Domain as events have
 * shifted it. The shifted Domain is derived from state.shifts, never stored. It is memoised on
 * the shifts array itself: the rules replace that array whenever an event adds a shift, so its
 * identity is a free cache key (a restored game recomputes it once).
 */
import type { Domain } from '../model/domain.ts';
import { shiftedDomain, type CompiledScenario, type ValueShift } from '../scenario/compile.ts';

const memo = new WeakMap<readonly ValueShift[], { compiled: CompiledScenario; domain: Domain }>();

/**
 * Also by the shifts' content, per scenario: games that drew the same news share one Domain (and
 * so the counterpart's tables built on its arrays) instead of each deriving its own. Bounded: a
 * scenario's news makes few distinct shift lists, and the table is cleared if it ever grows.
 */
const byContent = new WeakMap<CompiledScenario, Map<string, Domain>>();
const CONTENT_MEMO_LIMIT = 512;

function sharedDomain(compiled: CompiledScenario, shifts: readonly ValueShift[]): Domain {
  let table = byContent.get(compiled);
  if (!table) byContent.set(compiled, (table = new Map()));
  const key = shifts.map((s) => `${s.side}.${s.item}.${s.option}.${s.delta}`).join(';');
  let domain = table.get(key);
  if (!domain) {
    if (table.size >= CONTENT_MEMO_LIMIT) table.clear();
    table.set(key, (domain = shiftedDomain(compiled, shifts)));
  }
  return domain;
}

export function domainFor(compiled: CompiledScenario, shifts: readonly ValueShift[]): Domain {
  if (shifts.length === 0) return compiled.domain;
  const hit = memo.get(shifts);
  if (hit && hit.compiled === compiled) return hit.domain;
  const domain = sharedDomain(compiled, shifts);
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
