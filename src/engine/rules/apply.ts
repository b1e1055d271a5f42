/**
 * The rules: one move by the side whose turn it is → a new state, or a refusal with a reason.
 * Never throws on an illegal move, never mutates its input. Proposals, acceptances, trades,
 * passes and walking away end the turn; agreeing or reopening an item and the two priority
 * moves do not (each priority move once per round).
 */
import { utilityOf, type SideIndex } from '../model/domain.ts';
import { restoreRng, type Rng } from '../rng.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { answerPriority, decide } from '../strategy/counterpart.ts';
import { observeProposal, observeStatedPriority } from '../strategy/opponent-model.ts';
import { deadlineRounds, domainFor, otherSide } from './context.ts';
import { describeMove } from './describe.ts';
import { runEvents } from './events.ts';
import type { GameOutcome, GameState, Move, Turn } from './state.ts';
import { optionsOnTable, thirdPartyStates } from './third-parties.ts';

export type ApplyResult = { ok: true; state: GameState } | { ok: false; reason: string };

/** Trust moves: reciprocity earns a little, reneging costs a lot. */
export const TRUST_RECIPROCITY = 0.04;
export const TRUST_RENEGE = 0.15;
export const TRUST_TRADE = 0.05;

const ENDS_TURN: Record<Move['kind'], boolean> = {
  propose: true,
  accept: true,
  proposeTrade: true,
  acceptTrade: true,
  pass: true,
  walkAway: true,
  agreeItem: false,
  reopenItem: false,
  statePriority: false,
  askPriority: false,
};

function itemName(c: CompiledScenario, i: number): string {
  return `"${c.scenario.items[i].title}"`;
}

function validItem(c: CompiledScenario, i: unknown): i is number {
  return Number.isInteger(i) && (i as number) >= 0 && (i as number) < c.domain.itemIds.length;
}

function validOption(c: CompiledScenario, i: number, o: unknown): o is number {
  return Number.isInteger(o) && (o as number) >= 0 && (o as number) < c.domain.optionIds[i].length;
}

/** Why a move is illegal now, or null if it is legal. */
export function refusalFor(c: CompiledScenario, state: GameState, move: Move): string | null {
  if (state.outcome) return 'the talks are over';
  const side = state.toMove;
  const other = otherSide(side);
  switch (move.kind) {
    case 'propose': {
      if (!Array.isArray(move.options) || move.options.length !== c.domain.itemIds.length)
        return `a proposal needs one entry per item (${c.domain.itemIds.length})`;
      let covers = 0;
      for (let i = 0; i < move.options.length; i++) {
        const o = move.options[i];
        if (o === null) continue;
        if (!validOption(c, i, o)) return `item ${itemName(c, i)} has no option ${String(o)}`;
        const it = state.items[i];
        if (it.status === 'tentative') {
          if (it.option !== o) return `${itemName(c, i)} is tentatively agreed; reopen it before proposing something else`;
          continue;
        }
        covers++;
      }
      return covers === 0 ? 'the proposal covers no open item' : null;
    }
    case 'accept':
      return !state.table || state.table.by !== other ? 'there is no proposal from the other side to accept' : null;
    case 'agreeItem':
      if (!validItem(c, move.item)) return 'no such item';
      if (state.items[move.item].status === 'tentative') return `${itemName(c, move.item)} is already tentatively agreed`;
      if (!state.table || state.table.by !== other || state.table.options[move.item] === null)
        return `the other side has not proposed anything on ${itemName(c, move.item)} to agree to`;
      return null;
    case 'reopenItem':
      if (!validItem(c, move.item)) return 'no such item';
      return state.items[move.item].status === 'tentative' ? null : `${itemName(c, move.item)} is not tentatively agreed`;
    case 'proposeTrade': {
      const { give, want } = move;
      if (!give || !want || !validItem(c, give.item) || !validItem(c, want.item)) return 'a trade names two items';
      if (give.item === want.item) return 'a trade links two different items';
      if (!validOption(c, give.item, give.option) || !validOption(c, want.item, want.option)) return 'a trade names an option on each item';
      for (const i of [give.item, want.item])
        if (state.items[i].status === 'tentative') return `${itemName(c, i)} is tentatively agreed; reopen it first`;
      return null;
    }
    case 'acceptTrade':
      return !state.trade || state.trade.by !== other ? 'there is no trade from the other side to accept' : null;
    case 'statePriority':
      if (!validItem(c, move.item)) return 'no such item';
      return state.talk[side].stated ? 'you have already stated a priority this round' : null;
    case 'askPriority':
      return state.talk[side].asked ? 'you have already asked this round' : null;
    case 'pass':
    case 'walkAway':
      return null;
    default:
      return 'unknown move';
  }
}

function withTurn(state: GameState, turn: Turn): void {
  state.history = [...state.history, turn];
}

function deal(state: GameState): number[] | null {
  return state.items.every((it) => it.status === 'tentative') ? state.items.map((it) => it.option as number) : null;
}

