/**
 * A live class without the network: its students, its tables and what the teacher's controls do.
 * The Colyseus room (class-room.ts) feeds it joins, leaves, moves and commands, and forwards what
 * it reports: which students' seats changed (to send each its own SeatState), and finished tables.
 */
import { randomBytes } from 'node:crypto';
import { said, setupFor, type ClassSession, type CompiledScenario, type MoveEvent, type Said } from '../../engine/index.ts';
import type { ClassPhase, OddRule, Pairing } from '../../live/protocol.ts';
import { place, type OpenTable, type Placement } from './pairing.ts';
import { Table, type Side } from './table.ts';

export interface Student {
  id: string;
  name: string;
  arrival: number;
  tableId: string | null;
  side: Side | null;
  connected: boolean;
  /** Left for good (grace period over, left on purpose, or removed by the teacher). */
  gone: boolean;
  handedIn: boolean;
  /** The highest move seq applied for this student: a repeat is answered, not applied again. */
  lastSeq: number;
}

export interface TableEntry {
  table: Table;
  voices: [string[], string[]];
  stored: boolean;
}

export interface ModelHooks {
  /** These students' seats changed; `ack` answers one student's move. */
  seatsChanged(studentIds: string[], ack?: { student: string; seq: number }): void;
  /** A table reached its outcome: store its result (once). */
  tableEnded(entry: TableEntry): void;
}

const newId = (bytes = 6) => randomBytes(bytes).toString('hex');

export class ClassModel {
  readonly students = new Map<string, Student>();
  readonly tables = new Map<string, TableEntry>();
  phase: ClassPhase = 'lobby';
  private arrivals = 0;

  constructor(
    readonly c: CompiledScenario,
    readonly session: ClassSession,
    readonly pairing: Pairing,
    readonly odd: OddRule,
    private readonly hooks: ModelHooks,
  ) {}

  join(name: string): Student {
    const taken = new Set([...this.students.values()].filter((s) => !s.gone).map((s) => s.name));
    let unique = name;
    for (let k = 2; taken.has(unique); k++) unique = `${name} (${k})`;
    const student: Student = { id: newId(), name: unique, arrival: this.arrivals++, tableId: null, side: null, connected: true, gone: false, handedIn: false, lastSeq: 0 };
    this.students.set(student.id, student);
    this.pairUp(false);
    this.hooks.seatsChanged([student.id]);
    return student;
  }

  /** Pairs whoever waits, by the class's rule; `final` also places an odd student out. */
  pairUp(final: boolean): void {
    const waiting = [...this.students.values()].filter((s) => !s.gone && s.tableId === null).map((s) => ({ id: s.id, arrival: s.arrival }));
    if (waiting.length === 0) return;
    const tables: OpenTable[] = [...this.tables.values()].map((t) => ({ id: t.table.id, voices: t.voices, open: t.table.outcomeKind === null }));
    const placements = place({ waiting, pairing: this.pairing, odd: this.odd, soloSide: (w) => this.soloSide(w.arrival), tables, final });
    for (const p of placements) this.apply(p);
  }

  private soloSide(arrival: number): Side {
    if (this.session.sides === 'first') return 0;
    if (this.session.sides === 'second') return 1;
    return (arrival % 2) as Side;
  }

  private apply(p: Placement): void {
    if (p.kind === 'voice') {
      const entry = this.tables.get(p.table)!;
      entry.voices[p.side].push(p.student);
      this.seat(p.student, entry, p.side);
      this.hooks.seatsChanged(this.atTable(entry));
      return;
    }
    const sides: [string | null, string | null] = p.kind === 'pair' ? p.sides : p.side === 0 ? [p.student, null] : [null, p.student];
    const names = sides.map((id) => (id ? this.students.get(id)!.name : null)) as [string | null, string | null];
    const seed = randomBytes(5).toString('hex');
    const mode = p.kind === 'pair' ? 'pair' : 'computer';
    const studentSide: Side = sides[0] ? 0 : 1;
    // Every table rolls its own dice (even if the session names one seed for the class): the seed
    // stays on the server during the talks, and a finished table's log reveals nothing about another's.
    const setup = setupFor({ ...this.session, mode, seed: { kind: 'student' } }, studentSide, seed, mode === 'pair' ? [names[0]!, names[1]!] : names[studentSide]!);
    const table = new Table(newId(), this.c, setup);
    const entry: TableEntry = { table, voices: [sides[0] ? [sides[0]] : [], sides[1] ? [sides[1]] : []], stored: false };
    this.tables.set(table.id, entry);
    for (const side of [0, 1] as const) if (sides[side]) this.seat(sides[side]!, entry, side);
    this.hooks.seatsChanged(this.atTable(entry));
  }

  private seat(studentId: string, entry: TableEntry, side: Side): void {
    const s = this.students.get(studentId)!;
    s.tableId = entry.table.id;
    s.side = side;
  }

  atTable(entry: TableEntry): string[] {
    return [...entry.voices[0], ...entry.voices[1]];
  }

  tableOf(s: Student): TableEntry | null {
    return s.tableId ? (this.tables.get(s.tableId) ?? null) : null;
  }

