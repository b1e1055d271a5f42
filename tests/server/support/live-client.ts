/**
 * A teacher and students as the browser will be: colyseus.js clients that keep every message
 * they receive (so a test can inspect the wire) and wait for the one they need.
 */
import { Client, type Room } from 'colyseus.js';
import { CLASS_ROOM, type ClassInfo, type RosterEntry, type SeatMessage, type SeatState, type StoredResult } from '../../../src/live/protocol.ts';
import { SeatAssembler } from '../../../src/live/seat-assembler.ts';

export interface Received {
  type: string;
  message: any;
}

export class Recorder {
  readonly messages: Received[] = [];
  private waiters: { match: (r: Received) => boolean; ok: (r: Received) => void }[] = [];

  /** Every message as it came over the wire, untouched: what a privacy check inspects. */
  readonly wire: Received[] = [];

  constructor(readonly room: Room) {
    room.onMessage('*', (type, message) => {
      this.wire.push({ type: String(type), message });
      this.push({ type: String(type), message: this.assemble(String(type), message) });
    });
  }

  /** Student seats arrive in parts (src/live/view-split.ts); the recorder keeps them whole. */
  protected assemble(_type: string, message: unknown): unknown {
    return message;
  }

  private push(r: Received): void {
    this.messages.push(r);
    this.waiters = this.waiters.filter((w) => (w.match(r) ? (w.ok(r), false) : true));
  }

  /** The first message (already received or still to come) that matches. */
  wait(match: (r: Received) => boolean, what = 'a message', ms = 15_000): Promise<Received> {
    const seen = this.messages.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((ok, fail) => {
      const t = setTimeout(() => fail(new Error(`timed out waiting for ${what}`)), ms);
      this.waiters.push({ match, ok: (r) => (clearTimeout(t), ok(r)) });
    });
  }

  /** Waits for a message that arrives from now on. */
  next(match: (r: Received) => boolean, what = 'a message', ms = 15_000): Promise<Received> {
    return new Promise((ok, fail) => {
      const t = setTimeout(() => fail(new Error(`timed out waiting for ${what}`)), ms);
      this.waiters.push({ match, ok: (r) => (clearTimeout(t), ok(r)) });
    });
  }

  last<T>(type: string): T | null {
    for (let k = this.messages.length - 1; k >= 0; k--) if (this.messages[k].type === type) return this.messages[k].message as T;
    return null;
  }
}

export class Teacher extends Recorder {
  info!: ClassInfo;
  roster(): RosterEntry[] {
    return this.last<RosterEntry[]>('roster') ?? [];
  }
  results(): StoredResult[] {
    return this.messages.filter((m) => m.type === 'result').map((m) => m.message as StoredResult);
  }
  waitRoster(check: (r: RosterEntry[]) => boolean, what: string): Promise<Received> {
    const ok = (r: Received) => r.type === 'roster' && check(r.message as RosterEntry[]);
    return this.wait(ok, what);
  }
}

export class Student extends Recorder {
  seq = 0;
  private assembler?: SeatAssembler;
  protected override assemble(type: string, message: unknown): unknown {
    this.assembler ??= new SeatAssembler();
    return type === 'seat' ? this.assembler.take(message as SeatMessage) : message;
  }
  constructor(room: Room) {
    super(room);
    room.send('seat', {}); // handlers are in place: from now on the server sends this seat
  }
  seat(): SeatState {
    return this.last<SeatState>('seat')!;
  }
  waitSeat(check: (s: SeatState) => boolean, what: string, ms?: number): Promise<SeatState> {
    return this.wait((r) => r.type === 'seat' && check(r.message as SeatState), what, ms).then((r) => r.message as SeatState);
  }
  /** Sends a move and resolves with the seat that answers it. */
  move(event: object): Promise<SeatState> {
    const seq = ++this.seq;
    const answer = this.next((r) => r.type === 'seat' && (r.message as SeatState).ack === seq, `the answer to move ${seq}`);
    this.room.send('move', { seq, event });
    return answer.then((r) => r.message as SeatState);
  }
}

export const endpoint = (url: string) => url.replace(/^http/, 'ws');

export async function createClass(url: string, session: string, pairing = 'students', odd = 'computer'): Promise<Teacher> {
  const room = await new Client(endpoint(url)).create(CLASS_ROOM, { session, pairing, odd });
  const t = new Teacher(room);
  t.info = (await t.wait((r) => r.type === 'class', 'the class info')).message as ClassInfo;
  return t;
}

export async function roomForPin(url: string, pin: string): Promise<string> {
  const res = await fetch(`${url}/api/live/pin/${pin}`);
  const body = (await res.json()) as { roomId?: string; error?: string };
  if (!body.roomId) throw new Error(body.error ?? `PIN lookup failed (${res.status})`);
  return body.roomId;
}

export async function joinClass(url: string, pin: string, name: string): Promise<Student> {
  const roomId = await roomForPin(url, pin);
  const room = await new Client(endpoint(url)).joinById(roomId, { pin, name });
  return new Student(room);
}
