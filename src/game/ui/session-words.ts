/**
 * A class session's settings in words, row by row: what students see locked on the title screen
 * (class-panel.ts) and what the teacher's page shows before handing out the link. The sentences are
 * the strings table's (sessionWords); this picks and fills them. Pure: no DOM, no settings.
 */
import { DIFFICULTY_STRATEGY, type ClassSession, type CompiledScenario, type Opponent } from '../../engine/index.ts';
import { isolated } from './dom.ts';
import type { Strings } from './strings/index.ts';

type Words = Pick<Strings, 'sessionWords' | 'difficulty' | 'strategyNames'>;

/** A session's computer counterpart in words: "Hard: The Hardliner", a strategy's name, or a personality's. */
export function opponentWords(c: CompiledScenario, opponent: Opponent, w: Words): string {
  const s = w.sessionWords;
  switch (opponent.kind) {
    case 'difficulty': {
      const p = c.scenario.personalities.find((x) => x.difficulty === opponent.difficulty);
      return s.difficulty(w.difficulty[opponent.difficulty], p ? p.name : w.strategyNames[DIFFICULTY_STRATEGY[opponent.difficulty]]);
    }
    case 'strategy':
      return w.strategyNames[opponent.strategy];
    case 'personality':
      return c.scenario.personalities.find((x) => x.id === opponent.personality)?.name ?? s.notInScenario(opponent.personality);
  }
}

/** The session in plain words, row by row. */
export function sessionSummary(c: CompiledScenario, session: ClassSession, w: Words): { label: string; value: string }[] {
  const s = w.sessionWords;
  const [first, second] = c.scenario.sides.map((x) => x.name);
  const sides = session.mode === 'pair' ? s.pairSides(first, second) : { choose: s.choose, first: s.everyone(first), second: s.everyone(second), alternate: s.bySeat(first, second) }[session.sides];
  const scenarioRounds = c.scenario.deadline.rounds;
  const rounds = session.rounds ?? scenarioRounds;
  const seconds = session.secondsPerRound;
  return [
    { label: s.scenario, value: c.scenario.title },
    { label: s.sides, value: sides },
    { label: s.mode, value: session.mode === 'pair' ? s.pair : s.computer },
    ...(session.mode === 'computer' ? [{ label: s.counterpart, value: opponentWords(c, session.opponent, w) }] : []),
    { label: s.dice, value: session.seed.kind === 'class' ? s.classDice(isolated(session.seed.value)) : s.studentDice },
    { label: s.rounds, value: s.roundsOf(rounds, session.rounds !== null && session.rounds !== scenarioRounds ? scenarioRounds : null) },
    { label: s.time, value: seconds === null ? s.noLimit : seconds % 60 === 0 ? s.minutes(seconds / 60) : s.seconds(seconds) },
    { label: s.real, value: session.revealReal ? s.shown : s.hidden },
  ];
}
