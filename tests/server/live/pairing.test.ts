import { describe, expect, it } from 'vitest';
import { place, type PairingInput } from '../../../src/server/live/pairing.ts';

const waiting = (n: number) => Array.from({ length: n }, (_, k) => ({ id: `s${k}`, arrival: k }));
const base = (over: Partial<PairingInput>): PairingInput => ({ waiting: [], pairing: 'students', odd: 'computer', soloSide: (w) => (w.arrival % 2) as 0 | 1, tables: [], final: false, ...over });

describe('pairing', () => {
  it('pairs students in the order they joined; an odd one waits until the teacher starts', () => {
    expect(place(base({ waiting: waiting(3) }))).toEqual([{ kind: 'pair', sides: ['s0', 's1'] }]);
    expect(place(base({ waiting: waiting(3), final: true }))).toEqual([
      { kind: 'pair', sides: ['s0', 's1'] },
      { kind: 'solo', student: 's2', side: 0 },
    ]);
  });

  it('puts an odd student out as the second voice of the side with fewest voices at a table still talking', () => {
    const tables = [
      { id: 'done', voices: [['a'], ['b']] as [string[], string[]], open: false },
      { id: 't1', voices: [['c', 'x'], ['d']] as [string[], string[]], open: true },
      { id: 'solo', voices: [['e'], []] as [string[], string[]], open: true },
    ];
    expect(place(base({ waiting: [{ id: 'z', arrival: 9 }], odd: 'second-voice', tables, final: true }))).toEqual([{ kind: 'voice', student: 'z', table: 't1', side: 1 }]);
    // No table with two students: the computer after all.
    expect(place(base({ waiting: [{ id: 'z', arrival: 9 }], odd: 'second-voice', tables: [tables[2]], final: true }))).toEqual([{ kind: 'solo', student: 'z', side: 1 }]);
  });

  it('sends everyone to the computer, or (mixed) every other arrival', () => {
    expect(place(base({ waiting: waiting(2), pairing: 'computer' })).map((p) => p.kind)).toEqual(['solo', 'solo']);
    expect(place(base({ waiting: waiting(4), pairing: 'mixed' }))).toEqual([
      { kind: 'solo', student: 's1', side: 1 },
      { kind: 'solo', student: 's3', side: 1 },
      { kind: 'pair', sides: ['s0', 's2'] },
    ]);
  });
});
