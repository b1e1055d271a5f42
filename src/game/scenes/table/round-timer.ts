/** A class session's time limit per round: the countdown of the turn under way. */
import type { PlayerView } from '../../../engine/index.ts';
import { el } from '../../ui/dom.ts';
import { t } from '../../ui/strings/index.ts';

const clock = (left: number) => t.clock(Math.floor(left / 60), String(left % 60).padStart(2, '0'));

export class RoundTimer {
  /** When the current turn (round and side to move) began. */
  private turn: { id: string; startedAt: number } = { id: '', startedAt: 0 };

  constructor(private readonly limit: number | null) {}

  /** Seconds left in the player's turn, or null with no limit or when it is not their turn. */
  secondsLeft(v: PlayerView): number | null {
    if (this.limit === null || !v.myTurn) return null;
    const id = `${v.round}:${v.history.length}`;
    if (this.turn.id !== id) this.turn = { id, startedAt: performance.now() };
    return Math.max(0, Math.ceil(this.limit - (performance.now() - this.turn.startedAt) / 1000));
  }

  chip(v: PlayerView): HTMLElement | null {
    const left = this.secondsLeft(v);
    if (left === null) return null;
    return el('span', { class: `timer${left <= 15 ? ' low' : ''}`, testid: 'round-timer', role: 'timer', 'aria-label': t.timeLeft }, clock(left));
  }

  /** Updates the chip on screen; true when the time is up. */
  update(v: PlayerView, chip: Element | null): boolean {
    const left = this.secondsLeft(v);
    if (left === null || !chip) return false;
    if (left === 0) return true;
    chip.textContent = clock(left);
    chip.classList.toggle('low', left <= 15);
    return false;
  }
}
