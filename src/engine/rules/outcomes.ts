/**
 * How talks end: every item agreed, the deadline (a partial statement or a breakdown), or a
 * walk-out. Each outcome records its reason as a code (../words/codes.ts).
 */
import { utilityOf, type SideIndex } from '../model/domain.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { said } from '../words/codes.ts';
import { deadlineRounds, domainFor } from './context.ts';
import type { GameOutcome, GameState } from './state.ts';

/** The agreed options when every item is tentatively agreed, else null. */
export function deal(state: GameState): number[] | null {
  return state.items.every((it) => it.status === 'tentative') ? state.items.map((it) => it.option as number) : null;
}

export function agreement(c: CompiledScenario, state: GameState, by: SideIndex): GameOutcome {
  const options = deal(state)!;
  const domain = domainFor(c, state.shifts);
  return {
    kind: 'agreement',
    deal: options,
    utilities: [utilityOf(domain, 0, options), utilityOf(domain, 1, options)],
    by,
    reason: said('outcome.agreement'),
    round: state.round,
  };
}

function walkAwayOption(c: CompiledScenario, item: number): string {
  const w = c.scenario.sides[0].walkAway;
  return w.kind === 'statusQuo' ? w.options[c.domain.itemIds[item]] : c.domain.optionIds[item][0];
}

export function partialOrBreakdown(c: CompiledScenario, state: GameState): GameOutcome {
  const domain = domainFor(c, state.shifts);
  const agreedItems = state.items.filter((it) => it.status === 'tentative').length;
  if (c.scenario.rules.partialStatement && agreedItems > 0) {
    const options = state.items.map((it) => (it.status === 'tentative' ? it.option : null));
    const utilities = ([0, 1] as const).map((s) => {
      const w = c.scenario.sides[s].walkAway;
      return options.reduce<number>((u, o, i) => {
        if (o !== null) return u + domain.gains[s][i][o];
        if (w.kind !== 'statusQuo') return u;
        return u + domain.gains[s][i][c.optionIndex[i][w.options[c.domain.itemIds[i]]]];
      }, 0);
    }) as [number, number];
    return {
      kind: 'partial',
      deal: options.map((o, i) => o ?? c.optionIndex[i][walkAwayOption(c, i)] ?? 0),
      utilities,
      by: null,
      reason: said('outcome.partial', { agreed: agreedItems, total: state.items.length }),
      round: deadlineRounds(c, state),
    };
  }
  return {
    kind: 'breakdown',
    deal: null,
    utilities: [domain.reservation[0], domain.reservation[1]],
    by: null,
    reason: said('outcome.breakdown'),
    round: deadlineRounds(c, state),
  };
}

export function walkout(c: CompiledScenario, state: GameState, side: SideIndex): GameOutcome {
  const domain = domainFor(c, state.shifts);
  return {
    kind: 'walkout',
    deal: null,
    utilities: [domain.reservation[0], domain.reservation[1]],
    by: side,
    reason: said('outcome.walkout', { side }),
    round: state.round,
  };
}