function agreement(c: CompiledScenario, state: GameState, by: SideIndex): void {
  const options = deal(state)!;
  const domain = domainFor(c, state.shifts);
  state.outcome = {
    kind: 'agreement',
    deal: options,
    utilities: [utilityOf(domain, 0, options), utilityOf(domain, 1, options)],
    by,
    reason: 'Every item is agreed.',
    round: state.round,
  };
}

function markTentative(state: GameState, item: number, option: number): void {
  state.items = state.items.map((it, i) => (i === item ? { status: 'tentative', option } : it));
}

/** The other side's view of a concession: does this proposal give it more than the proposer's last one? */
function reciprocity(c: CompiledScenario, state: GameState, side: SideIndex, options: readonly (number | null)[]): number {
  const previous = [...state.proposals].reverse().find((p) => p.by === side);
  if (!previous) return 0;
  const other = otherSide(side);
  const domain = domainFor(c, state.shifts);
  const value = (opts: readonly (number | null)[]) => opts.reduce<number>((u, o, i) => u + (o === null ? 0 : domain.gains[other][i][o]), 0);
  const delta = value(options) - value(previous.options);
  return delta > 1e-9 ? TRUST_RECIPROCITY : delta < -1e-9 ? -TRUST_RECIPROCITY : 0;
}

function adjustTrust(state: GameState, side: SideIndex, delta: number): void {
  if (delta === 0) return;
  const trust = state.trust.slice() as [number, number];
  trust[side] = Math.min(1, Math.max(0, trust[side] + delta));
  state.trust = trust;
}

function partialOrBreakdown(c: CompiledScenario, state: GameState): GameOutcome {
  const domain = domainFor(c, state.shifts);
  const agreedItems = state.items.filter((it) => it.status === 'tentative').length;
  if (c.scenario.rules.partialStatement && agreedItems > 0) {
    const options = state.items.map((it) => (it.status === 'tentative' ? it.option : null));
    const utilities = ([0, 1] as const).map((s) => {
      const w = c.scenario.sides[s].walkAway;
      return options.reduce<number>((u, o, i) => {
        if (o !== null) return u + domain.gains[s][i][o];
        if (w.kind !== 'statusQuo') return u;
        return u + domain.gains[s][i][c.optionIndex[i][w.options[c.domain.itemIds[i]]]];
      }, 0);
    }) as [number, number];
    return {
      kind: 'partial',
      deal: options.map((o, i) => o ?? c.optionIndex[i][walkAwayOption(c, i)] ?? 0),
      utilities,
      by: null,
      reason: `The deadline arrived with ${agreedItems} of ${state.items.length} items agreed; the partial statement covers those.`,
      round: deadlineRounds(c, state),
    };
  }
  return {
    kind: 'breakdown',
    deal: null,
    utilities: [domain.reservation[0], domain.reservation[1]],
    by: null,
    reason: `The deadline arrived (${c.scenario.deadline.text}) without a full agreement, so each side falls back on its walk-away.`,
    round: deadlineRounds(c, state),
  };
}

function walkAwayOption(c: CompiledScenario, item: number): string {
  const w = c.scenario.sides[0].walkAway;
  return w.kind === 'statusQuo' ? w.options[c.domain.itemIds[item]] : c.domain.optionIds[item][0];
}

function endTurn(c: CompiledScenario, state: GameState, rng: Rng): void {
  if (state.trade && state.trade.by !== state.toMove) state.trade = null;
  if (state.half === 0) {
    state.half = 1;
    state.toMove = otherSide(state.toMove);
    return;
  }
  if (state.round >= deadlineRounds(c, state)) {
    state.outcome = partialOrBreakdown(c, state);
    return;
  }
  state.round += 1;
  state.half = 0;
  state.toMove = c.opener;
  state.talk = [
    { stated: false, asked: false },
    { stated: false, asked: false },
  ];
  state.lastEvent = null;
  runEvents(c, state, rng, { kind: 'roundStart' });
}

