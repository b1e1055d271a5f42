/**
 * The computer counterpart: decides its moves from what it can see (its own values, the table,
 * its model of the other side, trust, time) and says why, using the numbers it actually computed
 * — its reasons are honest by construction.
 */
import { strategyOf } from './registry.ts';
import type { Domain, SideIndex } from '../model/domain.ts';
import type { Rng } from '../rng.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { deadlineRounds, otherSide } from '../rules/context.ts';
import { optionsOnTable } from '../rules/third-parties.ts';
import type { CounterpartProfile, GameState, Mood, Move } from '../rules/state.ts';
import { timeDependentTarget, timeFraction, titForTatTarget, trustAdjusted } from './concession.ts';
import { searchOffer } from './offer-search.ts';
import { logrollValue } from './logroll.ts';
import { reciprocalStep, type Step } from './reciprocity.ts';
import { fairPackage, stance, type StanceDecision } from './stance.ts';
import type { Said } from '../words/codes.ts';
import * as say from './reasons.ts';

export interface Decision {
  moves: Move[];
  /** Why, as records (../words/codes.ts), in the order they are said. */
  said: Said[];
  mood: Mood;
}

/** Below this trust a counterpart leaves the table. */
export const WALK_OUT_TRUST = 0.1;

/** What a side may still offer: tentative items are fixed, red-line options are out. */
export function allowedOptions(c: CompiledScenario, state: GameState, side: SideIndex): boolean[][] {
  return state.items.map((it, i) => c.domain.optionIds[i].map((_, o) => (it.status === 'tentative' ? o === it.option : !c.forbidden[side][i][o])));
}

function withinRedLines(c: CompiledScenario, side: SideIndex): boolean[][] {
  return c.forbidden[side].map((opts) => opts.map((f) => !f));
}

function bestAndWorst(domain: Domain, side: SideIndex, allowed: boolean[][]): [number, number] {
  let best = 0;
  let worst = 0;
  domain.gains[side].forEach((opts, i) => {
    const ok = opts.filter((_, o) => allowed[i][o]);
    best += Math.max(...ok);
    worst += Math.min(...ok);
  });
  return [best, worst];
}

function utilityOfPartial(domain: Domain, side: SideIndex, options: readonly (number | null)[]): number | null {
  let u = 0;
  for (let i = 0; i < options.length; i++) {
    const o = options[i];
    if (o === null) return null;
    u += domain.gains[side][i][o];
  }
  return u;
}

/** Own utility of a partial package completed with our best allowed option on each open item. */
function bestCompletion(domain: Domain, side: SideIndex, options: readonly (number | null)[], allowed: boolean[][]): number {
  return domain.gains[side].reduce((u, opts, i) => {
    const o = options[i];
    return u + (o !== null ? opts[o] : Math.max(...opts.filter((_, k) => allowed[i][k])));
  }, 0);
}

function crossesRedLine(c: CompiledScenario, side: SideIndex, options: readonly (number | null)[]): number {
  return options.findIndex((o, i) => o !== null && c.forbidden[side][i][o]);
}

/**
 * The last check before any proposal or acceptance, on exact utilities: a complete package that
 * crosses none of our red lines and is worth at least our walk-away (no tolerance).
 */
export function safeForUs(c: CompiledScenario, domain: Domain, side: SideIndex, outcome: readonly number[]): boolean {
  return crossesRedLine(c, side, outcome) < 0 && (utilityOfPartial(domain, side, outcome) ?? -Infinity) >= domain.reservation[side];
}

/** The other side's proposals' values to us: first and best so far (for tit-for-tat). */
function theirOffersToUs(domain: Domain, state: GameState, side: SideIndex): { first: number | null; best: number | null } {
  let first: number | null = null;
  let best: number | null = null;
  for (const p of state.proposals) {
    if (p.by === side) continue;
    const u = bestCompletion(
      domain,
      side,
      p.options,
      domain.gains[side].map((o) => o.map(() => true)),
    );
    if (first === null) first = u;
    if (best === null || u > best) best = u;
  }
  return { first, best };
}

/**
 * What a side demands now, on the scale of whole packages within its red lines (items agreed so
 * far do not lower it: agreeing the items that suit you first buys nothing), never below `floor`.
 */
export function targetUtility(
  c: CompiledScenario,
  domain: Domain,
  state: GameState,
  side: SideIndex,
  profile: CounterpartProfile,
  floor?: (pMin: number) => number,
): { target: number; pMin: number; pMax: number; t: number; step: Step | null } {
  const [pMax, worst] = bestAndWorst(domain, side, withinRedLines(c, side));
  const pMin = Math.min(pMax, Math.max(worst, domain.reservation[side]));
  const t = timeFraction(state.round, state.half, deadlineRounds(c, state));
  const def = strategyOf(profile.strategy);
  // A logroller's schedule starts from its logrolling package, not from its best (./logroll.ts).
  const start = def.tradeRatio === null ? pMax : Math.max(pMin, Math.min(pMax, logrollValue(c, domain, state, side, def.tradeRatio)));
  let target: number;
  if (def.target === 'mirror') {
    const theirs = theirOffersToUs(domain, state, side);
    target = titForTatTarget(t, pMin, start, theirs.first, theirs.best);
  } else {
    target = timeDependentTarget(profile.e, t, pMin, start);
  }
  let adjusted = trustAdjusted(target, state.trust[side], pMin, pMax);
  // A move answered with a move (./reciprocity.ts), never below the floor.
  const step = reciprocalStep(c, domain, state, side, profile);
  if (step !== null) adjusted = Math.min(adjusted, step.value);
  return { target: Math.min(pMax, Math.max(adjusted, floor ? floor(pMin) : pMin)), pMin, pMax, t, step };
}

