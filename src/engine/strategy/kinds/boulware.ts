/** Holds firm until late, then concedes fast (e = 0.2). */
import type { StrategyDefinition } from '../strategy-definition.ts';

export const boulware = { id: 'boulware', exponent: 0.2, target: 'time', tradeRatio: null } as const satisfies StrategyDefinition;
