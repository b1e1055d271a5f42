/**
 * The debrief's plain words: a sentence a fifteen-year-old understands, for a deal that beats
 * what really happened, for a deal that both sides could have beaten (naming the better deal),
 * and for a walk-out (never "No deal would have given both sides more", which reads as "no deal
 * was better").
 */
import { describe, expect, it } from 'vitest';
import { analyzeScenario, debriefView } from '../../../src/engine/index.ts';
import { plainWords } from '../../../src/game/ui/debrief-words.ts';
import { summit } from '../../support/summit-dsl.ts';

/** A game of two humans: side 0 proposes `pick` (an option index per item), side 1 accepts. */
function dealOf(pick: (item: number, options: number) => number) {
  const g = summit('danang-2017').humanVsHuman().start();
  const items = g.c.scenario.items;
  g.propose(Object.fromEntries(items.map((it, i) => [it.id, it.options[pick(i, it.options.length)].id]))).accept();
  g.expectPhase('outcome');
  return { g, d: debriefView(g.c, g.context, 0)! };
}

describe('the debrief in plain words', () => {
  it('a deal on the frontier that beats what really happened for both says so, and that no deal was clearly better', () => {
    const g0 = summit('danang-2017');
    const nash = analyzeScenario(g0.c).nash!;
    const { d } = dealOf((i) => nash.outcome[i]);
    expect(d.betterForBoth).toBeNull();
    const words = plainWords(d, true);
    const [my, their] = d.chart.myDeal!;
    const [rm, rt] = d.chart.real;
    expect(my > rm && their > rt).toBe(true); // the Nash deal beats 2017 for both in this scenario
    expect(words[0]).toBe('Your deal beat what really happened (Da Nang 2017) for both sides.');
    expect(words[1]).toBe('No other deal was clearly better for both of you.');
    expect(words.join(' ')).not.toMatch(/No deal would have/);
  });

  it('a deal both sides could have beaten names the better deal, item by item', () => {
    // The middle option of every item: a compromise everywhere, inside the frontier.
    const { g, d } = dealOf((_, n) => Math.floor(n / 2));
    const b = d.betterForBoth;
    expect(b).not.toBeNull();
    expect(b!.my).toBeGreaterThan(d.outcome.myPoints);
    expect(b!.their).toBeGreaterThan(d.outcome.theirPoints);
    const words = plainWords(d, true);
    expect(words[1]).toMatch(/^There was a deal better for both of you: /);
    for (const it of g.c.scenario.items) expect(words[1]).toContain(`${it.title}: `);
    expect(words[1]).toContain(`${b!.my.toFixed(1)} points to you`);
  });

  it('without the real outcome (a teacher keeps it for class), it gives the deal’s worth instead', () => {
    const { d } = dealOf((_, n) => Math.floor(n / 2));
    expect(plainWords(d, false)[0]).toMatch(/^Your deal was worth [\d.]+ points to you and [\d.]+ to Russia\.$/);
  });

  it('a walk-out says there was no deal and each side got its walk-away, and names the deal both would have preferred', () => {
    const g = summit('danang-2017').humanVsHuman().start().walkAway();
    const d = debriefView(g.c, g.context, 0)!;
    const words = plainWords(d, true);
    expect(words[0]).toMatch(/^The talks ended with a walk-out, so there was no deal: each side got its walk-away \(you: [\d.]+ points\)\.$/);
    expect(words[1]).toMatch(/^There was a deal better for both of you: /);
  });
});