/** Stonewalling answers that put a walk-out on the table (./stance.ts). */
const THREATS: ReadonlySet<string> = new Set(['reason.stonewallPatience', 'reason.stonewallWarning']);

function moodFor(trust: number, gap: number | null, stalls: number): Mood {
  if (trust < 0.25) return 'angry';
  if (stalls >= 2) return 'impatient';
  if (gap !== null && gap <= 0.05) return 'pleased';
  if (gap !== null && gap > 0.25) return 'impatient';
  return 'calm';
}

/**
 * The tentatively agreed item that costs us most against our best option on it, when the items
 * agreed so far leave no package reaching `target`; -1 when they do. Reopening it answers
 * cherry-picking: nothing is agreed until everything is agreed.
 */
function itemToReopen(domain: Domain, state: GameState, side: SideIndex, target: number, redOk: boolean[][]): number {
  const fixed = state.items.map((it) => (it.status === 'tentative' ? it.option : null));
  if (bestCompletion(domain, side, fixed, redOk) >= target - 1e-9) return -1;
  let worst = -1;
  let worstLoss = 0;
  fixed.forEach((o, i) => {
    if (o === null) return;
    const opts = domain.gains[side][i];
    const loss = Math.max(...opts.filter((_, k) => redOk[i][k])) - opts[o];
    if (loss > worstLoss) {
      worstLoss = loss;
      worst = i;
    }
  });
  return worst;
}

/**
 * Before accepting: a package our model says both sides prefer to the one on the table (no worse
 * for either, better for one), which we propose instead; null when there is none.
 */
function betterForBoth(c: CompiledScenario, domain: Domain, state: GameState, side: SideIndex, table: number[], tableValue: number, score: readonly (readonly number[])[]) {
  const theirs = table.reduce((u, o, i) => u + score[i][o], 0);
  const found = searchOffer({ gains: domain.gains[side], allowed: allowedOptions(c, state, side), score, lo: tableValue, hi: Infinity });
  if (!found || !safeForUs(c, domain, side, found.outcome)) return null;
  const foundScore = found.outcome.reduce((u, o, i) => u + score[i][o], 0);
  const improves = (found.utility > tableValue + IMPROVEMENT && foundScore >= theirs - 1e-12) || (foundScore > theirs + IMPROVEMENT && found.utility >= tableValue);
  return improves ? found : null;
}

/**
 * The other side's values as we rank packages for them, an option across their red line scored
 * below any package without one: offering it (or a "better for both" package holding it) wastes a
 * round, and two counterparts did so until the deadline.
 */
function theirScores(c: CompiledScenario, domain: Domain, other: SideIndex): number[][] {
  // Kept per gains array (stable per scenario and news shifts), so the offer search's package tables are reused.
  const gains = domain.gains[other];
  let score = scoreMemo.get(gains);
  if (!score) scoreMemo.set(gains, (score = gains.map((opts, i) => opts.map((g, k) => (c.forbidden[other][i][k] ? g - RED_LINE_PENALTY : g)))));
  return score;
}

const scoreMemo = new WeakMap<readonly (readonly number[])[], number[][]>();

/** More than any package is worth (at most 1): a red-line option never outranks one within. */
const RED_LINE_PENALTY = 2;

const packageScore = (score: readonly (readonly number[])[], outcome: readonly number[]) => outcome.reduce((u, o, i) => u + score[i][o], 0);

/** Smaller gains than this are not worth another round. */
const IMPROVEMENT = 0.001;

