/**
 * The merged frontier and the points chosen on it, checked against full enumeration of small
 * random domains. The enumeration side is deliberately naive and shares no code with analyze.ts.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { analyze, distanceToFrontier, distanceToNash, type Analysis } from '../../../src/engine/analysis/analyze.ts';
import { makeDomain, utilitiesOf, type Domain } from '../../../src/engine/model/domain.ts';
import { randomDomain } from '../../../src/engine/model/random-domain.ts';

const EPS = 1e-12;
const CLOSE = 1e-9;

type Pt = [number, number];
interface Enumerated {
  outcomes: number[][];
  points: Pt[];
}

function enumerate(domain: Domain): Enumerated {
  const counts = domain.optionIds.map((o) => o.length);
  const outcomes: number[][] = [];
  const next = (prefix: number[]): void => {
    if (prefix.length === counts.length) outcomes.push(prefix);
    else for (let o = 0; o < counts[prefix.length]; o++) next([...prefix, o]);
  };
  next([]);
  return { outcomes, points: outcomes.map((o) => utilitiesOf(domain, o)) };
}

/** q dominates p (strictly, with the same tolerance as the engine). */
function dominates(q: Pt, p: Pt): boolean {
  return q[0] >= p[0] - EPS && q[1] >= p[1] - EPS && (q[0] > p[0] + EPS || q[1] > p[1] + EPS);
}

/** Indices of Pareto-optimal outcomes, by comparing every pair. */
function bruteFrontier(points: Pt[]): number[] {
  return points.flatMap((p, i) => (points.some((q) => dominates(q, p)) ? [] : [i]));
}

function acceptable(p: Pt, r: readonly [number, number]): boolean {
  return p[0] >= r[0] - EPS && p[1] >= r[1] - EPS;
}

function near(p: readonly number[], q: readonly number[]): boolean {
  return Math.abs(p[0] - q[0]) <= CLOSE && Math.abs(p[1] - q[1]) <= CLOSE;
}

function ksGap(p: Pt, r: readonly [number, number], max: Pt): number {
  const g = (s: 0 | 1) => (max[s] - r[s] > EPS ? (p[s] - r[s]) / (max[s] - r[s]) : 0);
  return Math.abs(g(0) - g(1));
}

/** Some domains get walk-away values, a few so high that no deal is acceptable. */
function withReservation(domain: Domain, rng: () => number): Domain {
  const roll = rng();
  if (roll < 0.4) return domain;
  const r: [number, number] = roll < 0.9 ? [rng() * 0.6, rng() * 0.6] : [0.85 + rng() * 0.2, 0.85 + rng() * 0.2];
  return { ...domain, reservation: r };
}

/** Mixed option counts (1–5 per item), which randomDomain does not make. */
function mixedDomain(rng: () => number, items: number): Domain {
  const counts = Array.from({ length: items }, () => 1 + Math.floor(rng() * 5));
  const side = () => ({
    weights: counts.map(() => rng()),
    // coarse values make exact ties between different outcomes common
    values: counts.map((n) => Array.from({ length: n }, () => Math.floor(rng() * 4))),
  });
  const [a, b] = [side(), side()];
  return makeDomain({
    itemIds: counts.map((_, i) => `i${i}`),
    optionIds: counts.map((n, i) => Array.from({ length: n }, (_, o) => `i${i}o${o}`)),
    weights: [a.weights, b.weights],
    values: [a.values, b.values],
  });
}

function domains(): { name: string; domain: Domain }[] {
  const rng = seedrandom.alea('brute-force');
  const list: { name: string; domain: Domain }[] = [];
  for (let k = 0; k < 200; k++) {
    const items = 2 + Math.floor(rng() * 5);
    const options = 2 + Math.floor(rng() * 4);
    const kind = k % 2 === 0 ? 'random' : 'opposed';
    const name = `${kind} ${items}x${options} #${k}`;
    list.push({ name, domain: withReservation(randomDomain(`bf${k}`, items, options, kind), rng) });
  }
  for (let k = 0; k < 40; k++) {
    list.push({ name: `mixed #${k}`, domain: withReservation(mixedDomain(rng, 2 + Math.floor(rng() * 5)), rng) });
  }
  return list;
}

