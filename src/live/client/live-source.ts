/** What the game's session reads while a live game's talks are open (src/game/session.ts useLive). */
import type { Phase, PlayerView, SummitEvent } from '../../engine/index.ts';

export interface LiveSource {
  /** This student's own side's view, from the class server. */
  view(): PlayerView | null;
  phase(): Phase;
  send(event: SummitEvent): void;
  subscribe(fn: () => void): () => void;
  title(): string;
}
