/** What defines a computer counterpart's strategy: a file under ./kinds, registered in ./registry.ts. */
export interface StrategyDefinition {
  /** Its id, as scenarios, setups and the command line name it. */
  readonly id: string;
  /** Concession exponent e of f(t) = t^(1/e) (./concession.ts), unless a personality sets its own. */
  readonly exponent: number;
  /** How its demand falls: on a time schedule, or mirroring the other side's concessions. */
  readonly target: 'time' | 'mirror';
  /** How it picks among offers worth its demand: at random (seeded), or by what its model says the other side values. */
  readonly scores: 'noise' | 'model';
}
