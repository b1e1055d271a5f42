/**
 * The only source of randomness in the engine. The generator's state is plain JSON kept in the
 * game state, so a restored game rolls exactly the same dice.
 * Alea from its own file (a default import: a named one passes tsc but fails in plain Node ESM),
 * not the package's index, which would bring six more generators into the game's download.
 */
import type seedrandom from 'seedrandom';
import alea from 'seedrandom/lib/alea.js';

export interface Rng {
  next(): number;
  state(): object;
}

export function seededRng(seed: string): Rng {
  const r = alea(seed, { state: true });
  return { next: () => r(), state: () => r.state() };
}

export function restoreRng(state: object): Rng {
  const r = alea('', { state: state as seedrandom.State.Alea });
  return { next: () => r(), state: () => r.state() };
}
