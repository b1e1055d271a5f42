import { describe, expect, it } from 'vitest';
import { SummitTest, summit } from '../../support/summit-dsl.ts';
import { patchedScenario } from '../../support/patched.ts';

describe('scenario events', () => {
  it('a round trigger never fires before its first round, and the same seed brings the same news', () => {
    const firedRounds = (seed: string) => {
      const t = summit().humanVsHuman().withSeed(seed).start();
      for (let k = 0; k < 8; k++) t.pass();
      return t.game.fired.filter((f) => f.id === 'border-incident').map((f) => f.round);
    };
    let seen = 0;
    for (let s = 0; s < 40; s++) {
      const rounds = firedRounds(`seed-${s}`);
      expect(rounds.every((r) => r >= 2)).toBe(true);
      expect(firedRounds(`seed-${s}`)).toEqual(rounds);
      seen += rounds.length;
    }
    expect(seen).toBeGreaterThan(10); // probability 0.5 from round 2: fires in most games
  });

  it('a third party pushed below its threshold triggers its event, which shifts values', () => {
    const t = summit().humanVsHuman().start().propose({ border: 'open', trade: 'free' });
    // the Neighbour's satisfaction: 0.5 + 0.5 × (−0.8) = 0.1 < 0.2
    expect(t.game.thirdParties[0].satisfaction).toBeCloseTo(0.1, 10);
    expect(t.game.fired.map((f) => f.id)).toContain('neighbour-protest');
    expect(t.game.shifts).toEqual([{ side: 1, item: 0, option: 2, delta: -0.3 }]);
    expect(t.game.history.some((h) => h.line.code === 'news' && h.line.params.event === 'neighbour-protest')).toBe(true);
  });

  it('an event that lowers trust shows in both sides’ trust', () => {
    const c = patchedScenario('minimal', (s) => {
      s.events[0].probability = 1;
    });
    const t = new SummitTest(c).humanVsHuman().start().pass().pass();
    expect(t.game.fired.map((f) => f.id)).toContain('border-incident');
    expect(t.game.trust).toEqual([0.4, 0.4]);
    expect(t.game.lastEvent).toBe('border-incident');
  });
});

describe('the deadline', () => {
  it('with partial statements allowed, items agreed by the deadline stand', () => {
    const c = patchedScenario('minimal', (s) => {
      s.rules = { partialStatement: true };
    });
    const t = new SummitTest(c).humanVsHuman().start().propose({ border: 'patrolled' }).agree('border');
    for (let k = 0; k < 7; k++) t.pass();
    expect(t.value).toEqual({ outcome: 'partial' });
    const o = t.game.outcome!;
    expect(o.deal).toEqual([1, 0]);
    // north: border 0.7·1 + trade walk-away 0.3·0.5; south (reservation kind): border only, 0.3·0.5
    expect(o.utilities[0]).toBeCloseTo(0.85, 10);
    expect(o.utilities[1]).toBeCloseTo(0.15, 10);
  });

  it('without them, the same talks break down', () => {
    const t = summit().humanVsHuman().start().propose({ border: 'patrolled' }).agree('border');
    for (let k = 0; k < 7; k++) t.pass();
    expect(t.value).toEqual({ outcome: 'breakdown' });
  });

  it('a teacher’s session can shorten or lengthen the talks', () => {
    const t = summit().humanVsHuman();
    t.send({ type: 'game.setup', setup: { seed: 's', players: [{ kind: 'human' }, { kind: 'human' }], rounds: 2 } }).send({ type: 'briefing.done' });
    for (let k = 0; k < 4; k++) t.pass();
    expect(t.value).toEqual({ outcome: 'breakdown' });
    expect(t.game.outcome!.round).toBe(2);
    const bad = summit()
      .humanVsHuman()
      .send({ type: 'game.setup', setup: { seed: 's', players: [{ kind: 'human' }, { kind: 'human' }], rounds: 0 } });
    bad.expectPhase('setup').expectRefused('setup.rounds', { min: 1, max: 100 });
    summit()
      .send({ type: 'game.setup', setup: { seed: 's', players: [{ kind: 'robot' }, null] } as never })
      .expectPhase('setup')
      .expectRefused('setup.playerKind');
  });
});
