/**
 * Issue 14: direction controls in untrusted text. A U+202E in a name showed it reversed ("Bob
 * jones"); in a seed it reversed the teacher's Replay header; in scenario text it reversed the
 * words around it. Names and session seeds are cleaned where they come in; a game whose setup
 * still carries one (a forged log or code) is refused with a reason; scenario texts lose them at load.
 */
import { describe, expect, it } from 'vitest';
import { cleanPlayerName, decodeSession, describeSession, encodeSession, type ClassSession } from '../../src/engine/index.ts';
import { patchedScenario } from '../support/patched.ts';
import { compiled, summit } from '../support/summit-dsl.ts';

const RLO = '\u202e';
const controls = /[\u202a-\u202e\u2066-\u2069]/;

describe('direction controls in untrusted text', () => {
  it('are taken out of a player name as it is cleaned, right-to-left letters kept', () => {
    expect(cleanPlayerName(`${RLO}senoj boB`)).toBe('senoj boB');
    expect(cleanPlayerName(`\u2067سلام\u2069 Bob`)).toBe('سلام Bob');
    expect(cleanPlayerName(`${RLO}\u202c`)).toBeNull();
  });

  it('make a game whose setup carries them, in a name or a seed, refused with a reason', () => {
    for (const [setup, code] of [
      [{ seed: 'ok', players: [{ kind: 'human' }, { kind: 'computer', difficulty: 'normal' }], names: [`${RLO}senoj boB`, null] }, 'setup.nameDirection'],
      [{ seed: `class-${RLO}7b`, players: [{ kind: 'human' }, { kind: 'computer', difficulty: 'normal' }] }, 'setup.seedDirection'],
    ] as const) {
      const t = summit('danang-2017');
      t.send({ type: 'game.setup', setup: setup as never });
      expect(t.context.refusal).toEqual({ code, params: {} });
    }
    // Replay runs the same machine, so no log or code with such a setup can verify.
  });

  it('are taken out of a session code’s seed, and the seed is isolated in the settings text', () => {
    const settings: ClassSession = {
      scenario: 'danang-2017',
      sides: 'first',
      mode: 'computer',
      opponent: { kind: 'difficulty', difficulty: 'normal' },
      seed: { kind: 'class', value: `seed-${RLO}reversed` },
      rounds: null,
      secondsPerRound: null,
      revealReal: true,
    };
    const decoded = decodeSession(encodeSession(settings));
    expect(decoded.ok && decoded.session.seed).toEqual({ kind: 'class', value: 'seed-reversed' });
    const dice = describeSession(compiled('danang-2017'), settings).find((r) => r.label === 'Dice')!.value;
    expect(dice).toBe('The same for the whole class (seed "\u2068seed-reversed\u2069")');
  });

  it('are taken out of scenario texts at load', () => {
    const c = patchedScenario('danang-2017', (s) => {
      s.title = `Da Nang ${RLO}2017`;
      s.items[0].title = { en: `Military ${RLO}deconfliction`, fr: `Déconfliction ${RLO}militaire` };
      s.languages = ['en', 'fr'];
    });
    expect(c.scenario.title).toBe('Da Nang 2017');
    expect(c.scenario.items[0].title).toBe('Military deconfliction');
    expect(JSON.stringify(c.scenario)).not.toMatch(controls);
  });
});
