/**
 * Weights within the check's tolerance are rescaled, with a warning saying so; no package is ever
 * worth more than 1 (issue 10: a tutorial copy with a 0.7009 weight analysed to 1.0009).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../../../src/engine/analysis/scenario-analysis.ts';
import { loadScenario } from '../../../src/engine/index.ts';

const tutorial = JSON.parse(fs.readFileSync('public/scenarios/tutorial.json', 'utf8'));

describe('weights off by a rounding', () => {
  it('a weight of 0.7009 is rescaled: weights sum to 1, the best possible is 1, and a warning says so', () => {
    const copy = structuredClone(tutorial);
    copy.sides[0].priorities.hotline = 0.7009;
    const r = loadScenario(JSON.stringify(copy));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.compiled.weights[0].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const a = analyzeScenario(r.compiled);
    expect(a.maxUtility[0]).toBeLessThanOrEqual(1 + 1e-12);
    for (const p of a.frontier) expect(Math.max(...p.utilities)).toBeLessThanOrEqual(1 + 1e-12);
    const w = r.warnings.find((p) => p.code === 'warn.weights-rescaled');
    expect(w?.path).toContain('priorities');
    expect(w?.message).toContain('1.0009');
  });

  it('weights beyond the tolerance are still refused', () => {
    const copy = structuredClone(tutorial);
    copy.sides[0].priorities.hotline = 0.702;
    const r = loadScenario(JSON.stringify(copy));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toContain('weights.sum');
  });

  it('weights that add up to 1 are left exactly as written, with no warning', () => {
    const r = loadScenario(JSON.stringify(tutorial));
    if (!r.ok) throw new Error('tutorial does not load');
    expect(r.compiled.weights[0]).toEqual([0.7, 0.3]);
    expect(r.warnings.map((p) => p.code)).not.toContain('warn.weights-rescaled');
  });
});
