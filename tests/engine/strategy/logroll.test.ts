/**
 * The logroller logrolls (docs/counterpart.md, section 2): its first offer already trades what
 * matters little to it for what matters much to the other side, where linear, on the same
 * schedule, opens with its best package. `npm run bench -- --strategy` prints the same comparison.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { logrollChecks } from '../../../bench/strategy-bench.ts';
import { openingOffers } from '../../../src/engine/analysis/strategy-table.ts';
import { loadScenario } from '../../../src/engine/index.ts';
import { compiled } from '../../support/summit-dsl.ts';

const tutorial = (() => {
  const r = loadScenario(fs.readFileSync('public/scenarios/tutorial.json', 'utf8'), { warnings: false });
  if (!r.ok) throw new Error('tutorial does not load');
  return r.compiled;
})();

describe('the logroller', () => {
  it('opens the tutorial as the US with the trade (its hotline promise for convoys through Damascus), where linear asks for both', () => {
    const c = tutorial;
    const us = (strategy: 'linear' | 'logroller') => openingOffers(c, strategy).find((o) => o.side === 0)!;
    // The US weighs the hotline 0.7 and aid 0.3, Russia the reverse: giving Russia its aid option costs the US 12 points and gives Russia 63.
    expect(us('linear').own).toBeCloseTo(1, 9);
    expect(us('logroller').own).toBeCloseTo(0.88, 9);
    expect(us('logroller').theirs).toBeCloseTo(0.85, 9);
    expect(us('logroller').theirs - us('linear').theirs).toBeGreaterThan(3 * (us('linear').own - us('logroller').own));
  });

  it('gives the other side more than linear with its first offer, on both sides of the default scenario', () => {
    const c = compiled('danang-2017');
    expect(logrollChecks(c, ['United States', 'Russia']).filter((ch) => !ch.pass)).toEqual([]);
  });
});
