/**
 * A counterpart's reply says what changed since its last one and why (issue 10): the moves that
 * moved its trust in the other side, and why the need it states rose, if it did. Pure: reads the
 * history's change records (../rules/changes.ts), adds records to the reply.
 */
import type { SideIndex } from '../model/domain.ts';
import { wholePercent } from '../model/points.ts';
import type { GameState, Turn } from '../rules/state.ts';
import { said, type Said } from '../words/codes.ts';

/** The need a reply states, in points, or null when it states none. */
export function statedNeed(records: readonly Said[] | undefined): number | null {
  for (const r of records ?? []) if (r.code === 'reason.tableValue' || r.code === 'reason.declinedTrade' || r.code === 'reason.partialTooLittle') return r.params.target;
  return null;
}

const isReply = (t: Turn, side: SideIndex) => t.side === side && t.said !== undefined;

/** Trust records about `side` since history index `from` (moves' and news'), and the net change they add up to (percent). */
function trustSince(history: readonly Turn[], from: number, side: SideIndex): { moves: Said[]; net: number } {
  const moves: Said[] = [];
  let net = 0;
  for (let k = from; k < history.length; k++)
    for (const ch of history[k].changes ?? []) {
      if (!ch.code.startsWith('change.trust') && ch.code !== 'change.newsTrust') continue;
      const p = ch.params as { side: SideIndex; from: number; to: number };
      if (p.side !== side) continue;
      net += p.to - p.from;
      moves.push(ch);
    }
  return { moves, net };
}

/** The latest news since `from` that moved `side`'s values or walk-away, or null. */
function newsSince(history: readonly Turn[], from: number, side: SideIndex): string | null {
  let event: string | null = null;
  for (let k = from; k < history.length; k++) {
    const t = history[k];
    if (t.line.code !== 'news') continue;
    if ((t.changes ?? []).some((ch) => (ch.code === 'change.newsValue' || ch.code === 'change.newsWalkAway') && ch.params.side === side)) event = t.line.params.event;
  }
  return event;
}

/** The reply with what changed since the speaker's last reply, and why, put first. */
export function withChanges(state: GameState, side: SideIndex, reply: Said[]): Said[] {
  const h = state.history;
  let last = h.length - 1;
  while (last >= 0 && !isReply(h[last], side)) last--;
  const { moves } = trustSince(h, last + 1, side);
  const out = [...moves];
  const need = statedNeed(reply);
  if (need !== null) {
    let k = last;
    while (k >= 0 && !(isReply(h[k], side) && statedNeed(h[k].said) !== null)) k--;
    const before = k >= 0 ? statedNeed(h[k].said) : null;
    if (before !== null && need > before) {
      const { net } = trustSince(h, k + 1, side);
      const event = newsSince(h, k + 1, side);
      const now = wholePercent(state.trust[side]);
      if (net < 0) out.push(said('change.needRoseTrust', { from: before, to: need, trustFrom: now - net, trustTo: now }));
      else if (event !== null) out.push(said('change.needRoseNews', { from: before, to: need, event }));
      else if (reply.some((r) => r.code.startsWith('reason.stonewall'))) out.push(said('change.needRoseFirm', { from: before, to: need }));
    }
  }
  return out.length === 0 ? reply : [...out, ...reply];
}
