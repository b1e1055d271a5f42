/**
 * Every change says why (issue 10): the records a move or a news event leaves on its history
 * line, naming what changed (trust, an option's value, a walk-away), from what, to what, and the
 * cause. Facts only: ids as indices, numbers as the views show them; the strings tables word them.
 */
import type { Domain, SideIndex } from '../model/domain.ts';
import { toPoints, wholePercent } from '../model/points.ts';
import type { ValueShift } from '../scenario/compile.ts';
import { said, type Said } from '../words/codes.ts';
import type { GameState, Move } from './state.ts';

/** The item on which `options` gives `to` less than `previous` did, most; -1 when none. */
export function tookBackMost(gains: readonly (readonly number[])[], previous: readonly (number | null)[], options: readonly (number | null)[]): number {
  let item = -1;
  let most = 1e-9;
  options.forEach((o, i) => {
    const was = previous[i] === null ? 0 : gains[i][previous[i]!];
    const now = o === null ? 0 : gains[i][o];
    if (was - now > most) {
      most = was - now;
      item = i;
    }
  });
  return item;
}

/** Trust changes a move made, `before` → `state.trust`, each with the move as its cause. `tookBack`: see tookBackMost. */
export function moveTrustChanges(state: GameState, move: Move, before: readonly [number, number], tookBack: number): Said[] {
  const out: Said[] = [];
  ([0, 1] as const).forEach((side) => {
    const from = wholePercent(before[side]);
    const to = wholePercent(state.trust[side]);
    if (from === to) return;
    const p = { side, from, to };
    if (move.kind === 'propose') out.push(to > from || tookBack < 0 ? said('change.trustConceded', p) : said('change.trustTookBack', { ...p, item: tookBack }));
    else if (move.kind === 'accept') out.push(said('change.trustAccepted', p));
    else if (move.kind === 'reopenItem') out.push(said('change.trustReopened', { ...p, item: move.item }));
    else if (move.kind === 'acceptTrade') out.push(said('change.trustTrade', p));
  });
  return out;
}

/** What news changed: trust, the value of each option it shifted, and walk-aways that moved with them. */
export function newsChanges(event: string, trustBefore: readonly [number, number], trustAfter: readonly [number, number], before: Domain, after: Domain, shifts: readonly ValueShift[]): Said[] {
  const out: Said[] = [];
  ([0, 1] as const).forEach((side) => {
    const from = wholePercent(trustBefore[side]);
    const to = wholePercent(trustAfter[side]);
    if (from !== to) out.push(said('change.newsTrust', { side, from, to, event }));
  });
  const seen = new Set<string>();
  for (const s of shifts) {
    const key = `${s.side}:${s.item}:${s.option}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const from = toPoints(before.gains[s.side][s.item][s.option]);
    const to = toPoints(after.gains[s.side][s.item][s.option]);
    if (from !== to) out.push(said('change.newsValue', { side: s.side, item: s.item, option: s.option, from, to }));
  }
  ([0, 1] as const).forEach((side: SideIndex) => {
    const from = toPoints(before.reservation[side]);
    const to = toPoints(after.reservation[side]);
    if (from !== to) out.push(said('change.newsWalkAway', { side, from, to }));
  });
  return out;
}
