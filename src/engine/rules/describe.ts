/**
 * The history line for a move: a record of who did what, by index (../words/codes.ts).
 */
import type { SideIndex } from '../model/domain.ts';
import { said, type Said } from '../words/codes.ts';
import type { Move } from './state.ts';

export function moveLine(side: SideIndex, move: Move): Said {
  switch (move.kind) {
    case 'propose':
      return said('move.propose', { side, options: move.options.slice() });
    case 'accept':
      return said('move.accept', { side });
    case 'agreeItem':
      return said('move.agreeItem', { side, item: move.item });
    case 'reopenItem':
      return said('move.reopenItem', { side, item: move.item });
    case 'proposeTrade':
      return said('move.proposeTrade', { side, give: { ...move.give }, want: { ...move.want } });
    case 'acceptTrade':
      return said('move.acceptTrade', { side });
    case 'statePriority':
      return said('move.statePriority', { side, item: move.item });
    case 'askPriority':
      return said('move.askPriority', { side });
    case 'pass':
      return said('move.pass', { side });
    case 'walkAway':
      return said('move.walkAway', { side });
  }
}
