/** Gives ground early (e = 2). */
import type { StrategyDefinition } from '../strategy-definition.ts';

export const conceder = { id: 'conceder', exponent: 2, target: 'time', scores: 'noise' } as const satisfies StrategyDefinition;
