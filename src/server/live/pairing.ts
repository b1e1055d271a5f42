/**
 * Who plays whom in a live class. Pure: given the students waiting (in the order they joined)
 * and the class's rule, it says which new tables to open and who joins an existing table as a
 * side's second voice. Rules:
 * - 'students': waiting students pair up in join order (first → the scenario's first side);
 * - 'computer': every student plays the computer at once;
 * - 'mixed': students who joined at an even position (1st, 3rd, …) pair up with each other, the
 *   others play the computer: half the class meets a classmate, half the machine, for comparison.
 * A student left over waits for the next one to join, until `final` (the teacher starts the class
 * or presses Re-pair): then the odd rule places them against the computer, or as the second voice
 * of the side with the fewest voices at a table where two students are still talking.
 */
import type { OddRule, Pairing } from '../../live/protocol.ts';
import type { Side } from './table.ts';

export interface Waiting {
  id: string;
  /** The student's place in the order of arrival (0-based), for 'mixed'. */
  arrival: number;
}

export interface OpenTable {
  id: string;
  /** Student ids per side; an empty side is played by the computer. */
  voices: [string[], string[]];
  /** Whether the talks there can still take a new voice (not over). */
  open: boolean;
}

export type Placement = { kind: 'pair'; sides: [string, string] } | { kind: 'solo'; student: string; side: Side } | { kind: 'voice'; student: string; table: string; side: Side };

export interface PairingInput {
  waiting: Waiting[];
  pairing: Pairing;
  odd: OddRule;
  /** The side a solo student plays; the class's setting ('first', 'second', or alternate by arrival). */
  soloSide: (w: Waiting) => Side;
  tables: OpenTable[];
  final: boolean;
}

export function place(input: PairingInput): Placement[] {
  const out: Placement[] = [];
  const pool: Waiting[] = [];
  for (const w of input.waiting) {
    const vsComputer = input.pairing === 'computer' || (input.pairing === 'mixed' && w.arrival % 2 === 1);
    if (vsComputer) out.push({ kind: 'solo', student: w.id, side: input.soloSide(w) });
    else pool.push(w);
  }
  for (let k = 0; k + 1 < pool.length; k += 2) out.push({ kind: 'pair', sides: [pool[k].id, pool[k + 1].id] });
  const left = pool.length % 2 === 1 ? pool[pool.length - 1] : null;
  if (left && input.final) out.push(oddOneOut(left, input));
  return out;
}

function oddOneOut(left: Waiting, input: PairingInput): Placement {
  if (input.odd === 'second-voice') {
    let best: { table: string; side: Side; voices: number } | null = null;
    for (const t of input.tables) {
      if (!t.open || t.voices[0].length === 0 || t.voices[1].length === 0) continue;
      for (const side of [0, 1] as const) {
        const voices = t.voices[side].length;
        if (!best || voices < best.voices) best = { table: t.id, side, voices };
      }
    }
    if (best) return { kind: 'voice', student: left.id, table: best.table, side: best.side };
  }
  return { kind: 'solo', student: left.id, side: input.soloSide(left) };
}
