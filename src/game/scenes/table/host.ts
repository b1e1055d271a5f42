/** What the table's parts (cards, panels, bars) read from the Table scene and ask it to do. */
import type { MoveEvent } from '../../../engine/index.ts';
import type { SideIndex } from '../../session.ts';

export type Tab = 'parties' | 'history';

export interface TableHost {
  readonly side: SideIndex;
  /** The package being composed: item → option. */
  readonly draft: Readonly<Record<string, string>>;
  readonly tab: Tab;
  readonly detail: { label: string; text: string } | null;
  readonly note: string | null;
  readonly dismissedEvent: string | null;
  move(event: MoveEvent): void;
  pick(item: string, option: string, key: string): void;
  showDetail(label: string, text: string): void;
  setTab(tab: Tab): void;
  dismissEvent(id: string): void;
  propose(): void;
  acceptPackage(): void;
  acceptTrade(): void;
  agreeItem(item: string): void;
  tradeDialog(): void;
  priorityDialog(): void;
  walkAwayDialog(): void;
  newGameDialog(): void;
  helpDialog(): void;
}
