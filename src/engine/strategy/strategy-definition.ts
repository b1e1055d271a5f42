/** What defines a computer counterpart's strategy: a file under ./kinds, registered in ./registry.ts. */
export interface StrategyDefinition {
  /** Its id, as scenarios, setups and the command line name it. */
  readonly id: string;
  /** Concession exponent e of f(t) = t^(1/e) (./concession.ts), unless a personality sets its own. */
  readonly exponent: number;
  /** How its demand falls: on a time schedule, or mirroring the other side's concessions. */
  readonly target: 'time' | 'mirror';
  /**
   * Logrolling: on every item it gives way at once to the option where a point of its own buys the
   * other side at least this many, so its first offer already trades what matters little to it for
   * what matters much (./logroll.ts); its schedule then starts from that package. Null: its
   * schedule starts from its best package. (Before engine 0.3.0 this field was `scores`, which had
   * stopped changing play when every strategy began offering the package best for the other side.)
   */
  readonly tradeRatio: number | null;
}
