import { describe, expect, it } from 'vitest';
import { recordLog, replayLog, SCENARIO_FORMAT } from '../../../src/engine/index.ts';
import { recordChecksum } from '../../../src/engine/log/game-log.ts';
import { summit } from '../../support/summit-dsl.ts';
import { patchedScenario } from '../../support/patched.ts';

function playedGame() {
  const t = summit('danang-2017').humanVs({ kind: 'computer', difficulty: 'hard' }).withSeed('replay-me').start();
  t.propose({ deconfliction: 'euphrates-line', violence: 'other-zones', geneva: 'un-elections', 'buffer-zone': 'verified-zone' });
  t.send({ type: 'priority.ask' }).pass();
  t.propose({ deconfliction: 'incident-review', violence: 'amman-memo', geneva: 'un-elections', 'buffer-zone': 'verified-zone' });
  t.walkAway().send({ type: 'debrief.open' });
  return t;
}

describe('game logs', () => {
  it('replay to the identical final state', () => {
    const t = playedGame();
    const log = JSON.parse(JSON.stringify(recordLog(t.c, t.context, t.actor.getSnapshot().value)));
    const result = replayLog(t.c, log);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(JSON.stringify(result.context)).toBe(JSON.stringify(t.context));
      expect(result.phase).toBe('debrief');
    }
    expect(log.seed).toBe('replay-me');
    expect(log.scenario).toEqual({ id: 'danang-2017', format: SCENARIO_FORMAT, hash: t.c.hash, sections: expect.stringMatching(/^([0-9a-f]{4})+$/) });
  });

  it('an edited log is caught by its checksum', () => {
    const t = playedGame();
    const log = recordLog(t.c, t.context, t.actor.getSnapshot().value);
    const edited = { ...log, events: log.events.map((e) => (e.type === 'talks.walkAway' ? { type: 'turn.pass' as const } : e)) };
    expect(replayLog(t.c, edited)).toMatchObject({ ok: false, reason: expect.stringMatching(/altered/) });
  });

  it('a log whose result no longer reproduces is refused', () => {
    const t = playedGame();
    const log = recordLog(t.c, t.context, t.actor.getSnapshot().value);
    // A consistent forgery: the checksum is recomputed, but the recorded result is not what the events produce.
    const forged = recordLog(t.c, { ...t.context, game: { ...t.context.game!, trust: [1, 1] } }, t.actor.getSnapshot().value);
    expect(forged.checksum).not.toBe(log.checksum);
    expect(replayLog(t.c, forged)).toMatchObject({ ok: false, reason: expect.stringMatching(/does not reproduce/) });
  });

  it('a log from a version of the scenario with other numbers is refused, naming what changed', () => {
    const t = playedGame();
    const log = recordLog(t.c, t.context, t.actor.getSnapshot().value);
    const other = patchedScenario('danang-2017', (s) => {
      s.items[2].options[1].values.us = 0.55;
    });
    expect(replayLog(other, log)).toMatchObject({ ok: false, reason: expect.stringMatching(/another version of "danang-2017".*item "geneva"/) });
    expect(replayLog(t.c, { nonsense: true } as never)).toMatchObject({ ok: false });
  });

  it('a log from before this format is refused, saying so', () => {
    const t = playedGame();
    const log = { ...recordLog(t.c, t.context, t.actor.getSnapshot().value), logFormat: 1 };
    expect(replayLog(t.c, log)).toMatchObject({ ok: false, reason: expect.stringMatching(/earlier version of Summit \(log format 1\)/) });
  });

  it('the replay lists the events the game acted on: not moves after the end', () => {
    const t = playedGame();
    const log = recordLog(t.c, t.context, t.actor.getSnapshot().value);
    const padded = { ...log, events: [...log.events, { type: 'turn.pass' as const }, { type: 'priority.ask' as const }] };
    const { checksum: _, ...body } = padded;
    const result = replayLog(t.c, { ...body, checksum: recordChecksum(body) });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.played).toEqual(log.events);
  });
});
