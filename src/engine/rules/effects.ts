/**
 * What each legal move does to the state (on a copy the caller owns), then the events that react
 * to it, in a fixed order.
 */
import type { CompiledScenario } from '../scenario/compile.ts';
import { observeProposal, observeStatedPriority } from '../strategy/opponent-model.ts';
import type { Said } from '../words/codes.ts';
import { moveTrustChanges, tookBackMost } from './changes.ts';
import { domainFor, otherSide } from './context.ts';
import { runEvents } from './events.ts';
import { walkout } from './outcomes.ts';
import type { GameState, Move } from './state.ts';
import { adjustTrust, reciprocity, TRUST_RECIPROCITY, TRUST_RENEGE, TRUST_TRADE } from './trust.ts';

function markTentative(state: GameState, item: number, option: number): void {
  state.items = state.items.map((it, i) => (i === item ? { status: 'tentative', option } : it));
}

/** Applies the move; returns the trust changes it made, each with its cause (./changes.ts). */
export function effect(c: CompiledScenario, state: GameState, move: Move): Said[] {
  const side = state.toMove;
  const other = otherSide(side);
  const trustBefore = state.trust;
  let tookBack = -1;
  switch (move.kind) {
    case 'propose': {
      const delta = reciprocity(c, state, side, move.options);
      if (delta < 0) {
        const previous = [...state.proposals].reverse().find((p) => p.by === side)!;
        tookBack = tookBackMost(domainFor(c, state.shifts).gains[other], previous.options, move.options);
      }
      adjustTrust(state, other, delta);
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
    case 'walkAway':
      state.outcome = walkout(c, state, side);
      break;
  }
  const changes = state.trust === trustBefore ? [] : moveTrustChanges(state, move, trustBefore, tookBack);
  // Events react to what was just done, in a fixed order.
  if (move.kind === 'propose') runEvents(c, state, { kind: 'proposed', options: move.options });
  if (move.kind === 'reopenItem') runEvents(c, state, { kind: 'reopened', item: move.item });
  return changes;
}
