/** The table's keyboard shortcuts (the controls table in How to play lists them): each asks the Table scene, as a click would. */
import type { PlayerView } from '../../../engine/index.ts';
import type { TableHost } from './host.ts';

export function tableKeys(h: TableHost, v: PlayerView, focusCard: (n: number) => () => void): Record<string, () => void> {
  return {
    p: () => h.propose(),
    a: () => v.table?.by === 'them' && h.acceptPackage(),
    t: () => h.tradeDialog(),
    y: () => v.trade?.by === 'them' && h.acceptTrade(),
    s: () => v.canStatePriority && h.priorityDialog(),
    q: () => v.canAskPriority && h.move({ type: 'priority.ask' }),
    n: () => h.move({ type: 'turn.pass' }),
    w: () => h.walkAwayDialog(),
    h: () => h.setTab('history'),
    v: () => h.setTab('parties'),
    '?': () => h.helpDialog(),
    F1: () => h.helpDialog(),
    '1': focusCard(0),
    '2': focusCard(1),
    '3': focusCard(2),
    '4': focusCard(3),
  };
}
