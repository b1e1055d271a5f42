/**
 * Seeded random domains for tests and benchmarks.
 * (Default import and `.alea`: a named import passes tsc but fails in plain Node ESM.)
 */
import alea from 'seedrandom/lib/alea.js';
import { makeDomain, type Domain } from './domain.ts';

/**
 * 'random': independent weights and option values per side.
 * 'opposed': on every item the two sides rank the options in exactly reverse order (the same
 * values, mirrored) — the worst case for frontier size, as every trade-off is a real one.
 */
export type RandomDomainKind = 'random' | 'opposed';

export function randomDomain(seed: string, items: number, options: number, kind: RandomDomainKind = 'random'): Domain {
  const rng = alea(seed);
  const weights: [number[], number[]] = [randomWeights(rng, items), randomWeights(rng, items)];
  const values: [number[][], number[][]] = [[], []];
  for (let i = 0; i < items; i++) {
    const mine = randomValues(rng, options);
    if (kind === 'opposed') {
      mine.sort((x, y) => x - y);
      values[0].push(mine);
      values[1].push([...mine].reverse());
    } else {
      values[0].push(mine);
      values[1].push(randomValues(rng, options));
    }
  }
  return makeDomain({
    itemIds: Array.from({ length: items }, (_, i) => `item${i}`),
    optionIds: Array.from({ length: items }, (_, i) => Array.from({ length: options }, (_, o) => `item${i}.option${o}`)),
    weights,
    values,
  });
}

/** Positive weights summing to 1, as GENIUS profiles have. */
function randomWeights(rng: () => number, n: number): number[] {
  const raw = Array.from({ length: n }, () => 0.05 + rng());
  const total = raw.reduce((s, w) => s + w, 0);
  return raw.map((w) => w / total);
}

/** Raw values in [0, 1); makeDomain scales each item so the best option is worth 1. */
function randomValues(rng: () => number, n: number): number[] {
  return Array.from({ length: n }, () => rng());
}