export function decide(c: CompiledScenario, domain: Domain, state: GameState, side: SideIndex, profile: CounterpartProfile, rng: Rng): Decision {
  const other = otherSide(side);
  const ctx = { c, domain, state, side };

  if (state.trust[side] < WALK_OUT_TRUST) return { moves: [{ kind: 'walkAway' }], said: say.walkOut(ctx), mood: 'angry' };

  let st: StanceDecision | null = null;
  const { target, step } = targetUtility(c, domain, state, side, profile, (pMin) => {
    st = stance(c, domain, state, side, profile, pMin, rng);
    return st.floor;
  });
  const { stalls, leave, said: notes } = st! as StanceDecision;
  if (leave) return { moves: [{ kind: 'walkAway' }], said: notes, mood: 'angry' };

  const redOk = withinRedLines(c, side);
  const reserve = domain.reservation[side];

  const trade = state.trade && state.trade.by === other ? state.trade : null;
  if (trade) {
    const fixed = state.items.map((it) => (it.status === 'tentative' ? it.option : null));
    fixed[trade.give.item] = trade.give.option;
    fixed[trade.want.item] = trade.want.option;
    const u = bestCompletion(domain, side, fixed, redOk);
    const complete = utilityOfPartial(domain, side, fixed);
    const safe = complete === null ? u >= reserve : safeForUs(c, domain, side, fixed as number[]);
    if (crossesRedLine(c, side, fixed) < 0 && safe && u >= target - 1e-9) return { moves: [{ kind: 'acceptTrade' }], said: say.tradeAccepted(trade, u), mood: 'pleased' };
  }

  const table = state.table && state.table.by === other ? state.table : null;
  const implied = table ? optionsOnTable(state) : null;
  const tableValue = implied ? utilityOfPartial(domain, side, implied) : null;
  const red = implied ? crossesRedLine(c, side, implied) : -1;

  // Our briefing on the other side: its values on every item (docs/counterpart.md says why).
  const score = theirScores(c, domain, other);
  const isLastMove = state.round === deadlineRounds(c, state) && state.half === 1;

  // The same threshold on every move, the last one included: waiting for the deadline gains nothing.
  if (implied && red < 0) {
    if (tableValue !== null && tableValue >= target - 1e-9 && safeForUs(c, domain, side, implied as number[])) {
      const better = isLastMove ? null : betterForBoth(c, domain, state, side, implied as number[], tableValue, score);
      if (!better) return { moves: [{ kind: 'accept' }], said: say.accepted(ctx, tableValue), mood: 'pleased' };
      return {
        moves: [{ kind: 'propose', options: better.outcome.map((o, i) => (state.items[i].status === 'tentative' ? null : o)) }],
        said: [say.betterForBoth(tableValue, better.utility)],
        mood: 'pleased',
      };
    }
    if (tableValue === null && bestCompletion(domain, side, implied, redOk) >= target - 1e-9 && !isLastMove) {
      return { moves: [{ kind: 'accept' }], said: say.partialAccepted(ctx, implied), mood: 'pleased' };
    }
  }

  const reopen = itemToReopen(domain, state, side, target, redOk);
  const items = reopen < 0 ? state.items : state.items.map((it, i) => (i === reopen ? { status: 'reopened' as const, option: null } : it));
  const allowed = allowedOptions(c, { ...state, items }, side);
  const preMoves: Move[] = reopen < 0 ? [] : [{ kind: 'reopenItem', item: reopen }];
  const allNotes: Said[] = reopen < 0 ? notes : [...notes, say.reopenPackage(reopen)];

  // Best for them by our model, among packages worth at least our target to us.
  let counter = searchOffer({ gains: domain.gains[side], allowed, score, lo: target, hi: Infinity });
  if (counter && !safeForUs(c, domain, side, counter.outcome)) counter = searchOffer({ gains: domain.gains[side], allowed, score, lo: reserve, hi: Infinity });
  // On a grid-searched agenda the search may miss the step's package or, at the floor, the fair
  // split itself: never offer them less than either when it meets our target.
  for (const candidate of [step?.outcome, fairPackage(c)]) {
    if (!counter || !candidate || candidate.some((o, i) => !allowed[i][o]) || !safeForUs(c, domain, side, candidate)) continue;
    const value = utilityOfPartial(domain, side, candidate)!;
    if (value >= target - 1e-9 && packageScore(score, candidate) > packageScore(score, counter.outcome) + IMPROVEMENT) counter = { outcome: [...candidate], utility: value };
  }
  if (!counter || !safeForUs(c, domain, side, counter.outcome)) {
    // Nothing left that beats walking away for us: hold, and say so.
    return { moves: [...preMoves, { kind: 'pass' }], said: [...say.nothingToOffer(ctx), ...allNotes], mood: 'calm' };
  }

  // Whole packages only: agreeing single items that match our counter locked in packages that
  // were efficient item by item but not as a whole.
  const proposal = counter.outcome.map((o, i) => (items[i].status === 'tentative' ? null : o));
  const gap = tableValue === null ? null : target - tableValue;
  const reasons = say.countered(ctx, {
    target,
    tableValue,
    redLineItem: red,
    counter: counter.outcome,
    counterValue: counter.utility,
    agreed: [],
    declinedTrade: trade !== null,
    profile,
  });
  return {
    moves: [...preMoves, { kind: 'propose', options: proposal }],
    said: [...reasons, ...allNotes],
    // A reply that threatens to leave looks it: the envoy is angry, ready to leave.
    mood: notes.some((n) => THREATS.has(n.code)) ? 'angry' : moodFor(state.trust[side], gap, stalls),
  };
}

/** A truthful answer to "what matters most to you?", given only when trust allows. */
export function answerPriority(c: CompiledScenario, domain: Domain, state: GameState, side: SideIndex): Said {
  return say.priorityAnswer({ c, domain, state, side }, state.trust[side] >= 0.35);
}
