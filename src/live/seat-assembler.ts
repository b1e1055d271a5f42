/**
 * The client's half of the seat protocol: keeps the fixed texts and the history it has been
 * sent, and turns each 'seat' message back into a whole SeatState (with the full PlayerView).
 */
import type { PlayerView } from '../engine/index.ts';
import type { SeatMessage, SeatState } from './protocol.ts';
import { mergeView, type FixedView } from './view-split.ts';

export class SeatAssembler {
  private fixed: FixedView | null = null;
  private history: PlayerView['history'] = [];

  /** After a reconnection the server starts over (fixed texts and the whole history). */
  reset(): void {
    this.fixed = null;
    this.history = [];
  }

  take(m: SeatMessage): SeatState {
    const { fixed, live, historyFrom, ...rest } = m;
    if (fixed) this.fixed = fixed;
    let view: PlayerView | null = null;
    if (live && this.fixed) {
      this.history = [...this.history.slice(0, historyFrom), ...live.history];
      view = mergeView(this.fixed, { ...live, history: this.history });
    } else if (!live) this.history = [];
    return { ...rest, view };
  }
}
