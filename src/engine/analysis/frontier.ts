/**
 * Exact Pareto frontier of an additive two-party domain, without enumerating the outcome space.
 *
 * Why this works: with additive utilities an outcome's point is the sum of one point per item, and
 * a sum can only be Pareto-optimal if each partial sum is Pareto-optimal among the partial sums of
 * the same items (otherwise swap in the dominating prefix and the whole sum improves). So we merge
 * item by item: frontier(items 0..i) = nondominated(frontier(items 0..i−1) ⊕ options of item i).
 * The space can be 10^15 outcomes; the frontier stays at hundreds or a few thousand points.
 *
 * Dominance is strict, as in GENIUS (analysis/BidSpace.java, ParetoFrontier.java): p dominates q
 * when p is at least as good for both sides and better for one. Points equal within EPS on both
 * axes are one point (we keep one outcome for it).
 */
import type { Domain } from '../model/domain.ts';

/** Utilities closer than this are equal: float sums along different paths differ by ~1e-16. */
export const EPS = 1e-12;

export interface FrontierPoint {
  /** One outcome (option index per item) that reaches this point. */
  readonly outcome: number[];
  /** [utility of side 0, utility of side 1]. */
  readonly utilities: [number, number];
}

/** One merge step's surviving points, with back-pointers to rebuild an outcome for each. */
interface Layer {
  readonly a: Float64Array;
  readonly b: Float64Array;
  /** Index of the point in the previous layer this point extends. */
  readonly parent: Int32Array;
  /** Option chosen on this layer's item. */
  readonly option: Int32Array;
}

/**
 * The Pareto frontier, sorted by side 0's utility ascending (so side 1's utility descends).
 * Throws if an item has no options (the outcome space would be empty).
 */
export function paretoFrontier(domain: Domain): FrontierPoint[] {
  const layers: Layer[] = [];
  // Start from the empty outcome at (0, 0): adding gains to 0 item by item gives bit-for-bit the
  // same sums as utilityOf, so our points equal the utilities the rest of the engine computes.
  let a: Float64Array = Float64Array.of(0);
  let b: Float64Array = Float64Array.of(0);
  for (let item = 0; item < domain.itemIds.length; item++) {
    const layer = mergeItem(a, b, domain.gains[0][item], domain.gains[1][item], item);
    layers.push(layer);
    a = layer.a;
    b = layer.b;
  }
  return collectPoints(layers, a, b);
}

/** Adds every useful option of one item to every frontier point, and keeps the nondominated sums. */
function mergeItem(a: Float64Array, b: Float64Array, gainsA: readonly number[], gainsB: readonly number[], item: number): Layer {
  if (gainsA.length === 0) throw new Error(`analysis: item ${item} has no options`);
  const options = nondominatedOptions(gainsA, gainsB);
  const n = a.length * options.length;
  const ca = new Float64Array(n);
  const cb = new Float64Array(n);
  const parent = new Int32Array(n);
  const option = new Int32Array(n);
  let k = 0;
  for (let p = 0; p < a.length; p++) {
    for (const o of options) {
      ca[k] = a[p] + gainsA[o];
      cb[k] = b[p] + gainsB[o];
      parent[k] = p;
      option[k] = o;
      k++;
    }
  }
  const keep = nondominatedIndices(ca, cb);
  return {
    a: pick(ca, keep),
    b: pick(cb, keep),
    parent: Int32Array.from(keep, (i) => parent[i]),
    option: Int32Array.from(keep, (i) => option[i]),
  };
}

/** An option dominated on its own item can never be part of a frontier outcome: drop it early. */
function nondominatedOptions(gainsA: readonly number[], gainsB: readonly number[]): number[] {
  return nondominatedIndices(Float64Array.from(gainsA), Float64Array.from(gainsB));
}

/**
 * Indices of the nondominated points, ordered by a ascending (b descending).
 * Sweep from the best a down: a point survives only if its b beats every b seen so far.
 */
function nondominatedIndices(a: Float64Array, b: Float64Array): number[] {
  const order = Array.from({ length: a.length }, (_, i) => i);
  order.sort((i, j) => a[j] - a[i] || b[j] - b[i]); // a descending, then b descending
  const kept: number[] = [];
  let bestB = -Infinity;
  for (const i of order) {
    if (b[i] <= bestB + EPS) continue; // a no better, b no better: dominated or a duplicate
    // The sort is exact but dominance is within EPS: a kept point whose a is only EPS above this
    // one's is dominated by it (this one has a clearly higher b).
    while (kept.length > 0 && a[kept[kept.length - 1]] - a[i] <= EPS) kept.pop();
    kept.push(i);
    bestB = b[i];
  }
  return kept.reverse();
}

function pick(values: Float64Array, indices: readonly number[]): Float64Array {
  return Float64Array.from(indices, (i) => values[i]);
}

/** Follows the back-pointers from the last layer to give every point one full outcome. */
function collectPoints(layers: readonly Layer[], a: Float64Array, b: Float64Array): FrontierPoint[] {
  const points: FrontierPoint[] = [];
  for (let p = 0; p < a.length; p++) {
    const outcome = new Array<number>(layers.length);
    let j = p;
    for (let item = layers.length - 1; item >= 0; item--) {
      outcome[item] = layers[item].option[j];
      j = layers[item].parent[j];
    }
    points.push({ outcome, utilities: [a[p], b[p]] });
  }
  return points;
}
