import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { summitMachine } from '../../../src/engine/index.ts';
import { compiled, summit } from '../../support/summit-dsl.ts';

describe('saving and restoring a game', () => {
  it('a snapshot survives JSON and the restored game continues identically, dice included', () => {
    const c = compiled('danang-2017');
    const moves = [
      { type: 'offer.propose', options: { deconfliction: 'euphrates-line', violence: 'other-zones', geneva: 'constitutional-timetable', 'buffer-zone': 'verified-zone' } },
      { type: 'priority.state', item: 'buffer-zone' },
      { type: 'offer.propose', options: { deconfliction: 'incident-review', violence: 'amman-memo', geneva: 'constitutional-timetable', 'buffer-zone': 'verified-zone' } },
      { type: 'turn.pass' },
      { type: 'offer.propose', options: { deconfliction: 'incident-review', violence: 'amman-memo', geneva: 'un-elections', 'buffer-zone': 'verified-zone' } },
    ] as const;
    const straight = summit('danang-2017').humanVs({ kind: 'computer', difficulty: 'normal' }).withSeed('persist').start();
    straight.send(moves[0]).send(moves[1]);
    const saved = JSON.stringify(straight.actor.getPersistedSnapshot());
    for (const m of moves.slice(2)) straight.send(m);

    const restored = createActor(summitMachine(c), { snapshot: JSON.parse(saved) }).start();
    for (const m of moves.slice(2)) restored.send(m);
    expect(JSON.stringify(restored.getSnapshot().context)).toBe(JSON.stringify(straight.context));
    expect(restored.getSnapshot().value).toEqual(straight.value);
  });

  it('a finished game restores into its outcome', () => {
    const t = summit().humanVsHuman().start().propose({ border: 'patrolled', trade: 'quota' }).accept();
    const saved = JSON.parse(JSON.stringify(t.actor.getPersistedSnapshot()));
    const restored = createActor(summitMachine(t.c), { snapshot: saved }).start();
    expect(restored.getSnapshot().value).toEqual({ outcome: 'agreement' });
  });
});
