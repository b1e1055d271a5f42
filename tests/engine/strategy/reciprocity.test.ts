/**
 * A move answered with a move (docs/counterpart.md, section 3): two counterparts of the same kind
 * no longer wait for each other to move first and walk out; a side that does not move still gets
 * no step. `npm run bench -- --strategy` prints the same-vs-same table over 100 seeds a row.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/index.ts';
import { selfPlay, selfPlayTable } from '../../../src/engine/analysis/strategy-table.ts';
import { selfPlayChecks } from '../../../bench/strategy-bench.ts';
import { domainFor } from '../../../src/engine/rules/context.ts';
import { applyMove, playComputerTurn } from '../../../src/engine/rules/apply.ts';
import { newGame, resolveSetup } from '../../../src/engine/rules/setup.ts';
import type { GameSetup, GameState } from '../../../src/engine/rules/state.ts';
import { reciprocalStep } from '../../../src/engine/strategy/reciprocity.ts';
import { MOVE_STEP, offerValue } from '../../../src/engine/strategy/stance.ts';
import { compiled } from '../../support/summit-dsl.ts';

/** A shipped scenario (public/scenarios), as the game loads it. */
function shipped(name: string) {
  const r = loadScenario(fs.readFileSync(`public/scenarios/${name}.json`, 'utf8'), { warnings: false });
  if (!r.ok) throw new Error(`${name} does not load`);
  return r.compiled;
}

describe('same against same', () => {
  it.each(['danang-2017', 'southwest-2017'])('tit-for-tat and hard each reach a deal against themselves in most seeds (%s)', (name) => {
    const c = shipped(name);
    for (const who of [{ strategy: 'tit-for-tat' as const }, { difficulty: 'hard' as const }]) {
      const row = selfPlay(c, who, 20);
      expect(row.agreements / row.games, `${name} ${JSON.stringify(who)}`).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('hard and tit-for-tat agree against themselves on the 10 × 6 stress test too (its offers are searched on a grid)', () => {
    const c = shipped('large-10x6');
    for (const who of [{ strategy: 'tit-for-tat' as const }, { difficulty: 'hard' as const }]) expect(selfPlay(c, who, 4).agreements, JSON.stringify(who)).toBe(4);
  });

  it('every reciprocating strategy and every difficulty meets the bench targets on the default scenario (20 seeds a row)', () => {
    const failed = selfPlayChecks(selfPlayTable(compiled('danang-2017'), 20)).filter((ch) => !ch.pass);
    expect(failed).toEqual([]);
  });
});

describe('the reciprocal step', () => {
  const c = compiled('danang-2017');
  const opener = c.opener;
  const responder = opener === 0 ? 1 : 0;

  /** Both sides computers of `strategy`; the opener and the responder have each made their opening offer. */
  function afterOpenings(strategy: 'boulware' | 'hardliner' | 'tit-for-tat'): GameState {
    const setup: GameSetup = {
      seed: 'step',
      players: [
        { kind: 'computer', strategy },
        { kind: 'computer', strategy },
      ],
    };
    const r = resolveSetup(c, setup);
    if (!r.ok) throw new Error(r.reason.code);
    let state = newGame(c, setup, r.profiles);
    state = playComputerTurn(c, state);
    state = playComputerTurn(c, state);
    expect(state.proposals.map((p) => p.by)).toEqual([opener, responder]);
    return state;
  }

  it('answers the other side’s opening with a real move towards it', () => {
    const state = afterOpenings('boulware');
    const domain = domainFor(c, state.shifts);
    expect(reciprocalStep(c, domain, state, opener, state.profiles[opener]!)).not.toBeNull();
    const next = playComputerTurn(c, state);
    const [first, second] = next.proposals.filter((p) => p.by === opener);
    expect(offerValue(domain, responder, second.options)).toBeGreaterThanOrEqual(offerValue(domain, responder, first.options) + MOVE_STEP);
  });

  it('gives a side that stands still no further step, and takes back none already given; a hardliner never steps', () => {
    const state = afterOpenings('tit-for-tat');
    // The opener answers the responder's opening; the responder passes instead of answering.
    const moved = playComputerTurn(c, state);
    const passed = applyMove(c, moved, { kind: 'pass' });
    if (!passed.ok) throw new Error(passed.reason.code);
    const domain = domainFor(c, passed.state.shifts);
    const step = (s: GameState) => reciprocalStep(c, domain, s, opener, s.profiles[opener]!)?.value;
    // Held: no further step, none taken back (our value of what we owe them is what we last offered at most).
    const mine = passed.state.proposals.filter((p) => p.by === opener).at(-1)!;
    const ours = mine.options.reduce((u: number, o, i) => u + domain.gains[opener][i][o!], 0);
    expect(step(passed.state)).not.toBeNull();
    expect(step(passed.state)!).toBeGreaterThanOrEqual(ours - 1e-12);
    expect(step(moved)!).toBeLessThan(step(passed.state)! + 1e-12);
    const hard = afterOpenings('hardliner');
    expect(reciprocalStep(c, domainFor(c, hard.shifts), hard, opener, hard.profiles[opener]!)).toBeNull();
  });
});
