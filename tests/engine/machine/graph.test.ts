/**
 * Every state and every transition of the statechart is reached by generated paths
 * (xstate/graph). The context is unbounded, so states are identified by what the flow depends
 * on: the state value, the round and turn, item statuses and what is on the table.
 */
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { summitMachine, type SummitEvent } from '../../../src/engine/index.ts';
import { patchedScenario } from '../../support/patched.ts';

const c = patchedScenario('minimal', (s) => {
  s.rules = { partialStatement: true };
  s.deadline.rounds = 2;
  s.events = [];
});
const machine = summitMachine(c);

const events: SummitEvent[] = [
  { type: 'game.setup', setup: { seed: 'g', players: [{ kind: 'human' }, { kind: 'human' }] } },
  { type: 'game.setup', setup: { seed: 'g', players: [{ kind: 'human' }, { kind: 'computer', personality: 'nobody' }] } },
  { type: 'briefing.done' },
  { type: 'offer.propose', options: { border: 'patrolled', trade: 'quota' } },
  { type: 'offer.propose', options: { border: 'patrolled' } },
  { type: 'offer.accept' },
  { type: 'item.agree', item: 'border' },
  { type: 'item.agree', item: 'trade' },
  { type: 'item.reopen', item: 'border' },
  { type: 'trade.propose', give: { item: 'trade', option: 'free' }, want: { item: 'border', option: 'patrolled' } },
  { type: 'trade.accept' },
  { type: 'priority.state', item: 'trade' },
  { type: 'priority.ask' },
  { type: 'turn.pass' },
  { type: 'talks.walkAway' },
  { type: 'debrief.open' },
  { type: 'game.restart' },
];

function key(snapshot: { value: unknown; context: { game: any; refusal: unknown } }): string {
  const g = snapshot.context.game;
  return JSON.stringify([snapshot.value, g && [g.round, g.half, g.items.map((i: any) => `${i.status}${i.option}`), g.table?.by ?? null, g.table?.options ?? null, g.trade?.by ?? null, g.talk]]);
}

describe('the summit statechart', () => {
  const paths = getShortestPaths(machine, { events, serializeState: (s) => key(s as never) });
  // Every edge of the explored graph, refused moves (self-loops) included.
  const steps = adjacencyMapToArray(getAdjacencyMap(machine, { events, serializeState: (s) => key(s as never) })).map((e) => ({
    from: JSON.stringify(e.state.value),
    event: e.event.type,
    to: JSON.stringify(e.nextState.value),
    refused: (e.nextState.context as { refusal: unknown }).refusal !== null,
  }));
  const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));

  it('reaches every state', () => {
    for (const v of ['"setup"', '"briefing"', '"negotiating"', '{"outcome":"agreement"}', '{"outcome":"partial"}', '{"outcome":"breakdown"}', '{"outcome":"walkout"}', '"debrief"'])
      expect(reached, v).toContain(v);
  });

  it('takes every transition', () => {
    const taken = new Set(steps.map((s) => `${s.from} --${s.event}--> ${s.to}`));
    const expected = [
      '"setup" --game.setup--> "briefing"',
      '"setup" --game.setup--> "setup"',
      '"briefing" --briefing.done--> "negotiating"',
      '"negotiating" --offer.accept--> {"outcome":"agreement"}',
      '"negotiating" --item.agree--> {"outcome":"agreement"}',
      '"negotiating" --trade.accept--> {"outcome":"agreement"}',
      '"negotiating" --turn.pass--> {"outcome":"partial"}',
      '"negotiating" --turn.pass--> {"outcome":"breakdown"}',
      '"negotiating" --talks.walkAway--> {"outcome":"walkout"}',
      ...['agreement', 'partial', 'breakdown', 'walkout'].map((o) => `{"outcome":"${o}"} --debrief.open--> "debrief"`),
      '"debrief" --game.restart--> "setup"',
      ...['offer.propose', 'offer.accept', 'item.agree', 'item.reopen', 'trade.propose', 'priority.state', 'priority.ask', 'turn.pass'].map((e) => `"negotiating" --${e}--> "negotiating"`),
    ];
    for (const t of expected) expect(taken, t).toContain(t);
  });

  it('refuses illegal moves without leaving the state', () => {
    const refusedKinds = new Set(steps.filter((s) => s.refused && s.from === s.to).map((s) => s.event));
    for (const e of ['offer.accept', 'item.agree', 'item.reopen', 'trade.accept', 'priority.state', 'game.setup']) expect(refusedKinds, e).toContain(e);
  });
});
