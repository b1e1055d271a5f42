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
import { modelScores } from './opponent-model.ts';
import { searchOffer } from './offer-search.ts';
import * as say from './reasons.ts';
import type { Said } from '../words/codes.ts';

export interface Decision {
  moves: Move[];
  /** Why, as records (../words/codes.ts), in the order they are said. */
  said: Said[];
  mood: Mood;
}

/** Below this trust a counterpart leaves the table. */
export const WALK_OUT_TRUST = 0.1;
const OFFER_WINDOW = 0.03;

/** What a side may still offer: tentative items are fixed, red-line options are out. */
export function allowedOptions(c: CompiledScenario, state: GameState, side: SideIndex): boolean[][] {
  return state.items.map((it, i) => c.domain.optionIds[i].map((_, o) => (it.status === 'tentative' ? o === it.option : !c.forbidden[side][i][o])));
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

export function targetUtility(
  c: CompiledScenario,
  domain: Domain,
  state: GameState,
  side: SideIndex,
  profile: CounterpartProfile,
): {
  target: number;
  pMin: number;
  pMax: number;
  t: number;
} {
  const allowed = allowedOptions(c, state, side);
  const [pMax, worst] = bestAndWorst(domain, side, allowed);
  const pMin = Math.min(pMax, Math.max(worst, domain.reservation[side]));
  const t = timeFraction(state.round, state.half, deadlineRounds(c, state));
  let target: number;
  if (strategyOf(profile.strategy).target === 'mirror') {
    const theirs = theirOffersToUs(domain, state, side);
    target = titForTatTarget(t, pMin, pMax, theirs.first, theirs.best);
  } else {
    target = timeDependentTarget(profile.e, t, pMin, pMax);
  }
  return { target: trustAdjusted(target, state.trust[side], pMin, pMax), pMin, pMax, t };
}

function noiseScores(domain: Domain, rng: Rng): number[][] {
  return domain.optionIds.map((opts) => opts.map(() => rng.next() * 1e-3));
}

function moodFor(trust: number, gap: number | null): Mood {
  if (trust < 0.25) return 'angry';
  if (gap !== null && gap <= 0.05) return 'pleased';
  if (gap !== null && gap > 0.25) return 'impatient';
  return 'calm';
}

export function decide(c: CompiledScenario, domain: Domain, state: GameState, side: SideIndex, profile: CounterpartProfile, rng: Rng): Decision {
  const other = otherSide(side);
  const ctx = { c, domain, state, side };
  const isFinalMove = state.round === deadlineRounds(c, state) && state.half === 1;

  if (state.trust[side] < WALK_OUT_TRUST) return { moves: [{ kind: 'walkAway' }], said: say.walkOut(ctx), mood: 'angry' };

  const { target, pMax } = targetUtility(c, domain, state, side, profile);
  const allowed = allowedOptions(c, state, side);

  const trade = state.trade && state.trade.by === other ? state.trade : null;
  if (trade) {
    const fixed = state.items.map((it) => (it.status === 'tentative' ? it.option : null));
    fixed[trade.give.item] = trade.give.option;
    fixed[trade.want.item] = trade.want.option;
    const red = crossesRedLine(c, side, fixed);
    const u = bestCompletion(domain, side, fixed, allowed);
    if (red < 0 && u >= target - 1e-9) return { moves: [{ kind: 'acceptTrade' }], said: say.tradeAccepted(trade, u), mood: 'pleased' };
  }

  const table = state.table && state.table.by === other ? state.table : null;
  const implied = table ? optionsOnTable(state) : null;
  const tableValue = implied ? utilityOfPartial(domain, side, implied) : null;
  const red = implied ? crossesRedLine(c, side, implied) : -1;

  const score = strategyOf(profile.strategy).scores === 'model' ? modelScores(state.models[side]) : noiseScores(domain, rng);
  const counter = searchOffer({ gains: domain.gains[side], allowed, score, lo: target, hi: Math.min(pMax, target + OFFER_WINDOW) });
  const counterValue = counter?.utility ?? pMax;

  if (implied && red < 0) {
    if (tableValue !== null) {
      const acceptable = tableValue >= Math.min(target, counterValue) - 1e-9 || (isFinalMove && tableValue >= domain.reservation[side] - 1e-9);
      if (acceptable) return { moves: [{ kind: 'accept' }], said: say.accepted(ctx, tableValue), mood: 'pleased' };
    } else if (bestCompletion(domain, side, implied, allowed) >= target - 1e-9 && !isFinalMove) {
      return { moves: [{ kind: 'accept' }], said: say.partialAccepted(ctx, implied), mood: 'pleased' };
    }
  }

  if (!counter) return { moves: [{ kind: 'pass' }], said: say.nothingToOffer(ctx), mood: 'calm' };

  const agree: Move[] = [];
  if (table)
    state.items.forEach((it, i) => {
      if (it.status !== 'tentative' && table.options[i] !== null && table.options[i] === counter.outcome[i]) agree.push({ kind: 'agreeItem', item: i });
    });
  // Items settled before or by this reply are already on the record: the proposal covers the rest.
  const settled = new Set(agree.map((m) => (m as { item: number }).item));
  const proposal = counter.outcome.map((o, i) => (state.items[i].status === 'tentative' || settled.has(i) ? null : o));
  const gap = tableValue === null ? null : target - tableValue;
  const reasons = say.countered(ctx, {
    target,
    tableValue,
    redLineItem: red,
    counter: counter.outcome,
    counterValue: counter.utility,
    agreed: agree.map((m) => (m as { item: number }).item),
    declinedTrade: trade !== null,
    profile,
  });
  return { moves: [...agree, { kind: 'propose', options: proposal }], said: reasons, mood: moodFor(state.trust[side], gap) };
}

/** A truthful answer to "what matters most to you?", given only when trust allows. */
export function answerPriority(c: CompiledScenario, domain: Domain, state: GameState, side: SideIndex): Said {
  return say.priorityAnswer({ c, domain, state, side }, state.trust[side] >= 0.35);
}
