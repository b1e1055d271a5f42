/**
 * Words the teacher page builds from facts: a session in plain words (what students will see), a
 * computer counterpart's name, and the engine's reasons in the page's language. The sentences are
 * in the strings tables (strings/); this only picks and fills them.
 */
import { DIFFICULTIES, DIFFICULTY_STRATEGY, NO_NAME, STRATEGIES, type ClassSession, type CompiledScenario, type Difficulty, type Opponent, type PlayerConfig, type Strategy } from '../engine/index.ts';
import { isolated } from '../game/ui/dom.ts';
import { t } from '../game/ui/strings/index.ts';
import { pageLanguage, tt } from './strings/index.ts';
import { reasonFr } from './strings/reasons-fr.ts';

/** A session's computer counterpart in words: "Hard: The Hardliner", a strategy's name, or a personality's. */
export function opponentWords(c: CompiledScenario, opponent: Opponent): string {
  const s = tt.summary;
  switch (opponent.kind) {
    case 'difficulty': {
      const p = c.scenario.personalities.find((x) => x.difficulty === opponent.difficulty);
      return s.difficulty(t.difficulty[opponent.difficulty], p ? p.name : t.strategyNames[DIFFICULTY_STRATEGY[opponent.difficulty]]);
    }
    case 'strategy':
      return t.strategyNames[opponent.strategy];
    case 'personality':
      return c.scenario.personalities.find((x) => x.id === opponent.personality)?.name ?? s.notInScenario(opponent.personality);
  }
}

/** A played game's counterpart: a personality's name, a strategy's or a difficulty's; "a classmate" when both sides were people. */
export function playerWords(c: CompiledScenario | null, player: PlayerConfig | undefined): string {
  if (!player || player.kind === 'human') return tt.classmate;
  return idWords(c, player.personality ?? player.strategy ?? player.difficulty ?? 'normal');
}

/** A counterpart named by its id (a personality, a strategy or a difficulty), in words. */
export function idWords(c: CompiledScenario | null, id: string): string {
  const personality = c?.scenario.personalities.find((p) => p.id === id);
  if (personality) return personality.name;
  if ((STRATEGIES as readonly string[]).includes(id)) return t.strategyNames[id as Strategy];
  if ((DIFFICULTIES as readonly string[]).includes(id)) return t.difficulty[id as Difficulty];
  return id === 'human' ? tt.classmate : id;
}

/** The session in plain words, row by row, as students will see it. */
export function sessionSummary(c: CompiledScenario, session: ClassSession): { label: string; value: string }[] {
  const s = tt.summary;
  const [first, second] = c.scenario.sides.map((x) => x.name);
  const sides = session.mode === 'pair' ? s.pairSides(first, second) : { choose: s.choose, first: s.everyone(first), second: s.everyone(second), alternate: s.bySeat(first, second) }[session.sides];
  const scenarioRounds = c.scenario.deadline.rounds;
  const rounds = session.rounds ?? scenarioRounds;
  const seconds = session.secondsPerRound;
  return [
    { label: s.scenario, value: c.scenario.title },
    { label: s.sides, value: sides },
    { label: s.mode, value: session.mode === 'pair' ? s.pair : s.computer },
    ...(session.mode === 'computer' ? [{ label: s.counterpart, value: opponentWords(c, session.opponent) }] : []),
    { label: s.dice, value: session.seed.kind === 'class' ? s.classDice(isolated(session.seed.value)) : s.studentDice },
    { label: s.rounds, value: s.roundsOf(rounds, session.rounds !== null && session.rounds !== scenarioRounds ? scenarioRounds : null) },
    { label: s.time, value: seconds === null ? s.noLimit : seconds % 60 === 0 ? s.minutes(seconds / 60) : s.seconds(seconds) },
    { label: s.real, value: session.revealReal ? s.shown : s.hidden },
  ];
}

/** The engine's English reason in the page's language (English when no table line knows it). */
export function reasonText(reason: string): string {
  return pageLanguage === 'fr' ? (reasonFr(reason) ?? reason) : reason;
}

/** A result's students' names; the engine's mark for a game without one, in words. */
export function nameText(name: string): string {
  return name === NO_NAME ? tt.noName : name;
}
