/**
 * Why a move is illegal now: a refusal record (../words/codes.ts), or null when it is legal.
 */
import type { CompiledScenario } from '../scenario/compile.ts';
import { said, type Said } from '../words/codes.ts';
import { otherSide } from './context.ts';
import type { GameState, Move } from './state.ts';

function validItem(c: CompiledScenario, i: unknown): i is number {
  return Number.isInteger(i) && (i as number) >= 0 && (i as number) < c.domain.itemIds.length;
}

function validOption(c: CompiledScenario, i: number, o: unknown): o is number {
  return Number.isInteger(o) && (o as number) >= 0 && (o as number) < c.domain.optionIds[i].length;
}

function proposalRefusal(c: CompiledScenario, state: GameState, options: unknown): Said | null {
  if (!Array.isArray(options) || options.length !== c.domain.itemIds.length) return said('refusal.proposalLength', { items: c.domain.itemIds.length });
  let covers = 0;
  for (let i = 0; i < options.length; i++) {
    const o: unknown = options[i];
    if (o === null) continue;
    if (!validOption(c, i, o)) return said('refusal.noSuchOption', { item: i, option: String(o) });
    const it = state.items[i];
    if (it.status === 'tentative') {
      if (it.option !== o) return said('refusal.tentativeItem', { item: i });
      continue;
    }
    covers++;
  }
  return covers === 0 ? said('refusal.coversNothing') : null;
}

function tradeRefusal(c: CompiledScenario, state: GameState, move: Extract<Move, { kind: 'proposeTrade' }>): Said | null {
  const { give, want } = move;
  if (!give || !want || !validItem(c, give.item) || !validItem(c, want.item)) return said('refusal.tradeTwoItems');
  if (give.item === want.item) return said('refusal.tradeSameItem');
  if (!validOption(c, give.item, give.option) || !validOption(c, want.item, want.option)) return said('refusal.tradeOptions');
  for (const i of [give.item, want.item]) if (state.items[i].status === 'tentative') return said('refusal.tradeTentative', { item: i });
  return null;
}

export function refusalFor(c: CompiledScenario, state: GameState, move: Move): Said | null {
  if (state.outcome) return said('refusal.talksOver');
  const side = state.toMove;
  const other = otherSide(side);
  switch (move.kind) {
    case 'propose':
      return proposalRefusal(c, state, move.options);
    case 'accept':
      return !state.table || state.table.by !== other ? said('refusal.nothingToAccept') : null;
    case 'agreeItem':
      if (!validItem(c, move.item)) return said('refusal.noSuchItem');
      if (state.items[move.item].status === 'tentative') return said('refusal.alreadyTentative', { item: move.item });
      if (!state.table || state.table.by !== other || state.table.options[move.item] === null) return said('refusal.nothingToAgree', { item: move.item });
      return null;
    case 'reopenItem':
      if (!validItem(c, move.item)) return said('refusal.noSuchItem');
      return state.items[move.item].status === 'tentative' ? null : said('refusal.notTentative', { item: move.item });
    case 'proposeTrade':
      return tradeRefusal(c, state, move);
    case 'acceptTrade':
      return !state.trade || state.trade.by !== other ? said('refusal.nothingToTrade') : null;
    case 'statePriority':
      if (!validItem(c, move.item)) return said('refusal.noSuchItem');
      return state.talk[side].stated ? said('refusal.alreadyStated') : null;
    case 'askPriority':
      return state.talk[side].asked ? said('refusal.alreadyAsked') : null;
    case 'pass':
    case 'walkAway':
      return null;
    default:
      return said('refusal.unknownMove', { type: String((move as { kind?: unknown }).kind) });
  }
}
