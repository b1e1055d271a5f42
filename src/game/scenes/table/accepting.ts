/** Accepting their package, one of their items or their trade: the player's own red lines ask first. */
import type { MoveEvent, PlayerView } from '../../../engine/index.ts';
import { t } from '../../ui/strings/index.ts';
import { confirmRedLines, type OpenDialog } from './dialogs.ts';

type Move = (event: MoveEvent) => void;

export function acceptPackage(v: PlayerView, dialog: OpenDialog, move: Move): void {
  if (v.table?.by !== 'them') return;
  const picks = Object.entries(v.table.options).map(([item, option]) => ({ item, option }));
  confirmRedLines(dialog, v, picks, t.acceptingPackage, () => move({ type: 'offer.accept' }));
}

export function agreeItem(v: PlayerView, item: string, dialog: OpenDialog, move: Move): void {
  const option = v.table?.by === 'them' ? v.table.options[item] : undefined;
  if (!option) return;
  confirmRedLines(dialog, v, [{ item, option }], t.agreeingItem, () => move({ type: 'item.agree', item }));
}

export function acceptTrade(v: PlayerView, dialog: OpenDialog, move: Move): void {
  const trade = v.trade;
  if (trade?.by !== 'them') return;
  confirmRedLines(dialog, v, [trade.give, trade.want], t.acceptingTrade, () => move({ type: 'trade.accept' }));
}
