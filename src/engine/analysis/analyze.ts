/**
 * Debrief and designer analysis of a domain: Pareto frontier, Nash, Kalai–Smorodinsky, max welfare,
 * and how far an agreement lies from them (the metrics of GENIUS analysis/BidSpace.java and
 * NegMAS preferences/ops.py). Everything is computed on the frontier, never on the outcome space.
 */
import { outcomeCount, type Domain } from '../model/domain.ts';
import { EPS, paretoFrontier, type FrontierPoint } from './frontier.ts';

export { EPS, paretoFrontier, type FrontierPoint } from './frontier.ts';

export type UtilityPair = readonly [number, number];

export interface Analysis {
  /** Size of the outcome space; exact, as it overflows a float's integers past ~15 items. */
  readonly outcomeCount: bigint;
  /** outcomeCount in decimal, for JSON and display. */
  readonly outcomeCountText: string;
  /** Pareto frontier, sorted by side 0's utility ascending. */
  readonly frontier: readonly FrontierPoint[];
  /** argmax (uA−rA)(uB−rB) over frontier points both sides prefer to walking away; null if none. */
  readonly nash: FrontierPoint | null;
  /** Frontier point with the most equal normalised gains (see kalaiSmorodinskyPoint); null if none. */
  readonly kalaiSmorodinsky: FrontierPoint | null;
  /** argmax uA+uB over the frontier. */
  readonly maxWelfare: FrontierPoint;
  /** Each side's walk-away utility (domain.reservation). */
  readonly reservation: [number, number];
  /** Each side's best possible utility (its best option on every item). */
  readonly maxUtility: [number, number];
}

/** Analysis with the bigint made a string, so JSON.stringify works. */
export type JsonAnalysis = Omit<Analysis, 'outcomeCount'> & { readonly outcomeCount: string };

export function analyze(domain: Domain): Analysis {
  const frontier = paretoFrontier(domain);
  const reservation: [number, number] = [domain.reservation[0], domain.reservation[1]];
  const maxUtility = maxUtilities(domain);
  const count = outcomeCount(domain);
  return {
    outcomeCount: count,
    outcomeCountText: count.toString(),
    frontier,
    nash: nashPoint(frontier, reservation),
    kalaiSmorodinsky: kalaiSmorodinskyPoint(frontier, reservation, maxUtility),
    maxWelfare: maxWelfarePoint(frontier),
    reservation,
    maxUtility,
  };
}

export function toJsonAnalysis(analysis: Analysis): JsonAnalysis {
  return { ...analysis, outcomeCount: analysis.outcomeCountText };
}

/** Euclidean distance from a utility pair to the nearest frontier point (0 on the frontier). */
export function distanceToFrontier(analysis: Analysis, point: UtilityPair): number {
  let best = Infinity;
  for (const p of analysis.frontier) best = Math.min(best, distance(p.utilities, point));
  return snapToZero(best);
}

/** Euclidean distance from a utility pair to the Nash point; null when there is no Nash point. */
export function distanceToNash(analysis: Analysis, point: UtilityPair): number | null {
  return analysis.nash ? snapToZero(distance(analysis.nash.utilities, point)) : null;
}

/** Best utility per side: additive, so it is the sum of the side's best gain on each item. */
export function maxUtilities(domain: Domain): [number, number] {
  const best = (side: 0 | 1) => domain.gains[side].reduce((u, g) => u + Math.max(...g), 0);
  return [best(0), best(1)];
}

/** Individually rational: both sides get at least their walk-away value. */
export function isAcceptableToBoth(utilities: UtilityPair, reservation: UtilityPair): boolean {
  return utilities[0] >= reservation[0] - EPS && utilities[1] >= reservation[1] - EPS;
}

/**
 * Nash bargaining solution. Only points both sides accept count: GENIUS skips that check, but a
 * product of two losses is positive and would otherwise win.
 * Ties go to the first point in frontier order, as in GENIUS (strict >).
 */
export function nashPoint(frontier: readonly FrontierPoint[], reservation: UtilityPair): FrontierPoint | null {
  let best: FrontierPoint | null = null;
  let bestProduct = -Infinity;
  for (const p of frontier) {
    if (!isAcceptableToBoth(p.utilities, reservation)) continue;
    const product = (p.utilities[0] - reservation[0]) * (p.utilities[1] - reservation[1]);
    if (product > bestProduct + EPS) {
      best = p;
      bestProduct = product;
    }
  }
  return best;
}

/**
 * Kalai–Smorodinsky: the acceptable frontier point whose gains over the walk-away value, as
 * shares of each side's best possible gain, are most nearly equal.
 * GENIUS (BidSpace.getKalaiSmorodinsky) minimises |uA − uB| with no reservation and no scaling;
 * with GENIUS domains (best utility 1, reservation 0) both rules give the same point. We scale so
 * that a non-zero walk-away value or a side that cannot reach 1 is treated fairly.
 */
export function kalaiSmorodinskyPoint(frontier: readonly FrontierPoint[], reservation: UtilityPair, maxUtility: UtilityPair): FrontierPoint | null {
  let best: FrontierPoint | null = null;
  let bestGap = Infinity;
  for (const p of frontier) {
    if (!isAcceptableToBoth(p.utilities, reservation)) continue;
    const gap = kalaiSmorodinskyGap(p.utilities, reservation, maxUtility);
    if (gap < bestGap - EPS) {
      best = p;
      bestGap = gap;
    }
  }
  return best;
}

/** |normalised gain of side 0 − normalised gain of side 1|: 0 on the Kalai–Smorodinsky line. */
export function kalaiSmorodinskyGap(utilities: UtilityPair, reservation: UtilityPair, maxUtility: UtilityPair): number {
  return Math.abs(normalisedGain(utilities[0], reservation[0], maxUtility[0]) - normalisedGain(utilities[1], reservation[1], maxUtility[1]));
}

/**
 * (u − r)/(max − r): the share of the best possible gain a side gets (NegMAS "advantage").
 * A side whose walk-away value is already its best has nothing to gain: 0.
 */
export function normalisedGain(u: number, r: number, max: number): number {
  return max - r > EPS ? (u - r) / (max - r) : 0;
}

/** Max social welfare; the frontier is never empty, and a welfare maximum is always on it. */
export function maxWelfarePoint(frontier: readonly FrontierPoint[]): FrontierPoint {
  let best = frontier[0];
  for (const p of frontier) {
    if (p.utilities[0] + p.utilities[1] > best.utilities[0] + best.utilities[1] + EPS) best = p;
  }
  return best;
}

function distance(p: UtilityPair, q: UtilityPair): number {
  return Math.hypot(p[0] - q[0], p[1] - q[1]);
}

/** The same outcome summed along another path can differ by ~1e-16: that is still "on it". */
function snapToZero(d: number): number {
  return d <= EPS ? 0 : d;
}
