/**
 * Result code length (issue: a full default game's code is at most 600 characters). Plays many
 * full games of the default scenario as a busy student would, to the deadline: every round a
 * priority stated and one asked, then a proposal of random options or a trade of two open items
 * (seeded), never accepting; the longest and the median code are reported. Refused moves are
 * left out: they travel in the code too, but a student makes few, and the page refuses most
 * before they reach the engine.
 */
import seedrandom from 'seedrandom';
import { createActor } from 'xstate';
import { encodeResultCode, phaseOf, playerView, recordLog, summitMachine, type CompiledScenario, type SummitEvent } from '../src/engine/index.ts';

export interface CodeLengths {
  games: number;
  median: number;
  max: number;
}

function playLongGame(c: CompiledScenario, seed: string): string {
  const rng = seedrandom.alea(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  const items = c.scenario.items;
  const actor = createActor(summitMachine(c)).start();
  const send = (e: SummitEvent) => actor.send(e);
  send({ type: 'game.setup', setup: { seed, players: [{ kind: 'human' }, { kind: 'computer', difficulty: 'normal' }], names: ['A student with a long name', null] } });
  send({ type: 'briefing.done' });
  while (phaseOf(actor.getSnapshot().value) === 'negotiating') {
    const v = playerView(c, actor.getSnapshot().context, 0)!;
    if (v.canStatePriority) send({ type: 'priority.state', item: pick(items).id });
    if (v.canAskPriority) send({ type: 'priority.ask' });
    const open = items.filter((it) => v.items.find((x) => x.id === it.id)?.status !== 'tentative');
    if (open.length >= 2 && rng() < 0.3) {
      const a = pick(open);
      const b = pick(open.filter((it) => it !== a));
      send({ type: 'trade.propose', give: { item: a.id, option: pick(a.options).id }, want: { item: b.id, option: pick(b.options).id } });
    } else send({ type: 'offer.propose', options: Object.fromEntries(open.map((it) => [it.id, pick(it.options).id])) });
  }
  send({ type: 'debrief.open' });
  const snap = actor.getSnapshot();
  return encodeResultCode(c, recordLog(c, snap.context, snap.value));
}

export function benchCodeLengths(c: CompiledScenario, games = 300): CodeLengths {
  const lengths: number[] = [];
  for (let g = 0; g < games; g++) lengths.push(playLongGame(c, `code-${g}`).length);
  lengths.sort((a, b) => a - b);
  return { games, median: lengths[Math.floor(games / 2)], max: lengths[games - 1] };
}
