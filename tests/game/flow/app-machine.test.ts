/** The screen flow, played in Node: the paths a student takes, from the title to the debrief and back. */
import { describe, expect, it } from 'vitest';
import { flow, playToEnd } from './flow-driver.ts';

describe('the paths a student takes', () => {
  it('lands on the title once the scenario is open; nothing shows before', () => {
    const f = flow();
    expect(f.where()).toBe('none');
    f.send({ type: 'land' });
    expect(f.where()).toBe('Title');
    expect(f.context.game).toBeNull();
  });

  it('against the computer: side choice, brief, table, outcome, debrief — no hand-over', () => {
    const f = flow().send({ type: 'land' }, { type: 'play' });
    expect(f.where()).toBe('SideChoice');
    f.send({ type: 'side.choose', side: 1 });
    expect(f.where()).toBe('Briefing:1');
    expect(f.game()!.context.game!.setup.players).toEqual([{ kind: 'computer', difficulty: 'normal' }, { kind: 'human' }]);
    f.send({ type: 'briefing.done' });
    expect(f.where()).toBe('Table:1');
    const seen = playToEnd(f);
    expect(seen.every((s) => s === 'Table:1' || s === 'Outcome')).toBe(true);
    expect(f.where()).toBe('Outcome');
    f.send({ type: 'debrief.open' });
    expect(f.where()).toBe('Debrief');
    expect(f.phase()).toBe('debrief');
  });

  it('back from the side choice returns to the title', () => {
    const f = flow().send({ type: 'land' }, { type: 'play' }, { type: 'back' });
    expect(f.where()).toBe('Title');
  });

  it('the guided round starts as the first side, straight to its brief', () => {
    const f = flow().send({ type: 'land' }, { type: 'guided' });
    expect(f.where()).toBe('Briefing:0');
    expect(f.context.mode).toEqual({ kind: 'solo', side: 0 });
  });

  it('?seed= fixes the first game only; play again rolls new dice, swap sides keeps them', () => {
    const f = flow({ fixedSeed: 'period-5' }).send({ type: 'land' }, { type: 'play' }, { type: 'side.choose', side: 0 }, { type: 'briefing.done' });
    expect(f.game()!.context.game!.setup.seed).toBe('period-5');
    playToEnd(f);
    f.send({ type: 'debrief.open' }, { type: 'again' });
    expect(f.where()).toBe('Briefing:0');
    expect(f.context.seed).toBe('fresh-1');
    f.send({ type: 'briefing.done' });
    playToEnd(f);
    f.send({ type: 'debrief.open' });
    const before = f.context.seed;
    f.send({ type: 'swap' });
    expect(f.where()).toBe('Briefing:1');
    expect(f.context.seed).toBe(before);
    expect(f.context.previous).toMatchObject({ side: 0, seed: before });
    expect(f.game()!.context.game!.setup.players[1]).toEqual({ kind: 'human' });
  });

  it('quitting a game under way goes back to the title and stops the game', () => {
    const f = flow().send({ type: 'land' }, { type: 'play' }, { type: 'side.choose', side: 0 }, { type: 'briefing.done' });
    const game = f.context.game!;
    f.send({ type: 'quit' });
    expect(f.where()).toBe('Title');
    expect(f.context.game).toBeNull();
    expect(game.getSnapshot().status).toBe('stopped');
  });

  it('a newly opened scenario redraws the title; a translation of it does not', () => {
    const f = flow().send({ type: 'land' });
    const first = f.screen();
    f.send({ type: 'scenario.translated', scenario: f.context.scenario! });
    expect(f.screen()).toEqual(first);
    f.send({ type: 'scenario.opened', scenario: f.context.scenario!, file: 'minimal.json' });
    expect(f.screen()).not.toEqual(first);
    expect(f.where()).toBe('Title');
  });

  it('a scenario with problems shows them, and a fixed one opens on its title', () => {
    const f = flow().send({ type: 'land' });
    f.send({ type: 'scenario.failed', file: 'mine.json', problems: [{ code: 'x', path: '$', message: 'bad', severity: 'error' }], local: true });
    expect(f.screen()).toMatchObject({ scene: 'Preload', data: { file: 'mine.json', local: true } });
    f.send({ type: 'scenario.opened', scenario: f.context.scenario!, file: 'mine.json' });
    expect(f.where()).toBe('Title');
  });
});
