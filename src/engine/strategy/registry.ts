/**
 * The strategy registry: one extension point, append only. Result and session codes write a
 * strategy as its place in this list, so a new strategy is one file under ./kinds plus one line
 * at the END of the list below (and its name in the strings tables); never reorder or remove
 * (tests/engine/registries.test.ts holds the list as it is).
 */
import type { StrategyDefinition } from './strategy-definition.ts';
import { boulware } from './kinds/boulware.ts';
import { conceder } from './kinds/conceder.ts';
import { hardliner } from './kinds/hardliner.ts';
import { linear } from './kinds/linear.ts';
import { logroller } from './kinds/logroller.ts';
import { titForTat } from './kinds/tit-for-tat.ts';

const REGISTERED = [
  hardliner,
  boulware,
  linear,
  conceder,
  titForTat,
  logroller,
  // Add a strategy here, at the end.
] as const;

type Ids<T extends readonly { id: string }[]> = { -readonly [K in keyof T]: T[K]['id'] };

/** The strategies' ids, in registry order (zod's enum and the codes' indices use it). */
export const STRATEGIES = REGISTERED.map((s) => s.id) as Ids<typeof REGISTERED>;
export type Strategy = (typeof STRATEGIES)[number];

const BY_ID = new Map<string, StrategyDefinition>(REGISTERED.map((s) => [s.id, s]));

/** A registered strategy's definition. */
export function strategyOf(id: Strategy): StrategyDefinition {
  return BY_ID.get(id)!;
}
