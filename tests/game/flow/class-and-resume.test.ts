/** A class session's locks, and resuming a saved game, through the app machine. */
import { describe, expect, it } from 'vitest';
import { policyOf } from '../../../src/game/flow/seats.ts';
import { CLASS, flow, playToEnd } from './flow-driver.ts';

describe('class locks', () => {
  it('the teacher fixes the side: Play goes straight to the brief, with the student’s name on their side', () => {
    const f = flow({ lock: { sides: 'second' } }).send({ type: 'land' }, { type: 'play', names: ['Ada', ''], seat: null });
    expect(f.where()).toBe('Briefing:1');
    expect(f.game()!.context.game!.setup.names).toEqual([null, 'Ada']);
  });

  it('students choose: Play leads to the side choice with the name kept, and no two-player option', () => {
    const f = flow({ lock: { sides: 'choose' } }).send({ type: 'land' }, { type: 'play', names: ['Ada', ''] });
    expect(f.screen()).toEqual({ scene: 'SideChoice', data: { name: 'Ada' } });
    f.send({ type: 'side.hotseat' });
    expect(f.where()).toBe('SideChoice');
    f.send({ type: 'side.choose', side: 0 });
    expect(f.where()).toBe('Briefing:0');
    expect(f.game()!.context.game!.setup.names).toEqual(['Ada', null]);
  });

  it('alternating seats: an odd seat plays the first side, an even one the second', () => {
    expect(
      flow({ lock: { sides: 'alternate' } })
        .send({ type: 'land' }, { type: 'play', names: ['A', ''], seat: 3 })
        .where(),
    ).toBe('Briefing:0');
    expect(
      flow({ lock: { sides: 'alternate' } })
        .send({ type: 'land' }, { type: 'play', names: ['B', ''], seat: 4 })
        .where(),
    ).toBe('Briefing:1');
  });

  it('a pair session: both students on one device, behind hand-overs, each name on its side', () => {
    const f = flow({ lock: { mode: 'pair', sides: 'first' } }).send({ type: 'land' }, { type: 'play', names: ['Ada', 'Bo'] });
    expect(f.where()).toBe('Handover:0>Briefing');
    expect(f.game()!.context.game!.setup.names).toEqual(['Ada', 'Bo']);
    expect(f.game()!.context.game!.setup.players).toEqual([{ kind: 'human' }, { kind: 'human' }]);
  });

  it('the class seed, counterpart and rounds decide every game, play again included', () => {
    const f = flow({ fixedSeed: 'url-seed', lock: { sides: 'first', seed: { kind: 'class', value: 'period-5' }, opponent: { kind: 'personality', personality: 'rock' }, rounds: 3 } });
    f.send({ type: 'land' }, { type: 'play', names: ['Ada', ''] });
    const setup = f.game()!.context.game!.setup;
    expect(setup).toMatchObject({ seed: 'period-5', rounds: 3, players: [{ kind: 'human' }, { kind: 'computer', personality: 'rock' }] });
    f.send({ type: 'briefing.done' });
    playToEnd(f);
    f.send({ type: 'debrief.open' }, { type: 'again' });
    expect(f.game()!.context.game!.setup).toMatchObject({ seed: 'period-5', names: ['Ada', null] });
  });

  it('swapping sides only when the teacher lets students choose', () => {
    const locked = flow({ lock: { sides: 'first' } }).send({ type: 'land' }, { type: 'play', names: ['Ada', ''] }, { type: 'briefing.done' });
    playToEnd(locked);
    locked.send({ type: 'debrief.open' }, { type: 'swap' });
    expect(locked.where()).toBe('Debrief');
    const free = flow({ lock: { sides: 'choose' } }).send({ type: 'land' }, { type: 'play', names: ['Ada', ''] }, { type: 'side.choose', side: 0 }, { type: 'briefing.done' });
    playToEnd(free);
    free.send({ type: 'debrief.open' }, { type: 'swap' });
    expect(free.where()).toBe('Briefing:1');
    expect(free.game()!.context.game!.setup.names).toEqual([null, 'Ada']);
  });

  it('the policy: what a class allows and hides', () => {
    expect(policyOf(null, { kind: 'hotseat' })).toEqual({ canSwap: false, canHotseat: true, canChangeScenario: true, revealReal: true, secondsPerRound: null });
    const lock = { code: 'C', settings: { ...CLASS, revealReal: false, secondsPerRound: 90 } };
    expect(policyOf(lock, { kind: 'solo', side: 0 })).toEqual({ canSwap: true, canHotseat: false, canChangeScenario: false, revealReal: false, secondsPerRound: 90 });
  });

  it('a class whose counterpart the scenario lacks is refused with the reason, on the title', () => {
    const f = flow({ lock: { sides: 'first', opponent: { kind: 'personality', personality: 'nobody' } } }).send({ type: 'land' }, { type: 'play', names: ['Ada', ''] });
    expect(f.where()).toBe('Title');
    expect(f.context.refusal).toEqual({ code: 'setup.unknownPersonality', params: { value: 'nobody' } });
  });
});

