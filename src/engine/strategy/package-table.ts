/**
 * Every allowed package of a small outcome space, with its value to the searcher and its score,
 * worked out once and kept: the counterpart searches the same space several times a move, and
 * summing each package afresh (and allocating its outcome on every improvement) was most of a
 * simulated game's time. Keyed by the very arrays searched (a domain's gains, a score matrix:
 * both stable per scenario and set of news shifts) and which options are allowed.
 */
type Matrix = readonly (readonly number[])[];

export interface PackageTable {
  /** choices[i]: the allowed options of item i; package k picks choices[i][(k / stride_i) % len_i]. */
  choices: readonly (readonly number[])[];
  utility: Float64Array;
  score: Float64Array;
}

const tables = new WeakMap<Matrix, WeakMap<Matrix, Map<string, PackageTable>>>();

function build(gains: Matrix, score: Matrix, choices: readonly (readonly number[])[]): PackageTable {
  const n = choices.length;
  const size = choices.reduce((k, c) => k * c.length, 1);
  const utility = new Float64Array(size);
  const scores = new Float64Array(size);
  const at = new Array<number>(n).fill(0);
  for (let k = 0; k < size; k++) {
    // Summed item by item in order, as the search always did: the same floating-point values.
    let u = 0;
    let sc = 0;
    for (let i = 0; i < n; i++) {
      const o = choices[i][at[i]];
      u += gains[i][o];
      sc += score[i][o];
    }
    utility[k] = u;
    scores[k] = sc;
    let i = 0;
    while (i < n && ++at[i] === choices[i].length) at[i++] = 0;
  }
  return { choices, utility, score: scores };
}

export function packageTable(gains: Matrix, score: Matrix, choices: readonly (readonly number[])[]): PackageTable {
  let byScore = tables.get(gains);
  if (!byScore) tables.set(gains, (byScore = new WeakMap()));
  let byChoices = byScore.get(score);
  if (!byChoices) byScore.set(score, (byChoices = new Map()));
  const key = choices.map((c) => c.join(',')).join('|');
  let table = byChoices.get(key);
  if (!table) byChoices.set(key, (table = build(gains, score, choices)));
  return table;
}

/** The outcome of package k. */
export function outcomeOf(table: PackageTable, k: number): number[] {
  return table.choices.map((c) => {
    const o = c[k % c.length];
    k = Math.floor(k / c.length);
    return o;
  });
}
