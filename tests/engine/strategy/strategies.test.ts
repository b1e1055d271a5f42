import { describe, expect, it } from 'vitest';
import { timeDependentTarget, timeFraction, titForTatTarget, trustAdjusted, STRATEGY_EXPONENT } from '../../../src/engine/strategy/concession.ts';
import { believedPriority, emptyModel, estimatedUtility, observeProposal, observeStatedPriority } from '../../../src/engine/strategy/opponent-model.ts';
import { searchOffer } from '../../../src/engine/strategy/offer-search.ts';
import { randomDomain } from '../../../src/engine/model/random-domain.ts';
import seedrandom from 'seedrandom';

describe('time-dependent concession', () => {
  it('Boulware holds firm, Linear concedes evenly, Conceder gives ground early, Hardliner never', () => {
    const at = (e: number, t: number) => timeDependentTarget(e, t, 0.3, 1);
    expect(at(STRATEGY_EXPONENT.hardliner, 0.9)).toBe(1);
    expect(at(STRATEGY_EXPONENT.boulware, 0.5)).toBeGreaterThan(at(STRATEGY_EXPONENT.linear, 0.5));
    expect(at(STRATEGY_EXPONENT.linear, 0.5)).toBeCloseTo(0.65, 10);
    expect(at(STRATEGY_EXPONENT.conceder, 0.5)).toBeLessThan(at(STRATEGY_EXPONENT.linear, 0.5));
    for (const e of [0.2, 1, 2]) {
      expect(at(e, 0)).toBe(1);
      expect(at(e, 1)).toBeCloseTo(0.3, 10);
    }
  });

  it('time runs from the first move (0) to the last (1)', () => {
    expect(timeFraction(1, 0, 8)).toBe(0);
    expect(timeFraction(8, 1, 8)).toBe(1);
    expect(timeFraction(4, 1, 8)).toBeCloseTo(7 / 15, 10);
  });

  it('tit-for-tat concedes what it has been conceded, and no less than linear near the end', () => {
    expect(titForTatTarget(0.2, 0.3, 1, 0.4, 0.4)).toBe(1);
    expect(titForTatTarget(0.2, 0.3, 1, 0.4, 0.55)).toBeCloseTo(0.85, 10);
    expect(titForTatTarget(0.9, 0.3, 1, 0.4, 0.4)).toBeCloseTo(timeDependentTarget(1, 0.9, 0.3, 1), 10);
  });

  it('trust makes a side a little more generous, never past its walk-away', () => {
    expect(trustAdjusted(0.8, 0.9, 0.3, 1)).toBeLessThan(trustAdjusted(0.8, 0.1, 0.3, 1));
    expect(trustAdjusted(0.3, 1, 0.3, 1)).toBe(0.3);
  });
});

describe('frequency opponent model', () => {
  it('learns that an item the other side never moves on matters to it', () => {
    let m = emptyModel([3, 3, 3]);
    m = observeProposal(m, [0, 2, 1]);
    m = observeProposal(m, [0, 1, 2]);
    m = observeProposal(m, [0, 0, 1]);
    expect(believedPriority(m)).toBe(0);
    expect(estimatedUtility(m, [0, 0, 0])).toBeGreaterThan(estimatedUtility(m, [2, 0, 0]));
  });

  it('believes a stated priority as far as it trusts the speaker', () => {
    const m = emptyModel([2, 2]);
    expect(observeStatedPriority(m, 1, 0.8).weights[1]).toBeGreaterThan(observeStatedPriority(m, 1, 0.2).weights[1]);
    expect(observeStatedPriority(m, 1, 0.5).weights.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
  });
});

describe('offer search without enumeration', () => {
  it('finds, among offers in the window, the one best for the other side (checked by brute force)', () => {
    const rng = seedrandom.alea('offers');
    for (let trial = 0; trial < 60; trial++) {
      const d = randomDomain(`d${trial}`, 2 + (trial % 4), 2 + (trial % 3));
      const n = d.itemIds.length;
      const allowed = d.optionIds.map((opts) => opts.map(() => rng() > 0.2));
      for (const a of allowed) a[Math.floor(rng() * a.length)] = true;
      const lo = rng() * 0.8;
      const hi = Infinity; // the counterpart asks for "at least my target", best for them
      const found = searchOffer({ gains: d.gains[0], allowed, score: d.gains[1] as number[][], lo, hi });
      expect(found).not.toBeNull();
      const f = found!;
      expect(f.outcome.every((o, i) => allowed[i][o])).toBe(true);
      // brute force over the allowed outcomes
      let bestScore = -Infinity;
      let maxOwn = -Infinity;
      const counts = d.optionIds.map((o) => o.length);
      const total = counts.reduce((a, b) => a * b, 1);
      for (let idx = 0; idx < total; idx++) {
        let rest = idx;
        const o: number[] = [];
        for (let i = 0; i < n; i++) {
          o.push(rest % counts[i]);
          rest = Math.floor(rest / counts[i]);
        }
        if (!o.every((k, i) => allowed[i][k])) continue;
        const own = o.reduce((u, k, i) => u + d.gains[0][i][k], 0);
        maxOwn = Math.max(maxOwn, own);
        // Gains round down to the grid: a package worth at least lo + items/grid always lands in the window.
        if (own >= lo + n / 200 && own <= hi)
          bestScore = Math.max(
            bestScore,
            o.reduce((u, k, i) => u + d.gains[1][i][k], 0),
          );
      }
      if (bestScore > -Infinity) {
        expect(f.utility).toBeGreaterThanOrEqual(lo); // exact: never below the floor asked for
        const score = f.outcome.reduce((u, k, i) => u + d.gains[1][i][k], 0);
        expect(score).toBeGreaterThanOrEqual(bestScore - 1e-12);
      } else if (maxOwn < lo) {
        expect(f.utility).toBeCloseTo(maxOwn, 2); // nothing reaches the target: the best it can do
      }
    }
  });
});
