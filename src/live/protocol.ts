/**
 * The live class's wire protocol, shared by the class server (src/server) and the browser. Every
 * message a client sends is checked against these schemas on the server (zod): anything else is
 * refused with a clear error and changes nothing. Server → client messages carry ids, numbers and
 * {code, params} facts; each device words them.
 */
import * as z from 'zod/mini';
import type { Phase, PlayerView } from '../engine/index.ts';
import type { FixedView, LiveView } from './view-split.ts';

/** The Colyseus room type of a live class. */
export const CLASS_ROOM = 'class';

export const PAIRINGS = ['students', 'computer', 'mixed'] as const;
export type Pairing = (typeof PAIRINGS)[number];
/** What an odd student out does: play the computer, or join a side as its second voice. */
export const ODD_RULES = ['computer', 'second-voice'] as const;
export type OddRule = (typeof ODD_RULES)[number];

/** A 6-character PIN from letters and digits that cannot be mistaken for one another. */
export const PIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const PIN_PATTERN = /^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{6}$/;
export const normalisePin = (raw: string) =>
  String(raw ?? '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');

/** Largest message the server reads, in bytes (the WebSocket refuses bigger frames outright). */
export const MAX_MESSAGE_BYTES = 4096;

/** The largest own scenario a teacher may send with a class (the shipped ones are under 100 kB). */
export const MAX_SCENARIO_CHARS = 1_000_000;

export const createOptions = z.object({
  session: z.string().check(z.minLength(1), z.maxLength(400)),
  /** A teacher's own scenario file (its JSON text), when the session names none the server ships. */
  scenario: z.optional(z.string().check(z.minLength(2), z.maxLength(MAX_SCENARIO_CHARS))),
  pairing: z.enum(PAIRINGS),
  odd: z.enum(ODD_RULES),
});
export type CreateOptions = z.infer<typeof createOptions>;

export const joinOptions = z.union([
  z.object({ pin: z.string().check(z.maxLength(12)), name: z.string().check(z.maxLength(200)) }),
  z.object({ teacherKey: z.string().check(z.minLength(20), z.maxLength(100)) }),
]);

const id = z.string().check(z.minLength(1), z.maxLength(64));
const choice = z.object({ item: id, option: id });
export const moveEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('offer.propose'), options: z.record(id, id) }),
  z.object({ type: z.literal('offer.accept') }),
  z.object({ type: z.literal('item.agree'), item: id }),
  z.object({ type: z.literal('item.reopen'), item: id }),
  z.object({ type: z.literal('trade.propose'), give: choice, want: choice }),
  z.object({ type: z.literal('trade.accept') }),
  z.object({ type: z.literal('priority.state'), item: id }),
  z.object({ type: z.literal('priority.ask') }),
  z.object({ type: z.literal('turn.pass') }),
  z.object({ type: z.literal('talks.walkAway') }),
]);

/** Student → server. `seq` numbers a student's moves: a repeat is answered, never applied twice. */
export const studentMessages = {
  ready: z.strictObject({}),
  /** Send me my seat again (after a reconnection or a reload). */
  seat: z.strictObject({}),
  move: z.object({ seq: z.int().check(z.gte(1), z.lte(1e9)), event: moveEvent }),
  debrief: z.strictObject({}),
  /** After a partner left for good: finish this game against the computer. */
  vsComputer: z.strictObject({}),
} as const;

const studentId = z.string().check(z.minLength(1), z.maxLength(32));
/** Teacher → server. */
export const teacherMessages = {
  start: z.strictObject({}),
  pause: z.strictObject({}),
  resume: z.strictObject({}),
  endTalks: z.strictObject({}),
  news: z.object({ event: id }),
  remove: z.object({ student: studentId }),
  /** Pair again: the student (if named) leaves a table that has not started; waiting students are paired by the class's rule. */
  repair: z.object({ student: z.optional(studentId) }),
  close: z.strictObject({}),
} as const;

export type StudentStatus = 'waiting' | 'reading' | 'negotiating' | 'agreed' | 'walked-out' | 'no-deal' | 'handed-in' | 'disconnected' | 'removed';
export type ClassPhase = 'lobby' | 'running' | 'paused' | 'ended';

export interface RosterEntry {
  id: string;
  name: string;
  side: 0 | 1 | null;
  /** The partner's name(s), or 'computer', or null while waiting. */
  partner: string | null;
  partnerIsComputer: boolean;
  round: number | null;
  status: StudentStatus;
  connected: boolean;
  /** Another student shares this side (a "second voice"). */
  secondVoice: boolean;
  tableId: string | null;
}

/** A fact for a device to word: a code and its parameters (never a sentence). */
export interface Fact {
  code: string;
  params?: Record<string, string | number>;
}

/** Server → teacher. */
export interface ClassInfo {
  classId: string;
  roomId: string;
  pin: string;
  session: string;
  pairing: Pairing;
  odd: OddRule;
  phase: ClassPhase;
  /** The scenario's news events the teacher may release. */
  news: { id: string; title: string }[];
  /** Only in the message that answers the creation: the teacher's browser keeps it. */
  teacherKey?: string;
}

/** Server → student, before its first seat, in a class on a teacher's own scenario (message 'scenario'). */
export interface OwnScenarioMessage {
  id: string;
  text: string;
}

/** Server → student: where this student stands, and their own side's view (never the other's). */
export interface SeatState {
  studentId: string;
  name: string;
  classPhase: ClassPhase;
  status: StudentStatus;
  side: 0 | 1 | null;
  partner: string | null;
  partnerIsComputer: boolean;
  partnerConnected: boolean;
  /** The scenario, for loading its texts; the session code, for the settings panel. */
  scenario: string;
  session: string;
  phase: Phase | null;
  view: PlayerView | null;
  /** The seq of this student's move that this state answers, if it answers one. */
  ack: number | null;
  /** The highest move seq the server has taken from this student: a reconnected client numbers on from here. */
  lastSeq: number;
  /** Whether a partner has left for good, so the student may finish against the computer. */
  canFinishVsComputer: boolean;
  scenarioTitle: string;
  /**
   * Once the talks are over, the game's log, so the device replays it for the normal outcome and
   * debrief screens. Live tables always roll their own seed, so it tells nothing about another game.
   */
  finalLog: import('../engine/index.ts').GameLog | null;
}

/**
 * A seat as it travels (message 'seat'): the view split (view-split.ts) — `fixed` only when the
 * client lacks it (after it says hello, or when the counterpart changes), and the history only
 * from line `historyFrom` on. SeatAssembler (seat-assembler.ts) puts SeatState back together.
 */
export interface SeatMessage extends Omit<SeatState, 'view'> {
  fixed: FixedView | null;
  live: LiveView | null;
  historyFrom: number;
}

export interface StoredResult {
  id: string;
  classId: string;
  at: number;
  names: [string | null, string | null];
  log: import('../engine/index.ts').GameLog;
}

/** Why the server closed a client's connection (WebSocket close codes of our own). */
export const CLOSE = { flooding: 4101, removed: 4102, classClosed: 4103 } as const;