function checkFrontier(domain: Domain, analysis: Analysis, all: Enumerated, front: Pt[]): void {
  for (const p of analysis.frontier) {
    expect(utilitiesOf(domain, p.outcome)).toEqual(p.utilities); // the outcome really reaches it
    expect(front.some((q) => near(q, p.utilities))).toBe(true);
  }
  for (const q of front) expect(analysis.frontier.some((p) => near(q, p.utilities))).toBe(true);
  const uA = analysis.frontier.map((p) => p.utilities[0]);
  expect(uA).toEqual([...uA].sort((x, y) => x - y));
  expect(analysis.outcomeCount).toBe(BigInt(all.outcomes.length));
}

function checkSolutions(domain: Domain, analysis: Analysis, all: Enumerated, front: Pt[]): void {
  const r = domain.reservation;
  const max: Pt = [Math.max(...all.points.map((p) => p[0])), Math.max(...all.points.map((p) => p[1]))];
  expect(analysis.maxUtility[0]).toBeCloseTo(max[0], 9);
  expect(analysis.maxUtility[1]).toBeCloseTo(max[1], 9);

  const welfare = Math.max(...all.points.map((p) => p[0] + p[1]));
  expect(analysis.maxWelfare.utilities[0] + analysis.maxWelfare.utilities[1]).toBeCloseTo(welfare, 9);

  // Nash over every acceptable outcome: the product grows in both utilities, so its max is on the frontier.
  const acceptableAll = all.points.filter((p) => acceptable(p, r));
  if (acceptableAll.length === 0) {
    expect(analysis.nash).toBeNull();
    expect(analysis.kalaiSmorodinsky).toBeNull();
    return;
  }
  const product = (p: readonly number[]) => (p[0] - r[0]) * (p[1] - r[1]);
  expect(analysis.nash).not.toBeNull();
  expect(product(analysis.nash!.utilities)).toBeCloseTo(Math.max(...acceptableAll.map(product)), 9);
  expect(acceptable(analysis.nash!.utilities, r)).toBe(true);

  const acceptableFront = front.filter((p) => acceptable(p, r));
  const ks = analysis.kalaiSmorodinsky!;
  expect(acceptable(ks.utilities, r)).toBe(true);
  expect(front.some((q) => near(q, ks.utilities))).toBe(true);
  expect(ksGap(ks.utilities, r, max)).toBeCloseTo(Math.min(...acceptableFront.map((p) => ksGap(p, r, max))), 9);
}

function checkDistances(analysis: Analysis, all: Enumerated, frontIdx: number[], rng: () => number): void {
  for (const i of frontIdx) expect(distanceToFrontier(analysis, all.points[i])).toBe(0);
  const front = frontIdx.map((i) => all.points[i]);
  for (let k = 0; k < 20; k++) {
    const p = all.points[Math.floor(rng() * all.points.length)];
    const d = distanceToFrontier(analysis, p);
    expect(d).toBeGreaterThanOrEqual(0);
    expect(d).toBeCloseTo(Math.min(...front.map((q) => Math.hypot(q[0] - p[0], q[1] - p[1]))), 9);
    const n = distanceToNash(analysis, p);
    if (analysis.nash) expect(n).toBeGreaterThanOrEqual(d);
    else expect(n).toBeNull();
  }
}

describe('analysis against full enumeration', () => {
  const rng = seedrandom.alea('distances');
  it.each(domains())('$name', ({ domain }) => {
    const analysis = analyze(domain);
    const all = enumerate(domain);
    const frontIdx = bruteFrontier(all.points);
    const front = frontIdx.map((i) => all.points[i]);
    checkFrontier(domain, analysis, all, front);
    checkSolutions(domain, analysis, all, front);
    checkDistances(analysis, all, frontIdx, rng);
  });
});
