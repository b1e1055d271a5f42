/**
 * The numeric core of a negotiation: what every algorithm (utilities, strategies, analysis)
 * works on. A scenario compiles to a Domain once; nothing here knows about texts or Syria.
 *
 * Utilities are linear additive (GENIUS semantics): U_s(outcome) = Σ_i weight_s,i · e_s,i(option),
 * where e is the option's value normalised so that the side's best option on the item is 1.
 * `gains[s][i][o]` stores the product weight · e, so a utility is a plain sum.
 */
export type SideIndex = 0 | 1;

/** One option index per item. */
export type Outcome = number[];

export interface Domain {
  /** Item ids, in agenda order. */
  readonly itemIds: readonly string[];
  /** Option ids per item, in ladder order. */
  readonly optionIds: readonly (readonly string[])[];
  /** gains[side][item][option] = weight × normalised value, so U = Σ gains. */
  readonly gains: readonly [readonly (readonly number[])[], readonly (readonly number[])[]];
  /** Each side's walk-away utility (the reservation value r). */
  readonly reservation: readonly [number, number];
}

export function utilityOf(domain: Domain, side: SideIndex, outcome: readonly number[]): number {
  const g = domain.gains[side];
  let u = 0;
  for (let i = 0; i < g.length; i++) u += g[i][outcome[i]];
  return u;
}

export function utilitiesOf(domain: Domain, outcome: readonly number[]): [number, number] {
  return [utilityOf(domain, 0, outcome), utilityOf(domain, 1, outcome)];
}

export function optionCounts(domain: Domain): number[] {
  return domain.optionIds.map((o) => o.length);
}

/** Exact count as a bigint: 20 items × 6 options already exceeds what a float counts exactly. */
export function outcomeCount(domain: Domain): bigint {
  return domain.optionIds.reduce((n, o) => n * BigInt(o.length), 1n);
}

/**
 * Builds a Domain from per-side weights and raw option values (any non-negative scale);
 * values are normalised per item by the side's maximum on that item.
 */
export function makeDomain(spec: { itemIds: string[]; optionIds: string[][]; weights: [number[], number[]]; values: [number[][], number[][]]; reservation?: [number, number] }): Domain {
  const gains = ([0, 1] as const).map((s) =>
    spec.values[s].map((vals, i) => {
      const max = Math.max(...vals);
      return vals.map((v) => (max > 0 ? (spec.weights[s][i] * v) / max : 0));
    }),
  ) as unknown as [number[][], number[][]];
  return {
    itemIds: spec.itemIds,
    optionIds: spec.optionIds,
    gains,
    reservation: spec.reservation ?? [0, 0],
  };
}
