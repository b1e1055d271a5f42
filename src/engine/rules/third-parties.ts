/**
 * Third parties react to what is on the table: tentatively agreed items, and for the other items
 * the latest proposal. Satisfaction is 0.5 plus half the average effect over the items the party
 * cares about (those where any option affects it), plus what events added; 0–1.
 */
import type { CompiledScenario } from '../scenario/compile.ts';
import type { GameState, ThirdPartyState } from './state.ts';

export const PLEASED = 0.6;
export const UNEASY = 0.35;

export type Reaction = 'pleased' | 'uneasy' | 'angry';

export function reactionOf(satisfaction: number): Reaction {
  return satisfaction >= PLEASED ? 'pleased' : satisfaction >= UNEASY ? 'uneasy' : 'angry';
}

/** The option on the table for each item, or null where nothing is proposed or agreed. */
export function optionsOnTable(state: Pick<GameState, 'items' | 'table'>): (number | null)[] {
  return state.items.map((it, i) => (it.status === 'tentative' ? it.option : (state.table?.options[i] ?? null)));
}

export function thirdPartyStates(compiled: CompiledScenario, onTable: readonly (number | null)[], modifiers: readonly number[]): ThirdPartyState[] {
  return compiled.partyIds.map((_, p) => {
    let sum = 0;
    let count = 0;
    let cause: ThirdPartyState['cause'] = null;
    compiled.effects.forEach((byOption, i) => {
      if (!byOption.some((effects) => effects[p] !== 0)) return;
      const o = onTable[i];
      if (o === null) return;
      const effect = byOption[o][p];
      sum += effect;
      count++;
      if (effect !== 0 && (cause === null || Math.abs(effect) > Math.abs(cause.effect))) cause = { item: i, option: o, effect };
    });
    const modifier = modifiers[p] ?? 0;
    const satisfaction = Math.min(1, Math.max(0, 0.5 + (count > 0 ? (0.5 * sum) / count : 0) + modifier));
    return { satisfaction, modifier, cause };
  });
}
