/**
 * Words the teacher page builds from facts: a session in plain words (what students will see), a
 * computer counterpart's name, and the engine's reasons in the page's language. The sentences are
 * in the strings tables (strings/); this only picks and fills them.
 */
import { DIFFICULTIES, NO_NAME, STRATEGIES, type ClassSession, type CompiledScenario, type Difficulty, type PlayerConfig, type Strategy } from '../engine/index.ts';
import { sessionSummary as summaryIn } from '../game/ui/session-words.ts';
import { t } from '../game/ui/strings/index.ts';
import { pageLanguage, tt } from './strings/index.ts';
import { reasonFr } from './strings/reasons-fr.ts';

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

/** The session in plain words, row by row, as students will see it (the game's words, in the page's language). */
export function sessionSummary(c: CompiledScenario, session: ClassSession): { label: string; value: string }[] {
  return summaryIn(c, session, t);
}

/** The engine's English reason in the page's language (English when no table line knows it). */
export function reasonText(reason: string): string {
  return pageLanguage === 'fr' ? (reasonFr(reason) ?? reason) : reason;
}

/** A result's students' names; the engine's mark for a game without one, in words. */
export function nameText(name: string): string {
  return name === NO_NAME ? tt.noName : name;
}
