/**
 * The negotiation's state: plain JSON, no classes, no functions, so it persists, restores and
 * replays exactly. Sides are indices (0 = the scenario's first side); items and options are
 * indices into the scenario's lists. It holds no words: what a person reads is a record
 * { code, params } (../words/codes.ts), worded by the views in the reader's language, so a game
 * is the same state, log and hash in every language.
 */
import type { SideIndex } from '../model/domain.ts';
import type { ValueShift } from '../scenario/compile.ts';
import type { Difficulty, Strategy } from '../scenario/schema.ts';
import type { Said } from '../words/codes.ts';

export type ItemStatus = 'open' | 'tentative' | 'reopened';

export interface ItemState {
  status: ItemStatus;
  /** The tentatively agreed option, while status is 'tentative'. */
  option: number | null;
}

export type PlayerConfig = { kind: 'human' } | { kind: 'computer'; personality?: string; strategy?: Strategy; difficulty?: Difficulty };

export interface GameSetup {
  seed: string;
  players: [PlayerConfig, PlayerConfig];
  /** Rounds until the deadline, when a teacher's session overrides the scenario's. */
  rounds?: number;
  /**
   * Who played, per side (null for a computer side or an unnamed student): the class debrief
   * shows whose game a result is. Part of the logged setup, so the log's checksum and the
   * result code's check cover it. At most MAX_NAME_LENGTH characters each.
   */
  names?: [string | null, string | null];
  /**
   * The id of the teacher's session the game was started from (session/class-session.ts
   * sessionId: eight hex digits), so the class debrief can tell results played under other settings.
   */
  session?: string;
  /**
   * The teacher's time limit per turn in seconds, when the session set one: the class debrief
   * shows under which clock a result was played (result code flag 8).
   */
  secondsPerRound?: number;
  /** The seat number the student typed when the session alternates sides (result code flag 16). */
  seat?: number;
}

export const MAX_NAME_LENGTH = 40;
/** Limits of the recorded clock (seconds per turn) and seat number. */
export const MAX_SECONDS_PER_ROUND = 3600;
export const MAX_SEAT = 999;

/** A computer player, resolved from its config at setup. */
export interface CounterpartProfile {
  strategy: Strategy;
  /** Concession exponent e of f(t) = t^(1/e). */
  e: number;
  /** The scenario's personality id, or null for a bare strategy (the views name either). */
  personality: string | null;
}

/** Frequency opponent model (HardHeaded): what side s believes the other side values. */
export interface OpponentModel {
  weights: number[];
  counts: number[][];
  last: (number | null)[] | null;
}

/** A proposal: an option for each item it covers; null for items it leaves out. */
export interface Proposal {
  by: SideIndex;
  round: number;
  options: (number | null)[];
}

export interface Trade {
  by: SideIndex;
  give: { item: number; option: number };
  want: { item: number; option: number };
}

export type Mood = 'pleased' | 'calm' | 'impatient' | 'angry';

/** Moves in engine terms (indices); the machine's events carry ids and are translated. */
export type Move =
  | { kind: 'propose'; options: (number | null)[] }
  | { kind: 'accept' }
  | { kind: 'agreeItem'; item: number }
  | { kind: 'reopenItem'; item: number }
  | { kind: 'proposeTrade'; give: { item: number; option: number }; want: { item: number; option: number } }
  | { kind: 'acceptTrade' }
  | { kind: 'statePriority'; item: number }
  | { kind: 'askPriority' }
  | { kind: 'pass' }
  | { kind: 'walkAway' };

/** One line of the history log. */
export interface Turn {
  round: number;
  side: SideIndex | null;
  /** What was done (a move, an answer, a scenario event's news). */
  line: Said;
  /** What a computer side said with it: its reasons, built from what it computed, in order. */
  said?: Said[];
  mood?: Mood;
  /** Utilities of the proposal just made, [side 0, side 1], when it was a proposal. */
  utilities?: [number, number];
  /** What this move or news changed, with its cause: trust, values, walk-aways (change.* records). */
  changes?: Said[];
}

export interface ThirdPartyState {
  satisfaction: number;
  /** Sum of event effects on this party. */
  modifier: number;
  /** The item whose option moved this party most, or null. */
  cause: { item: number; option: number; effect: number } | null;
}

export type OutcomeKind = 'agreement' | 'partial' | 'breakdown' | 'walkout';

export interface GameOutcome {
  kind: OutcomeKind;
  /** The agreed options, item by item (walk-away options where a partial statement left a gap). */
  deal: number[] | null;
  utilities: [number, number];
  by: SideIndex | null;
  reason: Said;
  round: number;
}

export interface GameState {
  setup: GameSetup;
  profiles: [CounterpartProfile | null, CounterpartProfile | null];
  round: number;
  toMove: SideIndex;
  /** 0 before the opener's move in a round, 1 before the responder's. */
  half: 0 | 1;
  items: ItemState[];
  table: Proposal | null;
  trade: Trade | null;
  /** Every proposal made, in order: the path of offers the debrief draws. */
  proposals: Proposal[];
  history: Turn[];
  /** trust[s]: how far side s trusts the other side, 0–1. */
  trust: [number, number];
  models: [OpponentModel, OpponentModel];
  /** Talk moves used this round, per side: one priority statement and one question each. */
  talk: [{ stated: boolean; asked: boolean }, { stated: boolean; asked: boolean }];
  thirdParties: ThirdPartyState[];
  shifts: ValueShift[];
  /** Events that have fired, with the round they fired in. */
  fired: { id: string; round: number }[];
  /**
   * The newest event that fired (cleared when the next round starts). No view reads it: the banner
   * shows the round's news from the history (PlayerView.news). It stays because a result code's
   * state hash covers the whole state.
   */
  lastEvent: string | null;
  /** seedrandom's alea state: every random number but the news comes from here. */
  rng: object;
  /** The news dice (alea state), apart from `rng` and restarted each round from the seed (rules/events.ts). */
  eventRng: object;
  outcome: GameOutcome | null;
}