function effect(c: CompiledScenario, state: GameState, move: Move, rng: Rng): void {
  const side = state.toMove;
  const other = otherSide(side);
  switch (move.kind) {
    case 'propose': {
      adjustTrust(state, other, reciprocity(c, state, side, move.options));
      const proposal = { by: side, round: state.round, options: move.options.slice() };
      state.table = proposal;
      state.trade = null;
      state.proposals = [...state.proposals, proposal];
      const models = state.models.slice() as GameState['models'];
      models[other] = observeProposal(models[other], move.options);
      state.models = models;
      break;
    }
    case 'accept': {
      state.table!.options.forEach((o, i) => {
        if (o !== null && state.items[i].status !== 'tentative') markTentative(state, i, o);
      });
      state.table = null;
      adjustTrust(state, other, TRUST_RECIPROCITY);
      break;
    }
    case 'agreeItem':
      markTentative(state, move.item, state.table!.options[move.item] as number);
      break;
    case 'reopenItem':
      state.items = state.items.map((it, i) => (i === move.item ? { status: 'reopened', option: null } : it));
      adjustTrust(state, other, -TRUST_RENEGE);
      break;
    case 'proposeTrade':
      state.trade = { by: side, give: move.give, want: move.want };
      break;
    case 'acceptTrade': {
      const t = state.trade!;
      markTentative(state, t.give.item, t.give.option);
      markTentative(state, t.want.item, t.want.option);
      state.trade = null;
      adjustTrust(state, 0, TRUST_TRADE);
      adjustTrust(state, 1, TRUST_TRADE);
      break;
    }
    case 'statePriority': {
      state.talk = state.talk.map((t, s) => (s === side ? { ...t, stated: true } : t)) as GameState['talk'];
      const models = state.models.slice() as GameState['models'];
      models[other] = observeStatedPriority(models[other], move.item, state.trust[other]);
      state.models = models;
      break;
    }
    case 'askPriority':
      state.talk = state.talk.map((t, s) => (s === side ? { ...t, asked: true } : t)) as GameState['talk'];
      break;
    case 'pass':
      break;
    case 'walkAway': {
      const domain = domainFor(c, state.shifts);
      state.outcome = {
        kind: 'walkout',
        deal: null,
        utilities: [domain.reservation[0], domain.reservation[1]],
        by: side,
        reason: `${c.scenario.sides[side].name} walked away from the talks.`,
        round: state.round,
      };
      break;
    }
  }
  // Events react to what was just done, in a fixed order.
  if (move.kind === 'propose') runEvents(c, state, rng, { kind: 'proposed', options: move.options });
  if (move.kind === 'reopenItem') runEvents(c, state, rng, { kind: 'reopened', item: move.item });
}

function utilitiesIfComplete(c: CompiledScenario, state: GameState, options: readonly (number | null)[]): [number, number] | undefined {
  const full = options.map((o, i) => o ?? (state.items[i].status === 'tentative' ? state.items[i].option : null));
  if (full.some((o) => o === null)) return undefined;
  const domain = domainFor(c, state.shifts);
  return [utilityOf(domain, 0, full as number[]), utilityOf(domain, 1, full as number[])];
}

/**
 * Applies a move by the side to move. `said` is what a computer side says with it (its reason);
 * a human's move is described from the scenario's labels.
 */
export function applyMove(
  c: CompiledScenario,
  state: GameState,
  move: Move,
  said?: { text: string; mood: GameState['history'][number]['mood']; notes?: Turn['notes'] },
): ApplyResult {
  const reason = refusalFor(c, state, move);
  if (reason) return { ok: false, reason };
  const rng = restoreRng(state.rng);
  const side = state.toMove;
  const s: GameState = { ...state, refusal: null };
  const turn: Turn = { round: s.round, side, move, text: describeMove(c, side, move) };
  if (said) {
    turn.said = said.text;
    turn.mood = said.mood;
    if (said.notes && said.notes.length > 0) turn.notes = said.notes;
  }
  if (move.kind === 'propose') turn.utilities = utilitiesIfComplete(c, s, move.options);
  withTurn(s, turn);
  effect(c, s, move, rng);
  if (!s.outcome && deal(s)) agreement(c, s, side);
  if (move.kind === 'askPriority' && s.profiles[otherSide(side)]) {
    const answer = answerPriority(c, domainFor(c, s.shifts), s, otherSide(side));
    withTurn(s, { round: s.round, side: otherSide(side), move: null, text: `${c.scenario.sides[otherSide(side)].name} answers.`, said: answer });
  }
  if (!s.outcome) {
    s.thirdParties = thirdPartyStates(c, optionsOnTable(s), s.thirdParties.map((p) => p.modifier));
    runEvents(c, s, rng, { kind: 'afterMove' });
    if (ENDS_TURN[move.kind]) endTurn(c, s, rng);
  } else {
    s.thirdParties = thirdPartyStates(c, s.outcome.deal ?? optionsOnTable(s), s.thirdParties.map((p) => p.modifier));
  }
  s.rng = rng.state();
  return { ok: true, state: s };
}

/** Lets the computer play the side to move: its decision goes through the same rules as a human's. */
export function playComputerTurn(c: CompiledScenario, state: GameState): GameState {
  const side = state.toMove;
  const profile = state.profiles[side];
  if (!profile || state.outcome) return state;
  const rng = restoreRng(state.rng);
  const decision = decide(c, domainFor(c, state.shifts), state, side, profile, rng);
  let s: GameState = { ...state, rng: rng.state() };
  decision.moves.forEach((move, k) => {
    if (s.outcome) return; // agreeing the last open items already made the deal
    const last = k === decision.moves.length - 1;
    const result = applyMove(c, s, move, last ? { text: decision.text, mood: decision.mood, notes: decision.notes } : undefined);
    // A decision is built from legal moves; should one be refused anyway, pass rather than stall.
    s = result.ok ? result.state : (applyMove(c, s, { kind: 'pass' }) as { ok: true; state: GameState }).state;
  });
  return s;
}
