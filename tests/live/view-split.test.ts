import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { playerView, summitMachine } from '../../src/engine/index.ts';
import { SeatAssembler } from '../../src/live/seat-assembler.ts';
import { mergeView, splitView } from '../../src/live/view-split.ts';
import { acceptableDeal, shipped } from '../server/support/game.ts';

const c = shipped();

function gameAfter(moves: number, news = false) {
  const a = createActor(summitMachine(c)).start();
  a.send({ type: 'game.setup', setup: { seed: 'split', players: [{ kind: 'human' }, { kind: 'human' }], rounds: 20 } });
  a.send({ type: 'briefing.done' });
  for (let k = 0; k < moves; k++) a.send(k % 2 ? { type: 'turn.pass' } : { type: 'offer.propose', options: acceptableDeal(c) });
  if (news) a.send({ type: 'class.news', event: 'nassib-pressure' }); // news moving a value of each side: each seat's view carries only its own
  return a.getSnapshot().context;
}

describe('a seat in parts', () => {
  it('splits a view into fixed texts and the live rest, and merges it back exactly', () => {
    const view = playerView(c, gameAfter(5, true), 1)!;
    const { fixed, live } = splitView(view);
    expect(JSON.stringify(live)).not.toContain(view.me.brief);
    expect(mergeView(fixed, live)).toEqual(view);
    // The round's news travels with every move (it changes as news comes), already stripped by the selector.
    expect(live.news.map((e) => e.id)).toContain('nassib-pressure');
    expect(live.news).toEqual(view.news);
    expect(view.news.flatMap((e) => e.changes).filter((ch) => ch.code === 'change.newsValue' && ch.params.side !== 1)).toEqual([]);
  });

  it('reassembles seats sent with fixed texts once and history lines only from where the client is', () => {
    const seat = (moves: number, withFixed: boolean, from: number) => {
      const { fixed, live } = splitView(playerView(c, gameAfter(moves), 0)!);
      return {
        studentId: 's',
        name: 'A',
        classPhase: 'running',
        status: 'negotiating',
        side: 0,
        partner: 'B',
        partnerIsComputer: false,
        partnerConnected: true,
        scenario: c.scenario.id,
        session: '',
        phase: 'negotiating',
        ack: null,
        lastSeq: 0,
        canFinishVsComputer: false,
        scenarioTitle: 'T',
        finalLog: null,
        fixed: withFixed ? fixed : null,
        live: { ...live, history: live.history.slice(from) },
        historyFrom: from,
      } as const;
    };
    const a = new SeatAssembler();
    a.take(seat(2, true, 0));
    const third = a.take(seat(4, false, playerView(c, gameAfter(2), 0)!.history.length));
    expect(third.view).toEqual(playerView(c, gameAfter(4), 0));
  });
});
