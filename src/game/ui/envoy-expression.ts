/**
 * Which face the counterpart's envoy makes: read from what the player's view already holds (the
 * mood of its last reply, and whether that reply agreed to something). Pure, for Node tests.
 */
import type { Mood, PlayerView } from '../../engine/index.ts';

export type Expression = 'waiting' | 'neutral' | 'pleased' | 'concerned' | 'angry' | 'agreeing';

export const EXPRESSIONS: readonly Expression[] = ['waiting', 'neutral', 'pleased', 'concerned', 'angry', 'agreeing'];

const BY_MOOD: Record<Mood, Expression> = { calm: 'neutral', pleased: 'pleased', impatient: 'concerned', angry: 'angry' };

/** Moves by which the counterpart said yes: it looks it, whatever its mood. */
const AGREEING_MOVES = new Set(['move.accept', 'move.agreeItem', 'move.acceptTrade']);

export function expressionOf(v: Pick<PlayerView, 'theirMood' | 'lastReply' | 'outcome'>): Expression {
  if (v.outcome?.kind === 'agreement') return 'agreeing';
  if (v.lastReply && AGREEING_MOVES.has(v.lastReply.line.code)) return 'agreeing';
  return v.theirMood ? BY_MOOD[v.theirMood] : 'waiting';
}
