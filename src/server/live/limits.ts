/**
 * Caps on what one client may send: a token bucket per client (bursts allowed, a steady flood
 * refused), and a PIN-guess counter per address shared through Colyseus's presence (so it holds
 * across processes when they share Redis).
 */
import type { Presence } from '@colyseus/core';

export class TokenBucket {
  private tokens: number;
  private last = Date.now();
  /** Messages refused in a row: a client that keeps flooding is disconnected. */
  refused = 0;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
  ) {
    this.tokens = burst;
  }

  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) {
      this.refused++;
      return false;
    }
    this.tokens -= 1;
    this.refused = 0;
    return true;
  }
}

export const PIN_GUESSES_PER_MINUTE = 20;

/** Counts a PIN lookup from this address; false once it has made too many this minute. */
export async function allowPinGuess(presence: Presence, address: string): Promise<boolean> {
  const key = `summit:pin-guesses:${address}`;
  const n = await presence.incr(key);
  if (n === 1) await presence.expire(key, 60);
  return n <= PIN_GUESSES_PER_MINUTE;
}
