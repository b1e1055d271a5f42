import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { encodeResultCode, verifyCode, loadScenario, recordLog, replayLog, summitMachine } from '../../../src/engine/index.ts';

const loaded = loadScenario(readFileSync('public/scenarios/danang-2017.json', 'utf8'), { warnings: false });
if (!loaded.ok) throw new Error('danang-2017 does not load');
const c = loaded.compiled;

function humanGame() {
  const actor = createActor(summitMachine(c)).start();
  actor.send({ type: 'game.setup', setup: { seed: 'class', players: [{ kind: 'human' }, { kind: 'human' }], rounds: 6 } });
  actor.send({ type: 'briefing.done' });
  return actor;
}

describe("a live class's events", () => {
  it('"end talks now" brings the deadline at once, and the log replays', () => {
    const actor = humanGame();
    actor.send({ type: 'class.endTalks' });
    const snap = actor.getSnapshot();
    expect(snap.context.game!.outcome!.kind).toMatch(/breakdown|partial/);
    expect(snap.value).toEqual({ outcome: snap.context.game!.outcome!.kind });
    expect(replayLog(c, recordLog(c, snap.context, snap.value)).ok).toBe(true);
  });

  it('releases a news event at the table (in the history and the banner), and refuses one the scenario lacks', () => {
    const actor = humanGame();
    const event = c.scenario.events[0];
    actor.send({ type: 'class.news', event: event.id });
    expect(actor.getSnapshot().context.game!.lastEvent).toBe(event.id);
    actor.send({ type: 'class.news', event: 'no-such-news' });
    expect(actor.getSnapshot().context.refusal).toEqual({ code: 'refusal.noSuchEvent', params: { event: 'no-such-news' } });
  });

  it('lets the computer take over a side a student left: it moves at once when it is its turn', () => {
    const actor = humanGame();
    const toMove = actor.getSnapshot().context.game!.toMove;
    actor.send({ type: 'class.computerTakesOver', side: toMove, player: { kind: 'computer', difficulty: 'normal' } });
    const game = actor.getSnapshot().context.game!;
    expect(game.profiles[toMove]).not.toBeNull();
    expect(game.toMove).not.toBe(toMove);
    actor.send({ type: 'class.endTalks' });
    const snap = actor.getSnapshot();
    const log = recordLog(c, snap.context, snap.value);
    expect(replayLog(c, log).ok).toBe(true);
    // A result code carries class events too (as raw events), and still verifies.
    expect(verifyCode(() => c, encodeResultCode(c, log), 'code').ok).toBe(true);
  });
});
