/**
 * Concedes evenly, and trades across items from its first offer: it gives way at once wherever a
 * point of its own buys the other side at least three (./logroll.ts), and asks for its best where
 * it cares most.
 */
import type { StrategyDefinition } from '../strategy-definition.ts';

export const logroller = { id: 'logroller', exponent: 1, target: 'time', tradeRatio: 3 } as const satisfies StrategyDefinition;
