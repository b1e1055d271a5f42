/**
 * Stonewalling doesn't pay, offers waste nothing (issue 10), on fewer seeds than `npm run bench`
 * (200 per row there): every target of the strategy table holds on the default scenario, and
 * computer-against-computer agreements on the shipped scenarios lie on the Pareto frontier.
 */
import { describe, expect, it } from 'vitest';
import { paretoShare, strategyTable } from '../../../src/engine/analysis/strategy-table.ts';
import { tableChecks } from '../../../bench/strategy-bench.ts';
import fs from 'node:fs';
import { loadScenario } from '../../../src/engine/index.ts';
import { compiled } from '../../support/summit-dsl.ts';

function shipped(name: string) {
  const r = loadScenario(fs.readFileSync(`public/scenarios/${name}.json`, 'utf8'), { warnings: false });
  if (!r.ok) throw new Error(`${name} does not load`);
  return r.compiled;
}

describe('the strategy table', () => {
  it('meets every target on the default scenario (30 seeds a row)', () => {
    const c = compiled('danang-2017');
    const rows = strategyTable(c, 30);
    expect(rows).toHaveLength(4 * 3 * 2);
    const failed = tableChecks(rows, [c.scenario.sides[0].name, c.scenario.sides[1].name]).filter((ch) => !ch.pass);
    expect(failed).toEqual([]);
  });

  it('puts at least 95 % of computer-vs-computer agreements on the Pareto frontier', () => {
    for (const name of ['danang-2017', 'southwest-2017', 'tutorial']) {
      const { agreements, onFrontier } = paretoShare(shipped(name), 8);
      expect(agreements, name).toBeGreaterThan(30);
      expect(onFrontier / agreements, name).toBeGreaterThanOrEqual(0.95);
    }
  });
});
