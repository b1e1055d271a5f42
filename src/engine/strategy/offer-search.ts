/**
 * Finds an offer at a target utility without enumerating the outcome space (NegMAS's "BIDS"
 * inverter idea): dynamic programming over items on a grid of own utility, keeping for each
 * grid cell the best secondary score (e.g. the opponent model's estimate, for logrolling:
 * "same value to me, best for them"). Cost: items × grid × options, so 20 × 6 stays fast.
 * The grid rounds each item's gain, so the found utility is within items/(2·grid) of the cell;
 * the true utility of the returned outcome is always recomputed exactly.
 */
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
let picks = new Int16Array(0);

function ensureCapacity(size: number, items: number): void {
  if (dpA.length < size) {
    dpA = new Float64Array(size);
    dpB = new Float64Array(size);
  }
  if (picks.length < size * items) picks = new Int16Array(size * items);
}

export function searchOffer(req: OfferSearch): FoundOffer | null {
  const n = req.gains.length;
  const grid = gridFor(n);
  const bins: number[][] = [];
  let span = 0;
  for (const opts of req.gains) {
    const b = opts.map((g) => Math.round(g * grid));
    let max = 0;
    for (const x of b) if (x > max) max = x;
    span += max;
    bins.push(b);
  }
  const size = span + 1;
  ensureCapacity(size, n);
  let dp = dpA;
  let next = dpB;
  dp.fill(-Infinity, 0, size);
  dp[0] = 0;
  let reach = 0;
  for (let i = 0; i < n; i++) {
    next.fill(-Infinity, 0, size);
    const base0 = i * size;
    const bi = bins[i];
    const si = req.score[i];
    const ai = req.allowed[i];
    let reachNext = 0;
    for (let b = 0; b <= reach; b++) {
      const base = dp[b];
      if (base === -Infinity) continue;
      for (let o = 0; o < bi.length; o++) {
        if (!ai[o]) continue;
        const t = b + bi[o];
        const v = base + si[o];
        if (v > next[t]) {
          next[t] = v;
          picks[base0 + t] = o;
          if (t > reachNext) reachNext = t;
        }
      }
    }
    reach = reachNext;
    const swap = dp;
    dp = next;
    next = swap;
  }
  const best = pickCell(dp, reach, grid, req.lo, req.hi);
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
function pickCell(dp: Float64Array, reach: number, grid: number, lo: number, hi: number): number {
  // A bounded number of widenings: a window that is not a number can never loop for ever.
  let width = hi - lo;
  for (let attempt = 0; attempt < 12 && Number.isFinite(lo) && Number.isFinite(width); attempt++, width = Math.max(width * 2, 0.02)) {
    const from = Math.max(0, Math.ceil(lo * grid - 1e-9));
    const to = Math.min(reach, Math.floor((lo + width) * grid + 1e-9));
    let best = -1;
    for (let b = from; b <= to; b++) if (dp[b] !== -Infinity && (best < 0 || dp[b] > dp[best])) best = b;
    if (best >= 0) return best;
    if (to >= reach) break;
  }
  for (let b = reach; b >= 0; b--) if (dp[b] !== -Infinity) return b;
  return -1;
}
