/**
 * Issue 14: the teacher page replays a long log in short tasks. The sliced replay gives exactly
 * replayLog's verdict, and hands control back every `every` events (the page's macrotask pause);
 * the CDP measurement of the page itself is `npm run bench:replay`.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { MAX_LOG_EVENTS, recordLog, replayLog, summitMachine, verifyLog, verifyLogInSlices } from '../../../src/engine/index.ts';
import { replayLogInSlices } from '../../../src/engine/log/game-log.ts';
import { compiled } from '../../support/summit-dsl.ts';

const c = compiled('danang-2017');

/** A two-player game at the game's limit of moves: agree, reopen, agree, … then a walk-away. */
function longestGame() {
  const actor = createActor(summitMachine(c)).start();
  actor.send({ type: 'game.setup', setup: { seed: 'long', players: [{ kind: 'human' }, { kind: 'human' }], names: ['Ann', 'Bob'] } });
  actor.send({ type: 'briefing.done' });
  const first = c.scenario.items[0];
  actor.send({ type: 'offer.propose', options: { [first.id]: first.options[0].id } });
  for (let k = 0; actor.getSnapshot().context.log.length < MAX_LOG_EVENTS - 2; k++) actor.send(k % 2 ? { type: 'item.reopen', item: first.id } : { type: 'item.agree', item: first.id });
  actor.send({ type: 'talks.walkAway' });
  actor.send({ type: 'debrief.open' });
  return recordLog(c, actor.getSnapshot().context, actor.getSnapshot().value);
}

describe('replay in short tasks', () => {
  const log = longestGame();

  it('a log at the limit of moves gives replayLog’s verdict, pausing every 100 events', async () => {
    expect(log.events.length).toBeGreaterThan(MAX_LOG_EVENTS - 5);
    let pauses = 0;
    const sliced = await replayLogInSlices(c, log, async () => void pauses++, 100);
    const whole = replayLog(c, log);
    expect(sliced.ok && whole.ok).toBe(true);
    if (sliced.ok && whole.ok) expect(JSON.stringify(sliced.context)).toBe(JSON.stringify(whole.context));
    expect(pauses).toBe(Math.floor((log.events.length + 1) / 100));
  });

  it('verifies to the same result, and refuses an altered log for the same reason', async () => {
    const pause = () => Promise.resolve();
    expect(JSON.stringify(await verifyLogInSlices(c, log, 'a.json', pause))).toBe(JSON.stringify(verifyLog(c, log, 'a.json')));
    const altered = { ...log, final: { ...log.final, phase: 'outcome' as const } };
    expect(await verifyLogInSlices(c, altered, 'b.json', pause)).toEqual(verifyLog(c, altered, 'b.json'));
  });
});
