import { describe, expect, it } from 'vitest';
import { decodeSession, encodeSession, setupFor, type ClassSession } from '../../../src/engine/index.ts';

const session: ClassSession = {
  scenario: 'danang-2017',
  sides: 'choose',
  mode: 'computer',
  opponent: { kind: 'difficulty', difficulty: 'hard' },
  seed: { kind: 'class', value: 'period-3' },
  rounds: 6,
  secondsPerRound: 180,
  revealReal: false,
};

describe('session codes', () => {
  it('round-trip every setting in a short code', () => {
    const code = encodeSession(session);
    expect(code.length).toBeLessThan(80);
    expect(decodeSession(code)).toEqual({ ok: true, session });
    for (const variant of [
      { ...session, sides: 'second' as const, mode: 'pair' as const, seed: { kind: 'student' as const }, rounds: null, secondsPerRound: null, revealReal: true },
      { ...session, opponent: { kind: 'strategy' as const, strategy: 'tit-for-tat' as const } },
      { ...session, opponent: { kind: 'personality' as const, personality: 'veteran' } },
    ])
      expect(decodeSession(encodeSession(variant))).toEqual({ ok: true, session: variant });
  });

  it('catch typos and refuse foreign text', () => {
    const body = encodeSession(session).replace(/-/g, '');
    for (let k = 1; k < body.length; k++) {
      const typo = body.slice(0, k) + (body[k] === 'A' ? 'B' : 'A') + body.slice(k + 1);
      expect(decodeSession(typo).ok, `typo at ${k}`).toBe(false);
    }
    expect(decodeSession('S1234-ABCDE')).toMatchObject({ ok: false, reason: expect.stringMatching(/not a Summit session code/) });
    expect(decodeSession('x'.repeat(10_000))).toMatchObject({ ok: false });
  });

  it('give each student the game the teacher set', () => {
    expect(setupFor(session, 1, 'ignored')).toEqual({ seed: 'period-3', players: [{ kind: 'computer', difficulty: 'hard' }, { kind: 'human' }], rounds: 6 });
    const pairs = setupFor({ ...session, mode: 'pair', seed: { kind: 'student' }, rounds: null }, 0, 'fresh');
    expect(pairs).toEqual({ seed: 'fresh', players: [{ kind: 'human' }, { kind: 'human' }] });
  });
});
