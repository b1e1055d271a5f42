/**
 * The reciprocal step: a counterpart answers a move with a move (docs/counterpart.md, section 3).
 *
 * Each side counts the other side's turns that did not move towards it, and leaves after a few
 * (./stance.ts). Two counterparts that both wait for the other to move first (tit-for-tat,
 * Boulware) therefore walked out on each other in nearly every game. Tit-for-tat opens by
 * cooperating (Axelrod 1984), and NiceTitForTat answers a concession with one (Baarslag et al.
 * 2013): so when the other side's latest turn opened the talks or moved towards us, our next offer
 * gives them at least the smallest real move (MOVE_STEP, the amount their own count of our moves
 * needs) more than our most generous offer so far, as long as that stays above our floor; when it
 * did not, we hold: what we gave them is not taken back, and no more is given, unless their reply
 * said we had not moved (a stonewalling warning): a side above its floor answers that with a real
 * move rather than let the talks fail (a side at its walk-away cannot move, and the one that waits
 * for it loses the deal). A side whose schedule never concedes (e = 0, the hardliner) neither
 * steps nor holds.
 */
import type { Domain, SideIndex } from '../model/domain.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import type { CounterpartProfile, GameState, Proposal } from '../rules/state.ts';
import { otherSide } from '../rules/context.ts';
import { searchOffer } from './offer-search.ts';
import { strategyOf } from './registry.ts';
import { MOVE_STEP, theirTurns } from './stance.ts';

/** Whether a profile answers moves with moves: every one whose demand can fall at all. */
export function reciprocates(profile: CounterpartProfile): boolean {
  return strategyOf(profile.strategy).target === 'mirror' || profile.e > 0;
}

/** The other side's complaints that we have not moved (./stance.ts), short of leaving. */
const COMPLAINTS: ReadonlySet<string> = new Set(['reason.stonewallForgive', 'reason.stonewallPatience', 'reason.stonewallWarning']);

/** Whether the other side's latest reply said we had not moved towards it. */
function warnedUs(state: GameState, other: SideIndex): boolean {
  const reply = state.history.findLast((t) => t.side === other && t.said !== undefined);
  return reply?.said?.some((r) => COMPLAINTS.has(r.code)) ?? false;
}

/**
 * A past proposal's value to `whom` as a whole package: an item it left out (agreed at the time)
 * at its option agreed now, or, reopened since, at `whom`'s lowest (so we never owe more than we gave).
 */
function packageValue(domain: Domain, state: GameState, whom: SideIndex, p: Proposal): number {
  return domain.gains[whom].reduce((u, opts, i) => {
    const o = p.options[i] ?? (state.items[i].status === 'tentative' ? state.items[i].option : null);
    return u + (o !== null ? opts[o] : Math.min(...opts));
  }, 0);
}

/** The package a step asks for: our value of it, and the package (whole; agreed items as agreed). */
export interface Step {
  value: number;
  outcome: number[];
}

/**
 * The package best for us among those that give the other side at least what our
 * most generous offer gave them, plus a real move when their latest turn moved (within both
 * sides' red lines; when none gives them that much, the one best for them); null before our first
 * offer, or for a side that never concedes.
 */
export function reciprocalStep(c: CompiledScenario, domain: Domain, state: GameState, side: SideIndex, profile: CounterpartProfile): Step | null {
  if (!reciprocates(profile)) return null;
  const other = otherSide(side);
  let given: number | null = null;
  for (const p of state.proposals) if (p.by === side) given = Math.max(given ?? -Infinity, packageValue(domain, state, other, p));
  if (given === null) return null;
  const owed = given + (theirTurns(domain, state, side).lastMoved || warnedUs(state, other) ? MOVE_STEP : 0);

  const within = state.items.map((it, i) => {
    const agreed = it.status === 'tentative' ? it.option : null;
    return domain.gains[other][i].map((_, o) => (agreed !== null ? o === agreed : !c.forbidden[side][i][o] && !c.forbidden[other][i][o]));
  });
  if (within.some((opts) => !opts.includes(true))) return null;
  // Searched from their side: their value is the window, ours the score to maximise.
  const found = searchOffer({ gains: domain.gains[other], allowed: within, score: domain.gains[side], lo: owed, hi: Infinity });
  return found ? { value: found.outcome.reduce((u, o, i) => u + domain.gains[side][i][o], 0), outcome: found.outcome } : null;
}
