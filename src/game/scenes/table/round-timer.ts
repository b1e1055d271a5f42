/**
 * A class session's time limit per round: the countdown of the turn under way. When the turn
 * began is kept in the save (save.ts turnStartedAt), so a reload shows the time left, not the
 * whole limit again.
 */
import type { PlayerView } from '../../../engine/index.ts';
import { turnStartedAt } from '../../save.ts';
import { el } from '../../ui/dom.ts';
import { t } from '../../ui/strings/index.ts';

const clock = (left: number) => t.clock(Math.floor(left / 60), String(left % 60).padStart(2, '0'));

export class RoundTimer {
  /** `game`: names the game (its seed and players), so one game's turn is never taken for another's. */
  constructor(
    private readonly limit: number | null,
    private readonly game = '',
  ) {}

  /** Seconds left in the player's turn, or null with no limit or when it is not their turn. */
  secondsLeft(v: PlayerView, now = Date.now()): number | null {
    if (this.limit === null || !v.myTurn) return null;
    const startedAt = turnStartedAt(`${this.game}|${v.round}:${v.history.length}`, now);
    return Math.max(0, Math.ceil(this.limit - (now - startedAt) / 1000));
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
