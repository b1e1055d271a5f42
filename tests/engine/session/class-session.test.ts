import { describe, expect, it } from 'vitest';
import { cleanPlayerName, decodeSession, describeSession, encodeSession, needsSeat, sessionId, setupFor, sideForSeat, type ClassSession } from '../../../src/engine/index.ts';
import { compiled, summit } from '../../support/summit-dsl.ts';

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
      { ...session, sides: 'alternate' as const },
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
    expect(setupFor(session, 1, 'ignored')).toEqual({ seed: 'period-3', players: [{ kind: 'computer', difficulty: 'hard' }, { kind: 'human' }], rounds: 6, session: sessionId(session) });
    const pairSession: ClassSession = { ...session, mode: 'pair', seed: { kind: 'student' }, rounds: null };
    const pairs = setupFor(pairSession, 0, 'fresh');
    expect(pairs).toEqual({ seed: 'fresh', players: [{ kind: 'human' }, { kind: 'human' }], session: sessionId(pairSession) });
  });

  it('have an id that changes with every setting, and only with a setting', () => {
    const id = sessionId(session);
    expect(id).toMatch(/^[0-9a-f]{8}$/);
    expect(sessionId({ ...session })).toBe(id);
    expect(sessionId(decodeSession(encodeSession(session)).ok ? (decodeSession(encodeSession(session)) as { session: ClassSession }).session : session)).toBe(id);
    const variants: ClassSession[] = [
      { ...session, opponent: { kind: 'difficulty', difficulty: 'easy' } },
      { ...session, seed: { kind: 'class', value: 'period-4' } },
      { ...session, seed: { kind: 'student' } },
      { ...session, rounds: 7 },
      { ...session, mode: 'pair' },
      { ...session, sides: 'first' },
      { ...session, secondsPerRound: 90 },
      { ...session, revealReal: !session.revealReal },
    ];
    expect(new Set([id, ...variants.map(sessionId)]).size).toBe(variants.length + 1);
  });
});

describe('sides by seat ("alternate")', () => {
  const alt: ClassSession = { ...session, sides: 'alternate' };

  it('gives odd seats the first side and even seats the second', () => {
    expect([1, 2, 3, 4, 27, 28].map((seat) => sideForSeat(alt, seat))).toEqual([0, 1, 0, 1, 0, 1]);
    expect(needsSeat(alt)).toBe(true);
  });

  it('asks again for a seat that is not a whole number from 1', () => {
    for (const seat of [0, -1, 1.5, NaN, Infinity, 1000, null, undefined]) expect(sideForSeat(alt, seat)).toBeNull();
  });

  it('follows the other rules without a seat', () => {
    expect(sideForSeat({ ...session, sides: 'first' })).toBe(0);
    expect(sideForSeat({ ...session, sides: 'second' }, 3)).toBe(1);
    expect(sideForSeat(session, 1)).toBeNull();
    expect(sideForSeat({ ...alt, mode: 'pair' }, 1)).toBeNull();
    expect(needsSeat(session)).toBe(false);
    expect(needsSeat({ ...alt, mode: 'pair' })).toBe(false);
  });

  it('keeps the meaning of codes handed out before "alternate" existed', () => {
    // Encoded before the change: sides 'second' was index 2 and still is.
    const code = encodeSession({ ...session, sides: 'second' });
    expect(decodeSession(code)).toMatchObject({ ok: true, session: { sides: 'second' } });
  });
});

describe('what a student sees of the session', () => {
  const c = compiled('danang-2017');

  it('describes the locked settings in plain words', () => {
    const rows = Object.fromEntries(describeSession(c, { ...session, sides: 'alternate' }).map((r) => [r.label, r.value]));
    expect(rows).toEqual({
      Scenario: c.scenario.title,
      Sides: 'By seat number: odd seats play United States, even seats play Russia',
      Mode: 'Against the computer',
      Counterpart: `Hard: ${c.scenario.personalities.find((p) => p.difficulty === 'hard')!.name}`,
      Dice: 'The same for the whole class (seed "\u2068period-3\u2069")',
      Rounds: '6 (the scenario has 8)',
      'Time per round': '3 minutes',
      'Real outcome': 'Not shown in the debrief',
    });
  });

  it('leaves out the counterpart when two students play, and says when there is no limit', () => {
    const rows = describeSession(c, { ...session, mode: 'pair', seed: { kind: 'student' }, rounds: null, secondsPerRound: 90, revealReal: true });
    expect(rows.map((r) => r.label)).not.toContain('Counterpart');
    const value = (label: string) => rows.find((r) => r.label === label)!.value;
    expect(value('Sides')).toMatch(/two students share one device/);
    expect(value('Dice')).toBe('Different for every student');
    expect(value('Rounds')).toBe('8');
    expect(value('Time per round')).toBe('90 seconds');
    expect(value('Real outcome')).toBe('Shown in the debrief');
    expect(describeSession(c, { ...session, secondsPerRound: null }).find((r) => r.label === 'Time per round')!.value).toBe('No time limit');
  });
});

describe('student names', () => {
  it("travel in the setup a session gives, cleaned, on the student's side", () => {
    expect(setupFor(session, 1, 'x', '  Ana \n María  ').names).toEqual([null, 'Ana María']);
    expect(setupFor({ ...session, mode: 'pair' }, 0, 'x', ['Ana', 'Ben']).names).toEqual(['Ana', 'Ben']);
    expect(setupFor(session, 0, 'x', '   ')).not.toHaveProperty('names');
    expect(cleanPlayerName('x'.repeat(60))).toHaveLength(40);
    expect(cleanPlayerName('\u0000\u0007')).toBeNull();
  });

  it('are checked when a game starts: short plain text, only for a side a person plays', () => {
    const start = (names: unknown) => summit('minimal').send({ type: 'game.setup', setup: { seed: 's', players: [{ kind: 'human' }, { kind: 'computer' }], names } as never });
    expect(start(['Ada', null]).phase).toBe('briefing');
    expect(start(['Ada']).context.refusal?.code).toBe('setup.namesPair');
    expect(start(['x'.repeat(41), null]).context.refusal).toEqual({ code: 'setup.nameLength', params: { max: 40 } });
    expect(start([' Ada', null]).context.refusal?.code).toBe('setup.nameSpaces');
    expect(start(['A\nB', null]).context.refusal?.code).toBe('setup.nameControl');
    expect(start([null, 'Robot']).context.refusal?.code).toBe('setup.nameForHuman');
    expect(start([42, null]).context.refusal?.code).toBe('setup.nameText');
  });
});
