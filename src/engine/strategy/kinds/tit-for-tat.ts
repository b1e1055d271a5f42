/** Mirrors the other side's concessions, measured in its own utility. */
import type { StrategyDefinition } from '../strategy-definition.ts';

export const titForTat = { id: 'tit-for-tat', exponent: 1, target: 'mirror', tradeRatio: null } as const satisfies StrategyDefinition;
