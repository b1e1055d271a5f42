/**
 * Why a simulated game ended without a deal, and what happened in it, as facts (codes, side
 * indices, rounds) read from its final state: what the balance warnings and the report count.
 */
import { utilitiesOf, type SideIndex } from './model/domain.ts';
import { domainFor } from './rules/context.ts';
import type { GameState, Turn } from './rules/state.ts';
import type { Said } from './words/codes.ts';
import type { CompiledScenario } from './scenario/compile.ts';

/**
 * - walkout: `side` walked away (its trust ran out).
 * - below-walkaway: at the deadline the last complete offer was worth less to `side`, who had to
 *   accept it, than its walk-away: the offers never reached what it needs.
 * - held-out: the last offer beat `side`'s walk-away, but `side` still held out for more.
 * - no-offer: the deadline came with no complete package ever on the table.
 */
export type BreakdownReason = { code: 'walkout' | 'below-walkaway' | 'held-out'; side: SideIndex } | { code: 'no-offer' };

/** Null when the game ended in a deal (full or partial). */
export function breakdownReason(c: CompiledScenario, state: GameState): BreakdownReason | null {
  const outcome = state.outcome;
  if (!outcome || outcome.kind === 'agreement' || outcome.kind === 'partial') return null;
  if (outcome.kind === 'walkout') return { code: 'walkout', side: outcome.by ?? 0 };
  const last = [...state.proposals].reverse().find((p) => p.options.every((o) => o !== null));
  if (!last) return { code: 'no-offer' };
  const receiver = (1 - last.by) as SideIndex;
  const domain = domainFor(c, state.shifts);
  const u = utilitiesOf(domain, last.options as number[]);
  return { code: u[receiver] < domain.reservation[receiver] - 1e-9 ? 'below-walkaway' : 'held-out', side: receiver };
}

/** A stable key for counting reasons, naming the side by id: `below-walkaway:russia`. */
export function reasonKey(c: CompiledScenario, r: BreakdownReason): string {
  return r.code === 'no-offer' ? r.code : `${r.code}:${c.sideIds[r.side]}`;
}

/** The sentence for a reason key, for the command line and the report (English, as warnings are). */
export function describeReason(key: string): string {
  const [code, side] = key.split(':');
  switch (code) {
    case 'walkout':
      return `"${side}" walked out (its trust ran out)`;
    case 'below-walkaway':
      return `at the deadline the last offer was still below the walk-away of "${side}"`;
    case 'held-out':
      return `at the deadline "${side}" refused a last offer that beat its walk-away, holding out for more`;
    default:
      return 'no complete package was ever on the table';
  }
}

/** A game's turns as plain data (records, worded by whoever shows them), for a sample game in the report. */
export interface SampleTurn {
  round: number;
  side: string | null;
  line: Said;
  said?: Said[];
  utilities?: [number, number];
}

export function sampleTurns(c: CompiledScenario, history: readonly Turn[]): SampleTurn[] {
  return history.map((t) => ({
    round: t.round,
    side: t.side === null ? null : c.sideIds[t.side],
    line: t.line,
    ...(t.said?.length ? { said: t.said } : {}),
    ...(t.utilities ? { utilities: t.utilities } : {}),
  }));
}
