/**
 * A teacher's session: the settings a class plays with, packed into a short checked code that
 * travels in a link (?session=CODE) or is typed in. Opening it starts the game with these
 * settings locked. No server: everything a student needs is in the code.
 */
import { DIFFICULTIES, type Difficulty } from '../scenario/difficulties.ts';
import { STRATEGIES, type Strategy } from '../strategy/registry.ts';
import { hashText } from '../scenario/compile.ts';
import type { GameSetup, PlayerConfig } from '../rules/state.ts';
import { cleanPlayerName, DIFFICULTY_STRATEGY } from '../rules/setup.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { withoutDirectionControls } from '../direction.ts';
import { ByteReader, ByteWriter, bytesToHex, fromBase32, hexToBytes, toBase32 } from '../log/bytes.ts';

/**
 * English names of the bare strategies, for the teacher's set-up page and session descriptions
 * (the game names a computer side from its strings table; no name enters a game's state).
 */
export const STRATEGY_NAMES: Record<Strategy, string> = {
  hardliner: 'Hardliner',
  boulware: 'Boulware (holds firm until late)',
  linear: 'Steady (concedes evenly)',
  conceder: 'Conceder (gives ground early)',
  'tit-for-tat': 'Tit-for-tat (mirrors your moves)',
  logroller: 'Logroller (trades across items)',
};

export const SESSION_CODE_VERSION = 1;
const PREFIX = 'C';

/**
 * Which side students play. 'first'/'second' are the scenario's first and second side;
 * 'alternate': each student types a seat number when joining, odd seats play the first side
 * and even seats the second (see sideForSeat).
 */
export type SideAssignment = 'choose' | 'first' | 'second' | 'alternate';
export type Opponent = { kind: 'difficulty'; difficulty: Difficulty } | { kind: 'strategy'; strategy: Strategy } | { kind: 'personality'; personality: string };

export interface ClassSession {
  /** The scenario's id; the game opens scenarios/<id>.json. */
  scenario: string;
  sides: SideAssignment;
  /** Against the computer, or two students on one device. */
  mode: 'computer' | 'pair';
  opponent: Opponent;
  /** One seed for the whole class (everyone faces the same dice), or a fresh one per student. */
  seed: { kind: 'class'; value: string } | { kind: 'student' };
  /** Rounds until the deadline; null keeps the scenario's. */
  rounds: number | null;
  /** Seconds per round, or null for no limit. */
  secondsPerRound: number | null;
  /** Whether the debrief shows what really happened. */
  revealReal: boolean;
}

/** Codes store the index: append only, so codes already handed out keep their meaning. */
export const SIDE_ASSIGNMENTS: readonly SideAssignment[] = ['choose', 'first', 'second', 'alternate'];
const SIDES = SIDE_ASSIGNMENTS;

/**
 * The session's id: a hash of every setting (eight hex digits). A game started from the session
 * carries it in its setup, and so in its result code; the class debrief compares it, and the
 * replayed setup, with the session the teacher gives (class/session-check.ts).
 */
export function sessionId(s: ClassSession): string {
  const opponent = s.opponent.kind === 'difficulty' ? s.opponent.difficulty : s.opponent.kind === 'strategy' ? s.opponent.strategy : s.opponent.personality;
  const seed = s.seed.kind === 'class' ? ['class', s.seed.value] : ['student'];
  return hashText(JSON.stringify([s.scenario, s.sides, s.mode, s.opponent.kind, opponent, seed, s.rounds, s.secondsPerRound, s.revealReal])).slice(-8);
}

function check(payload: Uint8Array): Uint8Array {
  return hexToBytes(hashText(String.fromCharCode(...payload)).slice(-6));
}

export function encodeSession(s: ClassSession): string {
  const w = new ByteWriter().byte(SESSION_CODE_VERSION).text(s.scenario);
  w.byte(SIDES.indexOf(s.sides))
    .byte(s.mode === 'pair' ? 1 : 0)
    .byte(s.revealReal ? 1 : 0);
  if (s.opponent.kind === 'difficulty') w.byte(0).uint(DIFFICULTIES.indexOf(s.opponent.difficulty));
  else if (s.opponent.kind === 'strategy') w.byte(1).uint(STRATEGIES.indexOf(s.opponent.strategy));
  else w.byte(2).text(s.opponent.personality);
  if (s.seed.kind === 'class') w.byte(1).text(s.seed.value);
  else w.byte(0);
  w.uint(s.rounds ?? 0).uint(s.secondsPerRound ?? 0);
  const payload = w.done();
  const body = toBase32(Uint8Array.from([...payload, ...check(payload)]));
  return `${PREFIX}${body.match(/.{1,4}/g)!.join('-')}`;
}

