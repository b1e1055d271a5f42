/** What defines a computer counterpart's strategy: a file under ./kinds, registered in ./registry.ts. */
export interface StrategyDefinition {
  /** Its id, as scenarios, setups and the command line name it. */
  readonly id: string;
  /** Concession exponent e of f(t) = t^(1/e) (./concession.ts), unless a personality sets its own. */
  readonly exponent: number;
  /** How its demand falls: on a time schedule, or mirroring the other side's concessions. */
  readonly target: 'time' | 'mirror';
  /**
   * How it picked among offers worth its demand before engine 0.2.0: at random, or by its model of
   * the other side. Since then every strategy offers what is best for the other side by that side's
   * briefed values (docs/counterpart.md), so this no longer changes play; kept as registered.
   */
  readonly scores: 'noise' | 'model';
}
