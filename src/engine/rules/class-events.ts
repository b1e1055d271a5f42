/**
 * What a live class's teacher can do to a table in the middle of the talks (machine/events.ts
 * ClassEvent): end them now, as if the deadline had arrived, or release one of the scenario's news
 * events. Pure: each returns a new state or a reason, like applyMove.
 */
import type { CompiledScenario } from '../scenario/compile.ts';
import type { ApplyResult } from './apply.ts';
import { partialOrBreakdown } from './outcomes.ts';
import { said } from '../words/codes.ts';
import { fire } from './events.ts';
import { resolveSetup } from './setup.ts';
import type { GameState, PlayerConfig } from './state.ts';

export function endTalksNow(c: CompiledScenario, state: GameState): ApplyResult {
  if (state.outcome) return { ok: false, reason: said('refusal.talksOver') };
  const next = JSON.parse(JSON.stringify(state)) as GameState;
  next.outcome = partialOrBreakdown(c, next);
  return { ok: true, state: next };
}

export function releaseNews(c: CompiledScenario, state: GameState, eventId: string): ApplyResult {
  if (state.outcome) return { ok: false, reason: said('refusal.talksOver') };
  const event = c.scenario.events.find((e) => e.id === eventId);
  if (!event) return { ok: false, reason: said('refusal.noSuchEvent', { event: String(eventId) }) };
  const next = JSON.parse(JSON.stringify(state)) as GameState;
  fire(c, next, event);
  return { ok: true, state: next };
}

export function computerTakesOver(c: CompiledScenario, state: GameState, side: 0 | 1, player: PlayerConfig): ApplyResult {
  if (state.outcome) return { ok: false, reason: said('refusal.talksOver') };
  if (side !== 0 && side !== 1) return { ok: false, reason: said('refusal.noSuchSide') };
  if (player?.kind !== 'computer') return { ok: false, reason: said('refusal.takeoverNotComputer') };
  const resolved = resolveSetup(c, { seed: state.setup.seed, players: [player, player] });
  if (!resolved.ok) return { ok: false, reason: resolved.reason };
  const next = JSON.parse(JSON.stringify(state)) as GameState;
  next.profiles[side] = resolved.profiles[0];
  return { ok: true, state: next };
}