export type SessionDecode = { ok: true; session: ClassSession } | { ok: false; reason: string };

export function decodeSession(code: string): SessionDecode {
  if (typeof code !== 'string' || code.length > 400) return { ok: false, reason: 'this is not a Summit session code' };
  const compact = code.replace(/[\s-]/g, '');
  if (!compact.toUpperCase().startsWith(PREFIX)) return { ok: false, reason: 'this is not a Summit session code (they start with "C")' };
  const bytes = fromBase32(compact.slice(1));
  if (!bytes || bytes.length < 8) return { ok: false, reason: 'the session code is incomplete or contains characters codes never use' };
  const payload = bytes.slice(0, -3);
  if (bytesToHex(check(payload)) !== bytesToHex(bytes.slice(-3))) return { ok: false, reason: 'the session code does not check out: a character is mistyped or missing' };
  const r = new ByteReader(payload);
  if (r.byte() !== SESSION_CODE_VERSION) return { ok: false, reason: 'this session code comes from a newer version of Summit' };
  const scenario = r.text();
  const sides = SIDES[r.byte()];
  const mode = r.byte() === 1 ? 'pair' : 'computer';
  const revealReal = r.byte() === 1;
  let opponent: Opponent | undefined;
  const kind = r.byte();
  if (kind === 0) {
    const d = DIFFICULTIES[r.uint()];
    opponent = d && { kind: 'difficulty', difficulty: d };
  } else if (kind === 1) {
    const st = STRATEGIES[r.uint()];
    opponent = st && { kind: 'strategy', strategy: st };
  } else if (kind === 2) opponent = { kind: 'personality', personality: r.text() };
  const seed: ClassSession['seed'] = r.byte() === 1 ? { kind: 'class', value: withoutDirectionControls(r.text()) } : { kind: 'student' };
  const rounds = r.uint();
  const seconds = r.uint();
  if (r.overrun || r.remaining !== 0 || !sides || !opponent || rounds > 100 || seconds > 3600 || !/^[a-z][a-z0-9-]*$/.test(scenario)) return { ok: false, reason: 'the session code is damaged' };
  return {
    ok: true,
    session: { scenario, sides, mode, opponent, seed, rounds: rounds || null, secondsPerRound: seconds || null, revealReal },
  };
}

/**
 * The game setup a student gets from a session, given their side, (per-student) seed and name.
 * The name is cleaned (cleanPlayerName) and goes to the student's side; in a two-player session
 * pass a pair, one per side (a single name is given to both sides).
 */
export function setupFor(session: ClassSession, studentSide: 0 | 1, studentSeed: string, name?: string | [string, string], seat?: number | null): GameSetup {
  const computer: PlayerConfig =
    session.opponent.kind === 'difficulty'
      ? { kind: 'computer', difficulty: session.opponent.difficulty }
      : session.opponent.kind === 'strategy'
        ? { kind: 'computer', strategy: session.opponent.strategy }
        : { kind: 'computer', personality: session.opponent.personality };
  const other: PlayerConfig = session.mode === 'pair' ? { kind: 'human' } : computer;
  const players: [PlayerConfig, PlayerConfig] = studentSide === 0 ? [{ kind: 'human' }, other] : [other, { kind: 'human' }];
  return {
    seed: session.seed.kind === 'class' ? session.seed.value : studentSeed,
    players,
    ...(session.rounds !== null ? { rounds: session.rounds } : {}),
    ...namesFor(session, studentSide, name),
    session: sessionId(session),
    // The clock and the seat travel in the result, so the teacher's table and CSV can show them.
    ...(session.secondsPerRound !== null ? { secondsPerRound: session.secondsPerRound } : {}),
    ...(session.sides === 'alternate' && session.mode !== 'pair' && typeof seat === 'number' && Number.isInteger(seat) && seat >= 1 && seat <= 999 ? { seat } : {}),
  };
}

