/**
 * Never below walk-away or across a red line, on exact utilities (issue 10): the two-item case the
 * 1/200 rounding of the offer search used to lose, and an audit over random generated scenarios
 * (`npm run bench` runs the same audit over 20,000 games).
 */
import { describe, expect, it } from 'vitest';
import { auditWalkAways } from '../../../src/engine/analysis/walkaway-audit.ts';
import { playComputerTurn } from '../../../src/engine/rules/apply.ts';
import { newGame, resolveSetup } from '../../../src/engine/rules/setup.ts';
import type { GameSetup } from '../../../src/engine/rules/state.ts';
import { generatedScenario } from '../../../src/engine/scenario/generate.ts';
import { loadScenarioData } from '../../../src/engine/scenario/load.ts';

/** Linear (Russia, walk-away 0.549) against a hardliner: agreed at 0.5477 before the fix. */
function twoItems() {
  const s = generatedScenario('two-items', 2, 3);
  s.events = [];
  const values = [
    [
      { us: 1, russia: 0.607 },
      { us: 0.785, russia: 0.51 },
      { us: 0.123, russia: 1 },
    ],
    [
      { us: 1, russia: 0.521 },
      { us: 0.706, russia: 0.312 },
      { us: 0.08, russia: 1 },
    ],
  ];
  s.items.forEach((it, i) => {
    it.options.forEach((o, k) => {
      o.values = values[i][k];
    });
  });
  s.sides[0].priorities = { 'item-1': 0.792, 'item-2': 0.208 };
  s.sides[1].priorities = { 'item-1': 0.311, 'item-2': 0.689 };
  s.sides[0].walkAway = { kind: 'reservation', value: 0.3, text: 'No deal.' } as never;
  s.sides[1].walkAway = { kind: 'reservation', value: 0.549, text: 'No deal.' } as never;
  const loaded = loadScenarioData(s, { warnings: false });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.compiled;
}

describe('never below walk-away', () => {
  it('the two-item regression: the linear side never accepts 0.5477 against its 0.549 walk-away', () => {
    const c = twoItems();
    const setup: GameSetup = {
      seed: 'g',
      players: [
        { kind: 'computer', strategy: 'hardliner' },
        { kind: 'computer', strategy: 'linear' },
      ],
    };
    const resolved = resolveSetup(c, setup);
    if (!resolved.ok) throw new Error(resolved.reason.code);
    let state = newGame(c, setup, resolved.profiles);
    while (!state.outcome) state = playComputerTurn(c, state);
    // The hardliner's package is worth 0.311·0.607 + 0.689·0.521 = 0.5477 to Russia; the 1/200 grid read it as 0.55.
    expect(state.outcome.kind).not.toBe('agreement');
    expect(state.outcome.utilities[1]).toBeGreaterThanOrEqual(0.549);
    for (const turn of state.history) if (turn.side === 1 && turn.utilities) expect(turn.utilities[1]).toBeGreaterThanOrEqual(0.549);
  });

  it('no proposal or acceptance below walk-away or across a red line in 300 random generated games', () => {
    const report = auditWalkAways(300, 'ci');
    expect(report.games).toBe(300);
    expect(report.proposals).toBeGreaterThan(1000);
    expect(report.acceptances).toBeGreaterThan(50);
    expect(report.violations).toEqual([]);
  });
});
