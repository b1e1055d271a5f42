/** Two players on one device: a side's private screen is only ever shown after the device was handed to that side. */
import { describe, expect, it } from 'vitest';
import { needsHandover } from '../../../src/game/flow/seats.ts';
import { flow, playToEnd } from './flow-driver.ts';

/** Checks every screen in order: Briefing:s and Table:s only right after a hand-over to s (or while s keeps looking). */
function expectPrivacy(screens: string[]): void {
  let viewer: string | null = null;
  for (let i = 0; i < screens.length; i++) {
    const s = screens[i];
    const handover = /^Handover:(\d)/.exec(s);
    if (handover) {
      viewer = null;
      if (i + 1 < screens.length && !screens[i + 1].startsWith('Handover')) viewer = handover[1];
      continue;
    }
    const priv = /^(Briefing|Table):(\d)/.exec(s);
    if (priv) expect(priv[2], `${s} at step ${i} of ${screens.join(' ')}`).toBe(viewer);
  }
}

describe('hand-overs', () => {
  it('the rule: only with more than one person at the device, and only when someone else is looking', () => {
    expect(needsHandover({ kind: 'solo', side: 0 }, null, 0)).toBe(false);
    expect(needsHandover({ kind: 'solo', side: 1 }, 0, 1)).toBe(false);
    expect(needsHandover({ kind: 'hotseat' }, null, 0)).toBe(true);
    expect(needsHandover({ kind: 'hotseat' }, 0, 1)).toBe(true);
    expect(needsHandover({ kind: 'hotseat' }, 1, 1)).toBe(false);
  });

  it('both briefs, each behind a hand-over, then the table for the side to move', () => {
    const f = flow().send({ type: 'land' }, { type: 'play' }, { type: 'side.hotseat' });
    const seen = [f.where()];
    const step = (e: Parameters<typeof f.send>[0]) => {
      f.send(e);
      seen.push(f.where());
    };
    step({ type: 'handover.continue' });
    step({ type: 'briefing.done' });
    step({ type: 'handover.continue' });
    step({ type: 'briefing.done' });
    expect(seen).toEqual(['Handover:0>Briefing', 'Briefing:0', 'Handover:1>Briefing', 'Briefing:1', `Handover:${f.toMove()}>Table`]);
    expect(f.phase()).toBe('negotiating');
  });

  it('every move that gives the turn to the other side hands the device over; no private screen is shown to the wrong side', () => {
    const f = flow().send({ type: 'land' }, { type: 'play' }, { type: 'side.hotseat' });
    const seen = [f.where()];
    for (const e of [{ type: 'handover.continue' }, { type: 'briefing.done' }, { type: 'handover.continue' }, { type: 'briefing.done' }] as const) {
      f.send(e);
      seen.push(f.where());
    }
    seen.push(...playToEnd(f));
    expectPrivacy(seen);
    expect(seen.filter((s) => s.startsWith('Handover') && s.endsWith('>Table')).length).toBeGreaterThanOrEqual(2);
    expect(f.where()).toBe('Outcome');
    // The shared screens open on the first side; the debrief can be turned to the other.
    f.send({ type: 'debrief.open' });
    expect(f.context.side).toBe(0);
    f.send({ type: 'debrief.flip' });
    expect(f.context.side).toBe(1);
  });

  it('a refused move keeps the device where it is', () => {
    const f = flow().send(
      { type: 'land' },
      { type: 'play' },
      { type: 'side.hotseat' },
      { type: 'handover.continue' },
      { type: 'briefing.done' },
      { type: 'handover.continue' },
      { type: 'briefing.done' },
      { type: 'handover.continue' },
    );
    const here = f.where();
    f.move({ type: 'item.agree', item: 'border' }); // nothing on the table to agree to
    expect(f.game()!.context.refusal).not.toBeNull();
    expect(f.where()).toBe(here);
  });

  it('playing again with two players starts behind a hand-over to the first side', () => {
    const f = flow().send(
      { type: 'land' },
      { type: 'play' },
      { type: 'side.hotseat' },
      { type: 'handover.continue' },
      { type: 'briefing.done' },
      { type: 'handover.continue' },
      { type: 'briefing.done' },
    );
    playToEnd(f);
    f.send({ type: 'debrief.open' }, { type: 'again' });
    expect(f.where()).toBe('Handover:0>Briefing');
    // Swapping sides is for a game against the computer.
    f.send({ type: 'swap' });
    expect(f.where()).toBe('Handover:0>Briefing');
  });
});
