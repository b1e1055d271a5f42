/**
 * A student's connection to a live class (colyseus.js): joins by PIN and name, rejoins the same
 * seat after a reload (the reconnection token is kept for the tab in sessionStorage), turns the
 * server's seat messages back into whole seats, and is the game session's LiveSource while the
 * talks are open: scenes read this side's view from it and their moves go to the server.
 */
import { Client, type Room } from 'colyseus.js';
import type { Phase, Said, SummitEvent } from '../../engine/index.ts';
import type { SeatMessage, SeatState } from '../protocol.ts';
import { SeatAssembler } from '../seat-assembler.ts';
import type { LiveSource } from './live-source.ts';

const TOKEN_KEY = 'summit.live.token';
const SEQ_KEY = 'summit.live.seq';

/** The class server's address: the page's own (the server serves both). */
function endpoint(): string {
  return new URL('.', location.href).href.replace(/^http/, 'ws').replace(/\/$/, '');
}

/** Whether a class server answers beside this page (live features appear only then). */
export async function liveAvailable(): Promise<boolean> {
  // A static host serves public/api/live ({ live: false }), so asking never logs a 404; offline, nothing to ask.
  if (!navigator.onLine) return false;
  try {
    const res = await fetch(new URL('api/live', location.href), { cache: 'no-store' });
    return res.ok && ((await res.json()) as { live?: boolean }).live === true;
  } catch {
    return false;
  }
}

export function hasLiveSeat(): boolean {
  return sessionStorage.getItem(TOKEN_KEY) !== null;
}

export class LiveConnection implements LiveSource {
  seat: SeatState | null = null;
  private readonly assembler = new SeatAssembler();
  private readonly listeners = new Set<() => void>();
  private seq = Number(sessionStorage.getItem(SEQ_KEY) ?? 0);
  /** Set while the finished game is being replayed on this device. */
  onFinished: ((seat: SeatState) => Promise<void>) | null = null;
  private finishing = false;
  lastRefusal: Said | null = null;

  private constructor(readonly room: Room) {
    sessionStorage.setItem(TOKEN_KEY, room.reconnectionToken);
    room.onMessage('seat', (m: SeatMessage) => this.take(m));
    room.onMessage('refused', (m: { params?: { reason?: Said } }) => {
      this.lastRefusal = m.params?.reason ?? null;
      this.emit();
    });
    room.onMessage('removed', () => sessionStorage.removeItem(TOKEN_KEY));
    room.onMessage('*', () => {});
    room.onLeave(() => this.emit());
    room.send('seat', {});
  }

  static async join(pin: string, name: string): Promise<LiveConnection> {
    const res = await fetch(new URL(`api/live/pin/${encodeURIComponent(pin)}`, location.href));
    const body = (await res.json().catch(() => ({}))) as { roomId?: string; error?: string };
    if (!body.roomId) throw new Error(body.error ?? 'no live class has this PIN');
    sessionStorage.removeItem(SEQ_KEY);
    return new LiveConnection(await new Client(endpoint()).joinById(body.roomId, { pin, name }));
  }

  /** Back to the seat this tab had (after a reload or a dropped network), if the grace period has not run out. */
  static async resume(): Promise<LiveConnection | null> {
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (!token) return null;
    try {
      return new LiveConnection(await new Client(endpoint()).reconnect(token));
    } catch {
      sessionStorage.removeItem(TOKEN_KEY);
      return null;
    }
  }

  private take(m: SeatMessage): void {
    this.seat = this.assembler.take(m);
    this.seq = Math.max(this.seq, this.seat.lastSeq);
    if (this.seat.canFinishVsComputer) this.room.send('vsComputer', {});
    if (this.seat.finalLog && this.onFinished && !this.finishing) {
      this.finishing = true;
      void this.onFinished(this.seat).then(() => this.emit());
      return;
    }
    if (!this.finishing) this.emit();
  }

  private emit(): void {
    for (const fn of [...this.listeners]) fn();
  }

  connected(): boolean {
    return this.room.connection.isOpen;
  }

  leave(): void {
    sessionStorage.removeItem(TOKEN_KEY);
    void this.room.leave(true);
  }

  // ——— LiveSource ———

  view() {
    return this.seat?.view ?? null;
  }

  phase(): Phase {
    return this.seat?.phase ?? 'setup';
  }

  title(): string {
    return this.seat?.scenarioTitle ?? '';
  }

  send(event: SummitEvent): void {
    if (event.type === 'briefing.done') this.room.send('ready', {});
    else if (event.type === 'debrief.open') this.room.send('debrief', {});
    else if (event.type !== 'game.setup' && event.type !== 'game.restart' && !event.type.startsWith('class.')) {
      this.seq += 1;
      sessionStorage.setItem(SEQ_KEY, String(this.seq));
      this.lastRefusal = null;
      this.room.send('move', { seq: this.seq, event });
    }
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}