describe('resume', () => {
  /** A game played to its table, then "saved": the game's persisted snapshot and the flow's facts. */
  function saved(mode: 'solo' | 'hotseat', opts: { lock?: boolean; moves?: number } = {}) {
    const f = flow(opts.lock ? { lock: { sides: 'choose' } } : {}).send({ type: 'land' }, { type: 'play', names: ['Ada', 'Bo'] });
    if (mode === 'solo') f.send({ type: 'side.choose', side: 1 }, { type: 'briefing.done' });
    else f.send({ type: 'side.hotseat' }, { type: 'handover.continue' }, { type: 'briefing.done' }, { type: 'handover.continue' }, { type: 'briefing.done' }, { type: 'handover.continue' });
    for (let n = 0; n < (opts.moves ?? 1); n++) {
      if (f.where().startsWith('Handover')) f.send({ type: 'handover.continue' });
      f.move({ type: 'offer.propose', options: { border: 'open', trade: 'free' } });
    }
    const { mode: m, seed, previous } = f.context;
    return { mode: m, seed, previous, classCode: opts.lock ? 'C-TEST' : null, snapshot: JSON.parse(JSON.stringify(f.context.game!.getPersistedSnapshot())), log: f.game()!.context.log };
  }

  it('a game against the computer resumes at its table, on the student’s side, and plays on', () => {
    const s = saved('solo');
    const f = flow().send({ type: 'resume', ...s });
    expect(f.where()).toBe('Table:1');
    expect(f.game()!.context.log).toEqual(s.log);
    expect(f.context.seed).toBe(s.seed);
    playToEnd(f);
    expect(f.where()).toBe('Outcome');
  });

  it('a two-player game resumes behind a hand-over to the side to move', () => {
    const s = saved('hotseat');
    const f = flow().send({ type: 'resume', ...s });
    const toMove = f.toMove();
    expect(f.where()).toBe(`Handover:${toMove}>Table`);
    f.send({ type: 'handover.continue' });
    expect(f.where()).toBe(`Table:${toMove}`);
  });

  it('a class link resumes only a game of the same class; a plain link only a free game', () => {
    const inClass = saved('solo', { lock: true });
    expect(
      flow()
        .send({ type: 'resume', ...inClass })
        .where(),
    ).toBe('Title');
    expect(
      flow({ lock: { sides: 'choose' } })
        .send({ type: 'resume', ...inClass })
        .where(),
    ).toBe('Table:1');
    const free = saved('solo');
    expect(
      flow({ lock: { sides: 'choose' } })
        .send({ type: 'resume', ...free })
        .where(),
    ).toBe('Title');
  });

  it('a finished game resumes at its outcome; after a resume, new games roll new dice', () => {
    const f0 = flow({ fixedSeed: 'url' }).send({ type: 'land' }, { type: 'play' }, { type: 'side.choose', side: 0 }, { type: 'briefing.done' });
    playToEnd(f0);
    const snapshot = JSON.parse(JSON.stringify(f0.context.game!.getPersistedSnapshot()));
    const f = flow({ fixedSeed: 'url' }).send({ type: 'resume', mode: f0.context.mode, seed: 'url', classCode: null, previous: null, snapshot });
    expect(f.where()).toBe('Outcome');
    f.send({ type: 'debrief.open' }, { type: 'again' });
    expect(f.context.seed).toBe('fresh-1');
  });
});
