/**
 * Finds an offer at a target utility: small spaces are enumerated exactly; larger ones without
 * enumerating the outcome space (NegMAS's "BIDS" inverter idea): dynamic programming over items on a grid of own utility, keeping for each
 * grid cell the best secondary score (e.g. the opponent model's estimate, for logrolling:
 * "same value to me, best for them"). Cost: items × grid × options, so 20 × 6 stays fast.
 * The grid rounds each item's gain DOWN, so a package in a cell at or above the window's floor is
 * worth at least the floor exactly (a package never looks "at target" while being worth less);
 * it may be worth up to items/grid more than its cell. Among equal scores the DP keeps the package
 * worth most to the searching side, so a package the score rates as good and that is better for
 * the searcher is never passed over. The true utility of the returned outcome is recomputed exactly.
 */
import { outcomeOf, packageTable } from './package-table.ts';

export interface OfferSearch {
  /** gains[item][option]: the searching side's own utility contributions. */
  gains: readonly (readonly number[])[];
  /** allowed[item][option]: false for options fixed away (tentative items) or over a red line. */
  allowed: readonly (readonly boolean[])[];
  /** score[item][option]: what to maximise among offers in the window. */
  score: readonly (readonly number[])[];
  /** Own-utility window [lo, hi]. */
  lo: number;
  hi: number;
}

export interface FoundOffer {
  outcome: number[];
  utility: number;
}

function gridFor(items: number): number {
  return Math.max(200, 40 * items);
}

// Scratch buffers reused across calls: the counterpart searches on every move, and fresh typed
// arrays per call made the garbage collector a visible share of simulation time.
let dpA = new Float64Array(0);
let dpB = new Float64Array(0);
let exA = new Float64Array(0);
let exB = new Float64Array(0);
let picks = new Int16Array(0);

/** Scores closer than this are a tie, broken by the searcher's exact utility. */
const TIE = 1e-12;

function ensureCapacity(size: number, items: number): void {
  if (dpA.length < size) {
    dpA = new Float64Array(size);
    dpB = new Float64Array(size);
    exA = new Float64Array(size);
    exB = new Float64Array(size);
  }
  if (picks.length < size * items) picks = new Int16Array(size * items);
}

/** Up to this many allowed packages, every one is tried: exact, and as fast as the DP. */
const ENUMERATE_UP_TO = 4096;

/**
 * Exact search over every allowed package: the best score among those worth at least `lo` (and
 * at most `hi`, else any above `lo`), ties to the searcher's higher utility; failing that, the
 * package worth most to the searcher.
 */
function enumerateOffers(req: OfferSearch, choices: number[][]): FoundOffer | null {
  const table = packageTable(req.gains, req.score, choices);
  const { utility, score } = table;
  let best = -1;
  let bestIn = false;
  let top = -1;
  for (let k = 0; k < utility.length; k++) {
    const u = utility[k];
    if (top < 0 || u > utility[top]) top = k;
    if (u >= req.lo) {
      const inWindow = u <= req.hi;
      const sc = score[k];
      const better = best < 0 || (inWindow && !bestIn) || (inWindow === bestIn && (sc > score[best] + TIE || (sc > score[best] - TIE && u > utility[best])));
      if (better) {
        best = k;
        bestIn = inWindow;
      }
    }
  }
  const k = best >= 0 ? best : top;
  return k < 0 ? null : { outcome: outcomeOf(table, k), utility: utility[k] };
}

export function searchOffer(req: OfferSearch): FoundOffer | null {
  const choices = req.allowed.map((a) => a.flatMap((ok, o) => (ok ? [o] : [])));
  if (choices.some((c) => c.length === 0)) return null;
  if (choices.reduce((k, c) => k * c.length, 1) <= ENUMERATE_UP_TO) return enumerateOffers(req, choices);
  return searchByGrid(req);
}

function searchByGrid(req: OfferSearch): FoundOffer | null {
  const n = req.gains.length;
  const grid = gridFor(n);
  const bins: number[][] = [];
  let span = 0;
  for (const opts of req.gains) {
    const b = opts.map((g) => Math.floor(g * grid));
    let max = 0;
    for (const x of b) if (x > max) max = x;
    span += max;
    bins.push(b);
  }
  const size = span + 1;
  ensureCapacity(size, n);
  let dp = dpA;
  let next = dpB;
  let ex = exA;
  let exNext = exB;
  dp.fill(-Infinity, 0, size);
  dp[0] = 0;
  ex[0] = 0;
  let reach = 0;
  for (let i = 0; i < n; i++) {
    next.fill(-Infinity, 0, size);
    const base0 = i * size;
    const bi = bins[i];
    const si = req.score[i];
    const ai = req.allowed[i];
    const gi = req.gains[i];
    let reachNext = 0;
    for (let b = 0; b <= reach; b++) {
      const base = dp[b];
      if (base === -Infinity) continue;
      for (let o = 0; o < bi.length; o++) {
        if (!ai[o]) continue;
        const t = b + bi[o];
        const v = base + si[o];
        const e = ex[b] + gi[o];
        if (v > next[t] + TIE || (v > next[t] - TIE && e > exNext[t])) {
          next[t] = v;
          exNext[t] = e;
          picks[base0 + t] = o;
          if (t > reachNext) reachNext = t;
        }
      }
    }
    reach = reachNext;
    const swap = dp;
    dp = next;
    next = swap;
    const swapEx = ex;
    ex = exNext;
    exNext = swapEx;
  }
  const best = pickCell(dp, ex, reach, grid, req.lo, req.hi);
  if (best < 0) return null;
  const outcome = new Array<number>(n);
  let b = best;
  for (let i = n - 1; i >= 0; i--) {
    const o = picks[i * size + b];
    outcome[i] = o;
    b -= bins[i][o];
  }
  let utility = 0;
  for (let i = 0; i < n; i++) utility += req.gains[i][outcome[i]];
  return { outcome, utility };
}

/** The best-scoring reachable cell in the window; failing that, widen upwards, then take the highest cell. */
function pickCell(dp: Float64Array, ex: Float64Array, reach: number, grid: number, lo: number, hi: number): number {
  // A bounded number of widenings: a window that is not a number can never loop for ever.
  let width = hi - lo;
  for (let attempt = 0; attempt < 12 && Number.isFinite(lo) && !Number.isNaN(width); attempt++, width = Math.max(width * 2, 0.02)) {
    const from = Math.max(0, Math.ceil(lo * grid - 1e-9));
    const to = Math.min(reach, Math.floor((lo + width) * grid + 1e-9));
    let best = -1;
    for (let b = from; b <= to; b++) {
      if (dp[b] === -Infinity) continue;
      if (best < 0 || dp[b] > dp[best] + TIE || (dp[b] > dp[best] - TIE && ex[b] > ex[best])) best = b;
    }
    if (best >= 0) return best;
    if (to >= reach) break;
  }
  for (let b = reach; b >= 0; b--) if (dp[b] !== -Infinity) return b;
  return -1;
}