function namesFor(session: ClassSession, side: 0 | 1, name: string | [string, string] | undefined): Pick<GameSetup, 'names'> {
  if (name === undefined) return {};
  const [a, b] = typeof name === 'string' ? [name, name] : name;
  const names: [string | null, string | null] = session.mode === 'pair' ? [cleanPlayerName(a), cleanPlayerName(b)] : side === 0 ? [cleanPlayerName(a), null] : [null, cleanPlayerName(a)];
  return names[0] === null && names[1] === null ? {} : { names };
}

/** Whether students type a seat number when they join (the 'alternate' side rule). */
export function needsSeat(session: ClassSession): boolean {
  return session.sides === 'alternate' && session.mode === 'computer';
}

/**
 * The side a student plays under the session's rule: 0 = the scenario's first side, 1 = the
 * second; null when the student chooses (rule 'choose', or a two-player session where both sides
 * are played). With 'alternate', odd seats (1, 3, …) play the first side and even seats the
 * second; a seat that is not a whole number from 1 to 999 gives null (ask again).
 */
export function sideForSeat(session: ClassSession, seat?: number | null): 0 | 1 | null {
  if (session.mode === 'pair') return null;
  switch (session.sides) {
    case 'choose':
      return null;
    case 'first':
      return 0;
    case 'second':
      return 1;
    case 'alternate':
      return typeof seat === 'number' && Number.isInteger(seat) && seat >= 1 && seat <= 999 ? (seat % 2 === 1 ? 0 : 1) : null;
  }
}

/** The counterpart a session sets, in the scenario's words. */
export function describeOpponent(c: CompiledScenario, opponent: Opponent): string {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  switch (opponent.kind) {
    case 'difficulty': {
      const p = c.scenario.personalities.find((x) => x.difficulty === opponent.difficulty);
      return `${cap(opponent.difficulty)}: ${p ? p.name : STRATEGY_NAMES[DIFFICULTY_STRATEGY[opponent.difficulty]]}`;
    }
    case 'strategy':
      return STRATEGY_NAMES[opponent.strategy];
    case 'personality': {
      const p = c.scenario.personalities.find((x) => x.id === opponent.personality);
      return p ? p.name : `"${opponent.personality}" (not in this scenario)`;
    }
  }
}

/**
 * The locked settings in plain words, for the student's panel and the teacher's summary.
 * `c` is the session's scenario.
 */
export function describeSession(c: CompiledScenario, session: ClassSession): { label: string; value: string }[] {
  const [first, second] = c.scenario.sides.map((s) => s.name);
  const sides =
    session.mode === 'pair'
      ? `Both: two students share one device, one for ${first}, one for ${second}`
      : {
          choose: 'Each student chooses a side',
          first: `Everyone plays ${first}`,
          second: `Everyone plays ${second}`,
          alternate: `By seat number: odd seats play ${first}, even seats play ${second}`,
        }[session.sides];
  const scenarioRounds = c.scenario.deadline.rounds;
  const rounds = session.rounds ?? scenarioRounds;
  const minutes = session.secondsPerRound === null ? null : session.secondsPerRound / 60;
  const rows = [
    { label: 'Scenario', value: c.scenario.title },
    { label: 'Sides', value: sides },
    { label: 'Mode', value: session.mode === 'pair' ? 'Two students on one device' : 'Against the computer' },
    ...(session.mode === 'computer' ? [{ label: 'Counterpart', value: describeOpponent(c, session.opponent) }] : []),
    {
      label: 'Dice',
      value: session.seed.kind === 'class' ? `The same for the whole class (seed "\u2068${withoutDirectionControls(session.seed.value)}\u2069")` : 'Different for every student',
    },
    { label: 'Rounds', value: `${rounds}${session.rounds !== null && session.rounds !== scenarioRounds ? ` (the scenario has ${scenarioRounds})` : ''}` },
    {
      label: 'Time per round',
      value: minutes === null ? 'No time limit' : Number.isInteger(minutes) ? `${minutes} minute${minutes === 1 ? '' : 's'}` : `${session.secondsPerRound} seconds`,
    },
    { label: 'Real outcome', value: session.revealReal ? 'Shown in the debrief' : 'Not shown in the debrief' },
  ];
  return rows;
}
