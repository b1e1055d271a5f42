/** Concedes evenly, and trades across items: it offers what its model says the other side values most. */
import type { StrategyDefinition } from '../strategy-definition.ts';

export const logroller = { id: 'logroller', exponent: 1, target: 'time', scores: 'model' } as const satisfies StrategyDefinition;
