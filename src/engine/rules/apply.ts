/**
 * The rules: one move by the side whose turn it is → a new state, or a refusal with a reason.
 * Never throws on an illegal move, never mutates its input. Proposals, acceptances, trades,
 * passes and walking away end the turn; agreeing or reopening an item and the two priority
 * moves do not (each priority move once per round). What each move does is in ./effects.ts,
 * why one is refused in ./refusals.ts, how talks end in ./outcomes.ts.
 */
import { utilityOf } from '../model/domain.ts';
import { restoreRng } from '../rng.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { answerPriority, decide } from '../strategy/counterpart.ts';
import { withChanges } from '../strategy/explain.ts';
import { said, type Said } from '../words/codes.ts';
import { deadlineRounds, domainFor, otherSide } from './context.ts';
import { moveLine } from './describe.ts';
import { effect } from './effects.ts';
import { runEvents } from './events.ts';
import { agreement, deal, partialOrBreakdown } from './outcomes.ts';
import { refusalFor } from './refusals.ts';
import type { GameState, Mood, Move, Turn } from './state.ts';
import { optionsOnTable, thirdPartyStates } from './third-parties.ts';

export { refusalFor } from './refusals.ts';
export { TRUST_RECIPROCITY, TRUST_RENEGE, TRUST_TRADE } from './trust.ts';

export type ApplyResult = { ok: true; state: GameState } | { ok: false; reason: Said };

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

function withTurn(state: GameState, turn: Turn): void {
  state.history = [...state.history, turn];
}

function endTurn(c: CompiledScenario, state: GameState): void {
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
  runEvents(c, state, { kind: 'roundStart' });
}

function utilitiesIfComplete(c: CompiledScenario, state: GameState, options: readonly (number | null)[]): [number, number] | undefined {
  const full = options.map((o, i) => o ?? (state.items[i].status === 'tentative' ? state.items[i].option : null));
  if (full.some((o) => o === null)) return undefined;
  const domain = domainFor(c, state.shifts);
  return [utilityOf(domain, 0, full as number[]), utilityOf(domain, 1, full as number[])];
}

/** What a computer side says with its move: its reasons (records) and its mood. */
export interface Remark {
  said: Said[];
  mood: Mood;
}

/**
 * Applies a move by the side to move. `remark` is what a computer side says with it (its
 * reasons); every history line is a record, worded by the views.
 */
export function applyMove(c: CompiledScenario, state: GameState, move: Move, remark?: Remark): ApplyResult {
  const reason = refusalFor(c, state, move);
  if (reason) return { ok: false, reason };
  const side = state.toMove;
  const s: GameState = { ...state };
  const turn: Turn = { round: s.round, side, line: moveLine(side, move) };
  if (remark) {
    turn.said = remark.said;
    turn.mood = remark.mood;
  }
  if (move.kind === 'propose') turn.utilities = utilitiesIfComplete(c, s, move.options);
  withTurn(s, turn);
  const changes = effect(c, s, move);
  if (changes.length > 0) turn.changes = changes; // the turn is this call's own object, already in the history
  if (!s.outcome && deal(s)) s.outcome = agreement(c, s, side);
  if (move.kind === 'askPriority' && s.profiles[otherSide(side)]) {
    const answer = answerPriority(c, domainFor(c, s.shifts), s, otherSide(side));
    withTurn(s, { round: s.round, side: otherSide(side), line: said('move.answers', { side: otherSide(side) }), said: [answer] });
  }
  if (!s.outcome) {
    s.thirdParties = thirdPartyStates(
      c,
      optionsOnTable(s),
      s.thirdParties.map((p) => p.modifier),
    );
    runEvents(c, s, { kind: 'afterMove' });
    if (ENDS_TURN[move.kind]) endTurn(c, s);
  } else {
    s.thirdParties = thirdPartyStates(
      c,
      s.outcome.deal ?? optionsOnTable(s),
      s.thirdParties.map((p) => p.modifier),
    );
  }
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
    const result = applyMove(c, s, move, last ? { said: withChanges(state, side, decision.said), mood: decision.mood } : undefined);
    // A decision is built from legal moves; should one be refused anyway, pass rather than stall.
    s = result.ok ? result.state : (applyMove(c, s, { kind: 'pass' }) as { ok: true; state: GameState }).state;
  });
  return s;
}
