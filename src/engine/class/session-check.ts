/**
 * Results bound to their session: how a verified game's setup differs from the teacher's session.
 * The setup read here is the REPLAYED one (never what a code claims beside it), so a forged code
 * cannot hide an easier counterpart, its own seed, more rounds or both sides played by one person.
 * Differences are facts ({ code, params }); the teacher page words them.
 */
import type { GameSetup, PlayerConfig } from '../rules/state.ts';
import { stableJson } from '../scenario/play-identity.ts';
import { sessionId, setupFor, type ClassSession } from '../session/class-session.ts';

export type SetupDifference =
  /** Played on another scenario than the session's. */
  | { code: 'scenario'; params: { expected: string; got: string } }
  /** The computer side is not the counterpart the session sets. */
  | { code: 'counterpart'; params: { expected: string; got: string } }
  /** The session gives the class one seed; this game used another. */
  | { code: 'seed'; params: { expected: string; got: string } }
  /** Another number of rounds than the session's (null: the scenario's own). */
  | { code: 'rounds'; params: { expected: number | null; got: number | null } }
  /** Against the computer in a two-student session, or the reverse. */
  | { code: 'mode'; params: { expected: 'computer' | 'pair'; got: 'computer' | 'pair' } }
  /** Both sides played by one person in a session against the computer. */
  | { code: 'both-sides'; params: Record<string, never> }
  /** Not the side the session assigns (0 = the scenario's first side). */
  | { code: 'side'; params: { expected: 0 | 1; got: 0 | 1 } }
  /** The game carries no session id, or another session's. */
  | { code: 'session'; params: { expected: string; got: string | null } };

/** A computer player in one word: its personality, strategy or difficulty. */
export function playerWord(p: PlayerConfig): string {
  if (p.kind === 'human') return 'human';
  return p.personality ?? p.strategy ?? p.difficulty ?? 'normal';
}

/**
 * Every way `setup` (a replayed game's) differs from what `session` sets, for a game of scenario
 * `scenario`; empty when the game was played as the session says.
 */
export function setupDifferences(session: ClassSession, scenario: string, setup: GameSetup): SetupDifference[] {
  const out: SetupDifference[] = [];
  if (scenario !== session.scenario) out.push({ code: 'scenario', params: { expected: session.scenario, got: scenario } });
  const humans = ([0, 1] as const).filter((s) => setup.players[s].kind === 'human');
  const mode = humans.length === 2 ? 'pair' : 'computer';
  if (session.mode === 'computer' && humans.length === 2) out.push({ code: 'both-sides', params: {} });
  else if (mode !== session.mode) out.push({ code: 'mode', params: { expected: session.mode, got: mode } });
  if (session.mode === 'computer' && humans.length === 1) {
    const side = humans[0];
    const expected = setupFor(session, side, setup.seed).players[side === 0 ? 1 : 0];
    const got = setup.players[side === 0 ? 1 : 0];
    if (stableJson(expected) !== stableJson(got)) out.push({ code: 'counterpart', params: { expected: playerWord(expected), got: playerWord(got) } });
    const assigned = session.sides === 'first' ? 0 : session.sides === 'second' ? 1 : null;
    if (assigned !== null && assigned !== side) out.push({ code: 'side', params: { expected: assigned, got: side } });
  }
  if (session.seed.kind === 'class' && setup.seed !== session.seed.value) out.push({ code: 'seed', params: { expected: session.seed.value, got: setup.seed } });
  if ((setup.rounds ?? null) !== session.rounds) out.push({ code: 'rounds', params: { expected: session.rounds, got: setup.rounds ?? null } });
  const id = sessionId(session);
  // Named last: when nothing above differs, the game was still not started from this session's link or code.
  if (setup.session !== id) out.push({ code: 'session', params: { expected: id, got: setup.session ?? null } });
  return out;
}
