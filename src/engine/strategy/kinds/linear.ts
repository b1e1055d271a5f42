/** Concedes evenly over the talks (e = 1). */
import type { StrategyDefinition } from '../strategy-definition.ts';

export const linear = { id: 'linear', exponent: 1, target: 'time', tradeRatio: null } as const satisfies StrategyDefinition;
