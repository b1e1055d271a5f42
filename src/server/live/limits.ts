/**
 * Caps on what one client may send: a token bucket per client (bursts allowed, a steady flood
 * refused), and a wrong-PIN counter per address shared through Colyseus's presence (so it holds
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

/**
 * Wrong PINs one address may try per minute. Only misses count: a whole class behind one school
 * address looks up the right PIN without tripping it, while guessing through the 32^6 PINs is
 * hopeless at this rate.
 */
export const WRONG_PINS_PER_MINUTE = 30;

const guessKey = (address: string) => `summit:wrong-pins:${address}`;

export async function pinGuessesLeft(presence: Presence, address: string): Promise<boolean> {
  return Number((await presence.get(guessKey(address))) ?? 0) < WRONG_PINS_PER_MINUTE;
}

export async function countWrongPin(presence: Presence, address: string): Promise<void> {
  const n = await presence.incr(guessKey(address));
  if (n === 1) await presence.expire(guessKey(address), 60);
}
