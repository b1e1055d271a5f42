import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { MAX_LOG_EVENTS, recordLog, replayLog, replayMachine, summitMachine, SCENARIO_FORMAT, type GameLog, type SummitEvent } from '../../../src/engine/index.ts';
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

/** The log with `events` in place of its own, checksum recomputed (a consistent forgery). */
function withEvents(log: GameLog, events: unknown[]): GameLog {
  const { checksum: _, ...body } = { ...log, events: events as SummitEvent[] };
  return { ...body, checksum: recordChecksum(body) };
}

/** Errors that surface after the call returns (xstate reports a machine's error from a timer). */
async function lateErrors(run: () => void): Promise<unknown[]> {
  const caught: unknown[] = [];
  const listen = (e: unknown) => caught.push(e);
  process.on('uncaughtException', listen);
  try {
    run();
    await new Promise((r) => setTimeout(r, 20));
  } finally {
    process.off('uncaughtException', listen);
  }
  return caught;
}

describe('hostile logs (issue 14)', () => {
  const refused: SummitEvent = { type: 'item.agree', item: 'no-such-item' };

  it('a null event, or one without a known type, is refused with a reason and raises nothing later', async () => {
    const t = playedGame();
    const log = recordLog(t.c, t.context, t.actor.getSnapshot().value);
    for (const bad of [null, 7, 'turn.pass', [], {}, { type: 7 }, { type: 'no.such' }]) {
      const events = [...log.events];
      events.splice(3, 0, bad as never);
      let result: ReturnType<typeof replayLog> | undefined;
      expect(await lateErrors(() => (result = replayLog(t.c, withEvents(log, events))))).toEqual([]);
      expect(result, JSON.stringify(bad)).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged: event 4 is not a move/) });
    }
  });

  it('a log with more events than a game can make is refused before any replay (the 41,000 refused moves of a 984 KB file)', () => {
    const t = playedGame();
    const log = recordLog(t.c, t.context, t.actor.getSnapshot().value);
    const events = [...log.events.slice(0, 2), ...Array.from({ length: 41_000 }, () => refused), ...log.events.slice(2)];
    expect(replayLog(t.c, withEvents(log, events))).toMatchObject({ ok: false, reason: expect.stringMatching(/41\d{3} events, more than a game can make \(2000\)/) });
  });

  it('the game itself never makes such a log: past the limit a move is refused unrecorded, and a walk-away still ends the talks', () => {
    const t = summit('danang-2017').humanVsHuman().withSeed('long').start();
    for (let k = 0; k < MAX_LOG_EVENTS + 50; k++) t.send(refused);
    expect(t.context.log.length).toBe(MAX_LOG_EVENTS - 2);
    expect(t.context.refusal).toEqual({ code: 'refusal.logFull', params: { max: MAX_LOG_EVENTS } });
    t.walkAway().send({ type: 'debrief.open' });
    expect(t.context.log.length).toBe(MAX_LOG_EVENTS);
    expect(t.context.game?.outcome?.kind).toBe('walkout');
    // And that longest of logs replays.
    const log = JSON.parse(JSON.stringify(recordLog(t.c, t.context, t.actor.getSnapshot().value)));
    expect(replayLog(t.c, log)).toMatchObject({ ok: true, phase: 'debrief' });
  });

  it('a replay appends to one log instead of copying it at every event (the cost grew with the square of the log), while a game keeps old snapshots intact', () => {
    const t = summit('danang-2017').humanVsHuman().withSeed('linear').start();
    const setup = t.context.log[0];
    const replaying = createActor(replayMachine(t.c)).start();
    const playing = createActor(summitMachine(t.c)).start();
    for (const actor of [replaying, playing]) for (const e of [setup, { type: 'briefing.done' } as const, refused]) actor.send(e);
    const early = [replaying.getSnapshot().context.log, playing.getSnapshot().context.log];
    for (let k = 0; k < 200; k++) for (const actor of [replaying, playing]) actor.send(refused);
    const late = [replaying.getSnapshot().context.log, playing.getSnapshot().context.log];
    expect(late[0]).toBe(early[0]);
    expect(late[0]).toHaveLength(203);
    expect(late[1]).not.toBe(early[1]);
    expect(early[1]).toHaveLength(3);
    expect(late[1]).toEqual(late[0]);
  });
});
