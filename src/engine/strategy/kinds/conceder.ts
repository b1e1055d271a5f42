/** Gives ground early (e = 2). */
import type { StrategyDefinition } from '../strategy-definition.ts';

export const conceder = { id: 'conceder', exponent: 2, target: 'time', tradeRatio: null } as const satisfies StrategyDefinition;
