/** Shared laptops in a class (issue 14): the next student is asked who they are, never handed the last one's game. */
import { describe, expect, it } from 'vitest';
import { flow, playToEnd } from './flow-driver.ts';

/** One student's class game at this device, played to its debrief, and the save it would leave. */
function finishedClassGame() {
  const f = flow({ lock: { sides: 'first' } }).send({ type: 'land' }, { type: 'play', names: ['Ada', ''] }, { type: 'briefing.done' });
  playToEnd(f);
  f.send({ type: 'debrief.open' });
  expect(f.where()).toBe('Debrief');
  const { mode, seed, previous } = f.context;
  return { f, save: { mode, seed, previous, classCode: 'C-TEST', snapshot: JSON.parse(JSON.stringify(f.context.game!.getPersistedSnapshot())) } };
}

describe('a shared device in a class', () => {
  it('the class link opened after a finished game starts a new student: the title asks the name, not the last debrief', () => {
    const { save } = finishedClassGame();
    const next = flow({ lock: { sides: 'first' } }).send({ type: 'resume', ...save });
    expect(next.where()).toBe('Title');
    expect(next.context.game).toBeNull();
    next.send({ type: 'play', names: ['Bea', ''] });
    expect(next.where()).toBe('Briefing:0');
    expect(next.game()!.context.game!.setup.names).toEqual(['Bea', null]);
  });

  it('a reload on the debrief keeps that student’s finished game (to hand in its code)', () => {
    const { save } = finishedClassGame();
    expect(
      flow({ lock: { sides: 'first' } })
        .send({ type: 'resume', ...save, reload: true })
        .where(),
    ).toBe('Debrief');
  });

  it('a class game still under way resumes for the student who was playing it', () => {
    const f = flow({ lock: { sides: 'first' } }).send({ type: 'land' }, { type: 'play', names: ['Ada', ''] }, { type: 'briefing.done' });
    const { mode, seed, previous } = f.context;
    const again = flow({ lock: { sides: 'first' } }).send({ type: 'resume', mode, seed, previous, classCode: 'C-TEST', snapshot: JSON.parse(JSON.stringify(f.context.game!.getPersistedSnapshot())) });
    expect(again.where()).toBe('Table:0');
  });

  it('Play again inside a class asks who is playing, and the next game is handed in under the new name', () => {
    const { f } = finishedClassGame();
    f.send({ type: 'again' });
    expect(f.where()).toBe('Title');
    expect(f.context.game).toBeNull();
    f.send({ type: 'play', names: ['Bea', ''] }, { type: 'briefing.done' });
    playToEnd(f);
    expect(f.game()!.context.game!.setup.names).toEqual(['Bea', null]);
  });

  it('outside a class, Play again still starts the next game at once', () => {
    const f = flow().send({ type: 'land' }, { type: 'play' }, { type: 'side.choose', side: 0 }, { type: 'briefing.done' });
    playToEnd(f);
    f.send({ type: 'debrief.open' }, { type: 'again' });
    expect(f.where()).toBe('Briefing:0');
  });

  it('the seat a student types travels in the game’s setup (and so in the result)', () => {
    const f = flow({ lock: { sides: 'alternate', secondsPerRound: 90 } }).send({ type: 'land' }, { type: 'play', names: ['Cy', ''], seat: 4 });
    expect(f.where()).toBe('Briefing:1');
    expect(f.game()!.context.game!.setup).toMatchObject({ seat: 4, secondsPerRound: 90, names: [null, 'Cy'] });
  });
});
