/** Never concedes: always asks for its best (e = 0). */
import type { StrategyDefinition } from '../strategy-definition.ts';

export const hardliner = { id: 'hardliner', exponent: 0, target: 'time', tradeRatio: null } as const satisfies StrategyDefinition;
