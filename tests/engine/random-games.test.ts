/**
 * Thousands of seeded random games through the real machine: a student who clicks anything
 * (legal or not) against every kind of counterpart, and computers against each other.
 * Every game must end by the deadline, stay plain JSON, and keep utilities and trust in range.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { STRATEGIES, type PlayerConfig, type SummitEvent } from '../../src/engine/index.ts';
import { SummitTest, compiled } from '../support/summit-dsl.ts';

const c = compiled('danang-2017');
const items = c.domain.itemIds;
const optionsOf = (i: number) => c.domain.optionIds[i];

function randomEvent(rng: () => number): SummitEvent {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
  const item = () => (rng() < 0.05 ? 'no-such-item' : pick(items));
  const option = (id: string) => (rng() < 0.05 ? 'no-such-option' : pick(optionsOf(Math.max(0, items.indexOf(id)))));
  const choice = () => {
    const it = item();
    return { item: it, option: option(it) };
  };
  switch (Math.floor(rng() * 10)) {
    case 0:
    case 1: {
      const options: Record<string, string> = {};
      for (const it of items) if (rng() < 0.85) options[it] = option(it);
      return { type: 'offer.propose', options };
    }
    case 2:
      return { type: 'offer.accept' };
    case 3:
      return { type: 'item.agree', item: item() };
    case 4:
      return { type: 'item.reopen', item: item() };
    case 5:
      return { type: 'trade.propose', give: choice(), want: choice() };
    case 6:
      return rng() < 0.5 ? { type: 'trade.accept' } : { type: 'priority.ask' };
    case 7:
      return { type: 'priority.state', item: item() };
    case 8:
      return { type: 'turn.pass' };
    default:
      return rng() < 0.1 ? { type: 'talks.walkAway' } : { type: 'turn.pass' };
  }
}

function randomComputer(rng: () => number): PlayerConfig {
  const r = rng();
  if (r < 0.4) return { kind: 'computer', strategy: STRATEGIES[Math.floor(rng() * STRATEGIES.length)] };
  if (r < 0.7) return { kind: 'computer', difficulty: (['easy', 'normal', 'hard'] as const)[Math.floor(rng() * 3)] };
  return { kind: 'computer', personality: c.scenario.personalities[Math.floor(rng() * c.scenario.personalities.length)].id };
}

function checkInvariants(t: SummitTest, humanSides: number[]) {
  const g = t.game;
  expect(t.phase).toBe('outcome');
  expect(g.round).toBeLessThanOrEqual(c.scenario.deadline.rounds);
  const o = g.outcome!;
  for (const u of o.utilities) expect(u >= 0 && u <= 1 + 1e-9).toBe(true);
  for (const tr of g.trust) expect(tr >= 0 && tr <= 1).toBe(true);
  for (const it of g.items) if (it.status === 'tentative') expect(it.option).not.toBeNull();
  if (o.kind === 'agreement')
    for (const s of [0, 1] as const) if (!humanSides.includes(s)) o.deal!.forEach((k, i) => expect(c.forbidden[s][i][k], `computer side ${s} crossed its red line`).toBe(false));
  expect(JSON.parse(JSON.stringify(t.context))).toEqual(t.context);
}

describe('random games', () => {
  it('a student clicking at random against every kind of counterpart: 1,500 games', () => {
    for (let k = 0; k < 1500; k++) {
      const rng = seedrandom.alea(`student-${k}`);
      const humanSide = (k % 2) as 0 | 1;
      const t = new SummitTest(c).humanVs(randomComputer(rng), humanSide).withSeed(`g${k}`).start();
      let sent = 0;
      while (t.phase === 'negotiating') {
        const before = JSON.stringify(t.game);
        t.send(randomEvent(rng));
        if (t.context.refusal !== null) expect(JSON.stringify({ ...t.game, refusal: null })).toBe(JSON.stringify({ ...JSON.parse(before), refusal: null }));
        expect(++sent).toBeLessThan(400);
      }
      checkInvariants(t, [humanSide]);
    }
  });

  it('two students at one device clicking at random: 300 games', () => {
    for (let k = 0; k < 300; k++) {
      const rng = seedrandom.alea(`pair-${k}`);
      const t = new SummitTest(c).humanVsHuman().withSeed(`p${k}`).start();
      for (let sent = 0; t.phase === 'negotiating'; sent++) {
        t.send(randomEvent(rng));
        expect(sent).toBeLessThan(400);
      }
      checkInvariants(t, [0, 1]);
    }
  });

  it('every pair of strategies, computer against computer: 20 games each', () => {
    for (const a of STRATEGIES)
      for (const b of STRATEGIES)
        for (let k = 0; k < 20; k++) {
          const t = new SummitTest(c).computers({ kind: 'computer', strategy: a }, { kind: 'computer', strategy: b }).withSeed(`${a}-${b}-${k}`).start();
          checkInvariants(t, []);
        }
  });
});
