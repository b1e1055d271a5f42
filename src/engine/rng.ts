/**
 * The only source of randomness in the engine. The generator's state is plain JSON kept in the
 * game state, so a restored game rolls exactly the same dice.
 * (Default import and `.alea`: a named import passes tsc but fails in plain Node ESM.)
 */
import seedrandom from 'seedrandom';

export interface Rng {
  next(): number;
  state(): object;
}

export function seededRng(seed: string): Rng {
  const r = seedrandom.alea(seed, { state: true });
  return { next: () => r(), state: () => r.state() };
}

export function restoreRng(state: object): Rng {
  const r = seedrandom.alea('', { state: state as seedrandom.State.Alea });
  return { next: () => r(), state: () => r.state() };
}
