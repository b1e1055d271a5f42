/**
 * England–Zimbabwe (ANAC 2010): the published answers (design note negotiation-model.md).
 * England.xml is side 0, Zimbabwe.xml side 1.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, distanceToFrontier, distanceToNash, toJsonAnalysis } from '../../../src/engine/analysis/analyze.ts';
import { utilitiesOf } from '../../../src/engine/model/domain.ts';
import { loadGeniusDomain } from '../../support/genius-xml.ts';

// The GENIUS files are copied into the repository (see the fixture's README for where they come from).
const DIR = resolve(import.meta.dirname, '../../fixtures/reference/england-zimbabwe');
const domain = loadGeniusDomain(DIR, 'EnglandZimbabwe_domain.xml', ['England.xml', 'Zimbabwe.xml']);
const analysis = analyze(domain);

function optionNames(outcome: readonly number[]): string[] {
  return outcome.map((o, i) => domain.optionIds[i][o]);
}

describe('England–Zimbabwe reference domain', () => {
  it('reads the GENIUS files', () => {
    expect(domain.itemIds).toHaveLength(5);
    expect(domain.optionIds.map((o) => o.length)).toEqual([4, 4, 3, 3, 4]);
    expect(domain.reservation).toEqual([0, 0]);
  });

  it('has 576 outcomes', () => {
    expect(analysis.outcomeCount).toBe(576n);
    expect(analysis.outcomeCountText).toBe('576');
  });

  it('has a Pareto frontier of 25 points, each reached by its outcome', () => {
    expect(analysis.frontier).toHaveLength(25);
    for (const p of analysis.frontier) expect(utilitiesOf(domain, p.outcome)).toEqual(p.utilities);
    const uA = analysis.frontier.map((p) => p.utilities[0]);
    expect(uA).toEqual([...uA].sort((x, y) => x - y));
  });

  it('finds the Nash point (0.9109, 0.7332) and its outcome', () => {
    const nash = analysis.nash!;
    expect(nash.utilities[0]).toBeCloseTo(0.9109, 4);
    expect(nash.utilities[1]).toBeCloseTo(0.7332, 4);
    expect(optionNames(nash.outcome)).toEqual([
      '$10 billion',
      'Reduction equal to fund size',
      'Zimbabwe will increase tariffs on imports',
      'England will increase imports',
      'Creation of committee to discuss creation of fund',
    ]);
  });

  it('has max welfare at the Nash point', () => {
    expect(analysis.maxWelfare.utilities).toEqual(analysis.nash!.utilities);
  });

  it('finds the Kalai–Smorodinsky point (0.8223, 0.7866)', () => {
    const ks = analysis.kalaiSmorodinsky!;
    expect(ks.utilities[0]).toBeCloseTo(0.8223, 4);
    expect(ks.utilities[1]).toBeCloseTo(0.7866, 4);
  });

  it('reports walk-away and best utilities', () => {
    expect(analysis.reservation).toEqual([0, 0]);
    expect(analysis.maxUtility[0]).toBeCloseTo(1, 12);
    expect(analysis.maxUtility[1]).toBeCloseTo(1, 12);
  });

  it('measures distances to the frontier and to Nash', () => {
    const nash = analysis.nash!.utilities;
    expect(distanceToFrontier(analysis, nash)).toBe(0);
    expect(distanceToNash(analysis, nash)).toBe(0);
    const noDeal = utilitiesOf(domain, [3, 3, 2, 2, 3]); // "No agreement" everywhere
    expect(distanceToFrontier(analysis, noDeal)).toBeGreaterThan(0.1);
    expect(distanceToNash(analysis, noDeal)).toBeCloseTo(Math.hypot(nash[0] - noDeal[0], nash[1] - noDeal[1]), 12);
  });

  it('serialises to JSON', () => {
    const json = JSON.parse(JSON.stringify(toJsonAnalysis(analysis)));
    expect(json.outcomeCount).toBe('576');
    expect(json.frontier).toHaveLength(25);
  });
});
