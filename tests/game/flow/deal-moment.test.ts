/** The deal moment: an acceptance that closes the talks shows a short beat before the outcome; other endings go straight there. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEAL_BEAT_MS } from '../../../src/game/flow/app-machine.ts';
import { flow, type Flow } from './flow-driver.ts';

/** Against the computer as side 1: propose until their package is on the table, then accept it. */
function toAcceptance(f: Flow): string[] {
  const seen: string[] = [];
  for (let n = 0; n < 40 && f.phase() === 'negotiating'; n++) {
    const g = f.game()!.context.game!;
    if (g.table && g.table.by !== g.toMove) f.move({ type: 'offer.accept' });
    else f.move({ type: 'offer.propose', options: { border: 'patrolled', trade: 'quota' } });
    seen.push(f.where());
  }
  return seen;
}

function solo(): Flow {
  return flow({ fixedSeed: 'deal' }).send({ type: 'land' }, { type: 'play' }, { type: 'side.choose', side: 1 }, { type: 'briefing.done' });
}

describe('the deal moment', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('an acceptance shows the Deal beat; the player skips it to the outcome', () => {
    const f = solo();
    const seen = toAcceptance(f);
    expect(f.game()!.context.game!.outcome?.kind).toBe('agreement');
    expect(seen.at(-1)).toBe('Deal');
    expect(seen.slice(0, -1).every((s) => s === 'Table:1')).toBe(true);
    // The game itself is already at its outcome: the beat belongs to the screens, not the rules.
    expect(f.phase()).toBe('outcome');
    f.send({ type: 'deal.continue' });
    expect(f.where()).toBe('Outcome');
    // A late skip (a second tap) changes nothing.
    f.send({ type: 'deal.continue' });
    expect(f.where()).toBe('Outcome');
  });

  it('left alone, the beat leads to the outcome by itself', () => {
    vi.useFakeTimers();
    const f = solo();
    toAcceptance(f);
    expect(f.where()).toBe('Deal');
    vi.advanceTimersByTime(DEAL_BEAT_MS - 10);
    expect(f.where()).toBe('Deal');
    vi.advanceTimersByTime(20);
    expect(f.where()).toBe('Outcome');
  });

  it('two players on one device get the beat too, shown to both (no hand-over)', () => {
    const f = flow({ fixedSeed: 'deal' }).send({ type: 'land' }, { type: 'play' }, { type: 'side.hotseat' });
    for (const e of [{ type: 'handover.continue' }, { type: 'briefing.done' }, { type: 'handover.continue' }, { type: 'briefing.done' }] as const) f.send(e);
    const seen: string[] = [];
    for (let n = 0; n < 40 && f.phase() === 'negotiating'; n++) {
      if (f.where().startsWith('Handover')) f.send({ type: 'handover.continue' });
      const g = f.game()!.context.game!;
      if (g.table && g.table.by !== g.toMove) f.move({ type: 'offer.accept' });
      else f.move({ type: 'offer.propose', options: { border: 'patrolled', trade: 'quota' } });
      seen.push(f.where());
    }
    expect(seen.at(-1)).toBe('Deal');
    f.send({ type: 'deal.continue' });
    expect(f.where()).toBe('Outcome');
  });

  it('a walk-out goes straight to the outcome, and a resumed finished game never replays the beat', () => {
    const f = solo();
    f.move({ type: 'talks.walkAway' });
    expect(f.where()).toBe('Outcome');
    const done = solo();
    toAcceptance(done);
    const snapshot = JSON.parse(JSON.stringify(done.context.game!.getPersistedSnapshot()));
    const again = flow().send({ type: 'resume', mode: done.context.mode, seed: done.context.seed, classCode: null, previous: null, snapshot });
    expect(again.where()).toBe('Outcome');
  });

  it('quitting during the beat returns to the title', () => {
    const f = solo();
    toAcceptance(f);
    f.send({ type: 'quit' });
    expect(f.where()).toBe('Title');
  });
});
