/**
 * Who sits where: the modes a game is played in, and the seats they give each side. The hand-over
 * rule and the class policy are decided here, once, from these facts; the app machine
 * (app-machine.ts) and the scenes ask these functions rather than look at a mode themselves.
 * Headless: no Phaser, no DOM (tsconfig.engine.json checks it).
 */
import type { ClassSession, PlayerConfig } from '../../engine/index.ts';

export type SideIndex = 0 | 1;

/**
 * How a game is played. 'solo': one student against the computer; 'hotseat': two students on one
 * device. A future 'live' mode (the other side a remote student, through the class server) is
 * one more kind here whose other seat is 'remote' (see seatsOf), and one more way to make the
 * game actor in app-machine.ts; the hand-over rule and the screens need nothing new.
 */
export type Mode = { kind: 'solo'; side: SideIndex } | { kind: 'hotseat' };

/** 'player': a person at this device; 'computer': the engine's counterpart; 'remote': a person elsewhere. */
export type Seat = 'player' | 'computer' | 'remote';

export function seatsOf(mode: Mode): [Seat, Seat] {
  if (mode.kind === 'hotseat') return ['player', 'player'];
  return mode.side === 0 ? ['player', 'computer'] : ['computer', 'player'];
}

/** The sides played by people at this device, in order. */
export function sidesHere(mode: Mode): SideIndex[] {
  return seatsOf(mode).flatMap((s, i) => (s === 'player' ? [i as SideIndex] : []));
}

/**
 * THE hand-over rule: a side's private screen (brief, table) is shown only to that side. When
 * more than one person shares this device and someone else is looking, the device is handed over
 * first, behind a screen that shows nothing private. `viewer` is who is looking now (null: nobody
 * yet, as when a game starts or resumes).
 */
export function needsHandover(mode: Mode, viewer: SideIndex | null, side: SideIndex): boolean {
  return sidesHere(mode).length > 1 && viewer !== side;
}

/** The side whose view the shared screens (outcome, debrief) open on. */
export function homeSide(mode: Mode): SideIndex {
  return mode.kind === 'solo' ? mode.side : 0;
}

/** The class session this page was opened with (?session=CODE): its settings are locked. */
export interface ClassLock {
  code: string;
  settings: ClassSession;
}

/** What a class session allows and hides; a free game allows everything. */
export interface Policy {
  /** Play the other side with the same dice after a game (solo games; in a class, when students choose sides). */
  canSwap: boolean;
  /** Two students on one device, offered on the side choice (free games: a class decides it). */
  canHotseat: boolean;
  /** Open another scenario or join a class from the title. */
  canChangeScenario: boolean;
  /** The debrief shows what really happened. */
  revealReal: boolean;
  /** A time limit per round, or null. */
  secondsPerRound: number | null;
}

export function policyOf(lock: ClassLock | null, mode: Mode): Policy {
  const s = lock?.settings;
  return {
    canSwap: mode.kind === 'solo' && (!s || s.sides === 'choose'),
    canHotseat: !s,
    canChangeScenario: !s,
    revealReal: s?.revealReal !== false,
    secondsPerRound: s?.secondsPerRound ?? null,
  };
}

/** A free game's players for a mode; `computer` is the counterpart the player's settings chose. */
export function freePlayers(mode: Mode, computer: PlayerConfig): [PlayerConfig, PlayerConfig] {
  const [a, b] = seatsOf(mode);
  const player = (s: Seat): PlayerConfig => (s === 'computer' ? computer : { kind: 'human' });
  return [player(a), player(b)];
}