  /** A student has read the brief; the talks open once every side has and the class runs. */
  ready(s: Student): void {
    const entry = this.tableOf(s);
    if (!entry || s.side === null) return;
    entry.table.markReady(s.side);
    this.maybeBegin(entry);
  }

  private maybeBegin(entry: TableEntry): void {
    if (this.phase !== 'running' || entry.table.phase !== 'briefing' || !entry.table.allReady()) return;
    entry.table.begin();
    this.afterChange(entry);
  }

  /** A move: refused while the class is paused, out of turn, or by the rules; a repeated seq is only answered. */
  move(s: Student, seq: number, event: MoveEvent): Said | null {
    const entry = this.tableOf(s);
    if (!entry || s.side === null) return said('refusal.noTable');
    if (seq <= s.lastSeq) {
      this.hooks.seatsChanged([s.id], { student: s.id, seq });
      return null;
    }
    s.lastSeq = seq;
    const refusal = this.phase === 'paused' ? said('refusal.classPaused') : entry.table.move(s.side, event).refusal;
    this.afterChange(entry, { student: s.id, seq });
    return refusal;
  }

  openDebrief(s: Student): void {
    const entry = this.tableOf(s);
    if (!entry || entry.table.outcomeKind === null) return;
    s.handedIn = true;
    entry.table.openDebrief();
    this.hooks.seatsChanged(this.atTable(entry));
  }

  /** After a move or a command: report the table's seats, and its result once it has ended. */
  afterChange(entry: TableEntry, ack?: { student: string; seq: number }): void {
    if (entry.table.outcomeKind !== null && !entry.stored) {
      entry.stored = true;
      this.hooks.tableEnded(entry);
    }
    this.hooks.seatsChanged(this.atTable(entry), ack);
  }

  start(): void {
    if (this.phase === 'ended') return;
    this.phase = 'running';
    this.pairUp(true);
    for (const entry of this.tables.values()) this.maybeBegin(entry);
    this.hooks.seatsChanged([...this.students.keys()]);
  }

  pause(on: boolean): void {
    if (this.phase === 'ended' || this.phase === 'lobby') return;
    this.phase = on ? 'paused' : 'running';
    if (!on) for (const entry of this.tables.values()) this.maybeBegin(entry);
    this.hooks.seatsChanged([...this.students.keys()]);
  }

  /** "End talks now": the deadline arrives at every table that is talking. */
  endTalks(): void {
    this.phase = 'ended';
    for (const entry of this.tables.values()) {
      entry.table.classEvent({ type: 'class.endTalks' });
      this.afterChange(entry);
    }
    this.hooks.seatsChanged([...this.students.keys()]);
  }

  /** Releases one of the scenario's news events at every table that is talking. */
  news(eventId: string): string | null {
    if (!this.c.scenario.events.some((e) => e.id === eventId)) return `the scenario has no news event "${eventId}"`;
    for (const entry of this.tables.values()) {
      if (entry.table.phase !== 'negotiating') continue;
      entry.table.classEvent({ type: 'class.news', event: eventId });
      this.afterChange(entry);
    }
    return null;
  }

  /** A student left for good (or was removed): their partners may finish against the computer. */
  leave(s: Student): void {
    s.gone = true;
    s.connected = false;
    const entry = this.tableOf(s);
    if (entry && s.side !== null) {
      entry.voices[s.side] = entry.voices[s.side].filter((id) => id !== s.id);
      this.hooks.seatsChanged(this.atTable(entry));
    }
  }

  /** A side nobody plays any more (its student left for good) is handed to the computer. */
  finishVsComputer(s: Student): void {
    const entry = this.tableOf(s);
    if (!entry) return;
    for (const side of [0, 1] as const) {
      if (entry.voices[side].length > 0 || entry.table.isComputer(side)) continue;
      entry.table.computerTakesOver(side, this.computerPlayer());
      entry.table.markReady(side);
    }
    this.maybeBegin(entry);
    this.afterChange(entry);
  }

  computerPlayer() {
    const o = this.session.opponent;
    return o.kind === 'difficulty'
      ? { kind: 'computer' as const, difficulty: o.difficulty }
      : o.kind === 'strategy'
        ? { kind: 'computer' as const, strategy: o.strategy }
        : { kind: 'computer' as const, personality: o.personality };
  }

  /** Re-pair: a student at a table whose talks have not opened goes back to waiting with their partners; then everyone waiting is paired. */
  repair(studentId?: string): string | null {
    if (studentId) {
      const s = this.students.get(studentId);
      const entry = s && this.tableOf(s);
      if (!s) return 'no such student';
      if (entry) {
        if (entry.table.phase !== 'briefing') return 'that table is already negotiating';
        const ids = this.atTable(entry);
        this.tables.delete(entry.table.id);
        entry.table.stop();
        for (const id of ids) Object.assign(this.students.get(id)!, { tableId: null, side: null });
        // The student asked about goes last, so they meet someone new.
        for (const id of ids) if (id !== s.id) this.students.get(id)!.arrival = this.arrivals++;
        s.arrival = this.arrivals++;
        this.hooks.seatsChanged(ids);
      }
    }
    this.pairUp(true);
    for (const entry of this.tables.values()) this.maybeBegin(entry);
    return null;
  }
}
