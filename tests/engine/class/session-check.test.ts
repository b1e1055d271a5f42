/**
 * Results bound to their session: the class debrief, given the teacher's session, sets apart every
 * game whose replayed setup differs from it (with the reasons) and counts renamed and padded
 * copies once.
 */
import { describe, expect, it } from 'vitest';
import { collect, encodeResultCode, recordLog, sessionId, setupFor, verifyCode, type ClassSession, type CompiledScenario, type GameSetup, type SummitEvent } from '../../../src/engine/index.ts';
import { compiled, summit } from '../../support/summit-dsl.ts';

const c = compiled('danang-2017');
const scenarios = (id: string): CompiledScenario | null => (id === c.scenario.id ? c : null);
const session: ClassSession = {
  scenario: 'danang-2017',
  sides: 'choose',
  mode: 'computer',
  opponent: { kind: 'difficulty', difficulty: 'hard' },
  seed: { kind: 'class', value: 'period-5' },
  rounds: 6,
  secondsPerRound: null,
  revealReal: true,
};
const offer = { deconfliction: 'incident-review', violence: 'amman-memo', geneva: 'un-elections', 'buffer-zone': 'verified-zone' };

/** A finished game with this setup; `extra` events are sent after the debrief opens (padding). */
function code(setup: GameSetup, extra: SummitEvent[] = [], offered: Record<string, string> = offer): string {
  const t = summit('danang-2017');
  t.send({ type: 'game.setup', setup }).send({ type: 'briefing.done' });
  for (let k = 0; k < 10 && t.phase === 'negotiating'; k++) {
    if (t.game.profiles[t.game.toMove] === null) t.propose(offered);
  }
  if (t.phase === 'negotiating') t.walkAway();
  t.send({ type: 'debrief.open' });
  const log = recordLog(t.c, t.context, t.actor.getSnapshot().value);
  return encodeResultCode(t.c, { ...log, events: [...log.events, ...extra] });
}

const honest = (name: string, side: 0 | 1 = 0) => setupFor(session, side, 'unused', name);

describe('results bound to their session', () => {
  const forged: [string, GameSetup][] = [
    ['easier counterpart', { ...honest('Eve'), players: [{ kind: 'human' }, { kind: 'computer', difficulty: 'easy' }] }],
    ['own seed', { ...honest('Sam'), seed: 'my-lucky-seed' }],
    ['both sides', { ...honest('Bo'), players: [{ kind: 'human' }, { kind: 'human' }], names: ['Bo', 'Bo'] }],
    ['more rounds', { ...honest('Ron'), rounds: 100 }],
    ['no session', (({ session: _, ...rest }) => rest)(honest('Nia'))],
  ];
  const imported = collect(
    [
      verifyCode(scenarios, code(honest('Ada')), 'code 1'),
      verifyCode(scenarios, code(honest('Boris', 1)), 'code 2'),
      // Each forged game offers something else, or it would be the same game as Ada's (and counted as her copy).
      ...forged.map(([, setup], k) => verifyCode(scenarios, code(setup, [], { ...offer, violence: ['other-zones', 'nationwide-ceasefire'][k % 2] }), `forged ${k + 1}`)),
    ],
    session,
  );

  it('ranks only the games played as the session says', () => {
    expect(imported.invalid).toEqual([]);
    expect(imported.results.map((r) => r.name)).toEqual(['Ada', 'Boris']);
    expect(imported.results.every((r) => r.setup.session === sessionId(session))).toBe(true);
  });

  it('shows every forged setup apart, with the reason', () => {
    expect(imported.apart.map((a) => [a.result.name, a.reasons.map((r) => r.code)])).toEqual([
      ['Eve', ['counterpart']],
      ['Sam', ['seed']],
      ['Bo', ['both-sides']],
      ['Ron', ['rounds']],
      ['Nia', ['session']],
    ]);
    expect(imported.apart[0].reasons[0]).toEqual({ code: 'counterpart', params: { expected: 'hard', got: 'easy' } });
    expect(imported.apart[1].reasons[0]).toEqual({ code: 'seed', params: { expected: 'period-5', got: 'my-lucky-seed' } });
    expect(imported.apart[3].reasons[0]).toEqual({ code: 'rounds', params: { expected: 6, got: 100 } });
  });

  it('names a game from another session, and the side a session assigns', () => {
    const firstOnly: ClassSession = { ...session, sides: 'first' };
    const r = collect([verifyCode(scenarios, code(honest('Ada', 1)), 'code 1')], firstOnly);
    expect(r.apart[0].reasons.map((x) => x.code)).toEqual(['side', 'session']);
    expect(r.apart[0].reasons[0]).toEqual({ code: 'side', params: { expected: 0, got: 1 } });
  });

  it('without a session, every verified game is counted (nothing to compare with)', () => {
    const r = collect([verifyCode(scenarios, code(forged[0][1]), 'x')]);
    expect(r.results).toHaveLength(1);
    expect(r.apart).toEqual([]);
  });

  it('flags the same moves under another name as a copy, counted once', () => {
    const r = collect([verifyCode(scenarios, code(honest('Ada')), 'code 1'), verifyCode(scenarios, code(honest('Not Ada')), 'code 2')], session);
    expect(r.results.map((x) => x.source)).toEqual(['code 1']);
    expect(r.duplicates).toEqual([{ source: 'code 2', sameAs: 'code 1', kind: 'copy', name: 'Not Ada', sameAsName: 'Ada', padding: 0 }]);
  });

  it('counts a code padded with moves after the end once, and says it was padded', () => {
    const padding: SummitEvent[] = [{ type: 'turn.pass' }, { type: 'offer.accept' }, { type: 'talks.walkAway' }];
    const r = collect([verifyCode(scenarios, code(honest('Ada')), 'code 1'), verifyCode(scenarios, code(honest('Ada'), padding), 'code 2')], session);
    expect(r.results).toHaveLength(1);
    expect(r.duplicates).toEqual([{ source: 'code 2', sameAs: 'code 1', kind: 'same', name: 'Ada', sameAsName: 'Ada', padding: 3 }]);
  });
});
