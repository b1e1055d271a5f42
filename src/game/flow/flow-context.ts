/**
 * The app machine's facts (context), the events it takes, and the pure functions its guards and
 * actions decide with: what a start event asks for, which dice and set-up a new game gets, which
 * side the table shows. Headless.
 */
import type { ActorRefFrom, Snapshot } from 'xstate';
import {
  debriefView,
  phaseOf,
  sideForSeat,
  setupFor,
  type ClassSession,
  type CompiledScenario,
  type GameSetup,
  type MoveEvent,
  type Phase,
  type PlayerConfig,
  type Problem,
  type Said,
} from '../../engine/index.ts';
import { resolveSetup } from '../../engine/rules/setup.ts';
import type { gameLogic } from './game-actor.ts';
import { freePlayers, policyOf, sidesHere, type ClassLock, type Mode, type SideIndex } from './seats.ts';

export type GameRef = ActorRefFrom<ReturnType<typeof gameLogic>>;

/** One finished game, kept for the swap-sides comparison on the debrief. */
export interface GameSummary {
  side: SideIndex;
  seed: string;
  kind: string;
  myPoints: number;
  theirPoints: number;
}

/** A private screen and the side it is for. */
export interface Want {
  screen: 'briefing' | 'table';
  side: SideIndex;
}

export interface FlowInput {
  /** `?seed=` in the address: the first game of the visit uses it (tests, a teacher's demo). */
  fixedSeed?: string | null;
  /** Fresh dice for a new game. */
  makeSeed: () => string;
  /** The computer counterpart of a free game (the player's difficulty setting). */
  computer: () => PlayerConfig;
}

export interface FlowContext extends FlowInput {
  fixedSeed: string | null;
  scenario: CompiledScenario | null;
  file: string;
  /** Counts scenarios opened: a newly opened one draws its title afresh. */
  opened: number;
  problems: { file: string; problems: Problem[]; local: boolean } | null;
  lock: ClassLock | null;
  mode: Mode;
  seed: string;
  gamesStarted: number;
  previous: GameSummary | null;
  /** Who is looking at the device now (null: nobody yet), for the hand-over rule. */
  viewer: SideIndex | null;
  want: Want;
  /** The side the shared screens (outcome, debrief) show. */
  side: SideIndex;
  /** Why the last start was refused, or null. */
  refusal: Said | null;
  /** In a class: the names typed on the title, carried to the side choice. */
  names: [string, string] | null;
  game: GameRef | null;
  /** In a live class (src/live): the screen the class server's seat is at; the game runs on the server. */
  live: LiveScreen | null;
}

/** A live class's screens: joining and waiting, then the briefing and the table read the server's view. */
export interface LiveScreen {
  scene: 'Live' | 'Briefing' | 'Table';
  side: SideIndex | null;
}

export type FlowEvent =
  | { type: 'class.join'; code: string; settings: ClassSession }
  | { type: 'scenario.opened'; scenario: CompiledScenario; file: string }
  | { type: 'scenario.translated'; scenario: CompiledScenario }
  | { type: 'scenario.failed'; file: string; problems: Problem[]; local: boolean }
  | { type: 'resume'; mode: Mode; seed: string; classCode: string | null; previous: GameSummary | null; snapshot: Snapshot<unknown> }
  | { type: 'land' }
  | { type: 'play'; names?: [string, string]; seat?: number | null }
  | { type: 'guided' }
  | { type: 'side.choose'; side: SideIndex }
  | { type: 'side.hotseat' }
  | { type: 'back' }
  | { type: 'handover.continue' }
  | { type: 'briefing.done' }
  | { type: 'move'; move: MoveEvent }
  | { type: 'debrief.open' }
  | { type: 'debrief.flip' }
  | { type: 'again' }
  | { type: 'swap' }
  | { type: 'quit' }
  | { type: 'live.show'; scene: LiveScreen['scene']; side: SideIndex | null }
  | { type: 'live.finished'; scenario: CompiledScenario; file: string; side: SideIndex; snapshot: Snapshot<unknown> }
  | { type: 'xstate.snapshot.game'; snapshot: Snapshot<unknown> };

export const other = (s: SideIndex): SideIndex => (s === 0 ? 1 : 0);

export function compiled(ctx: FlowContext): CompiledScenario {
  if (!ctx.scenario) throw new Error('no scenario is open');
  return ctx.scenario;
}

export function gameSnapshot(ctx: FlowContext) {
  return ctx.game?.getSnapshot() ?? null;
}

export function gamePhase(ctx: FlowContext): Phase {
  const s = gameSnapshot(ctx);
  return s ? phaseOf(s.value) : 'setup';
}

/** The mode a start event asks for, or null when it cannot start a game from here. */
export function modeFor(ctx: FlowContext, event: FlowEvent): { mode: Mode; names?: [string, string] } | null {
  const names = ctx.names ?? undefined;
  switch (event.type) {
    case 'guided':
      return { mode: { kind: 'solo', side: 0 } };
    case 'side.choose':
      return { mode: { kind: 'solo', side: event.side }, names };
    case 'side.hotseat':
      return policyOf(ctx.lock, ctx.mode).canHotseat ? { mode: { kind: 'hotseat' } } : null;
    case 'play': {
      // A class decides the mode (pair: both sides here) and maybe the side (the seat rule).
      const s = ctx.lock?.settings;
      if (!s) return null;
      if (s.mode === 'pair') return { mode: { kind: 'hotseat' }, names: event.names };
      const side = sideForSeat(s, event.seat);
      return side === null ? null : { mode: { kind: 'solo', side }, names: event.names };
    }
    case 'again':
      return { mode: ctx.mode, names: currentNames(ctx) };
    case 'swap': {
      if (ctx.mode.kind !== 'solo') return null;
      const n = currentNames(ctx);
      const name = n ? n[0] || n[1] : undefined;
      return { mode: { kind: 'solo', side: other(ctx.mode.side) }, names: name !== undefined ? [name, name] : undefined };
    }
    default:
      return null;
  }
}

export function currentNames(ctx: FlowContext): [string, string] | undefined {
  const n = gameSnapshot(ctx)?.context.game?.setup.names;
  return n ? [n[0] ?? '', n[1] ?? ''] : undefined;
}

/** The dice for a new game: the class's, else `?seed=` for the visit's first game, else fresh (a swap keeps them). */
export function seedFor(ctx: FlowContext, event: FlowEvent): string {
  if (ctx.lock?.settings.seed.kind === 'class') return ctx.lock.settings.seed.value;
  if (event.type === 'swap') return ctx.seed;
  if (ctx.fixedSeed !== null && ctx.gamesStarted === 0) return ctx.fixedSeed;
  return ctx.makeSeed();
}

export function setupOf(ctx: FlowContext, mode: Mode, seed: string, names?: [string, string]): GameSetup {
  if (!ctx.lock) return { seed, players: freePlayers(mode, ctx.computer()) };
  const side = mode.kind === 'solo' ? mode.side : 0;
  // One name in a solo game (the student's), a pair in a two-player game.
  return setupFor(ctx.lock.settings, side, seed, mode.kind === 'solo' && names ? names[0] : names);
}

/** Whether the event asks for a game that can start here. The seed never decides it. */
export function canStart(ctx: FlowContext, event: FlowEvent): boolean {
  const want = modeFor(ctx, event);
  return want !== null && resolveSetup(compiled(ctx), setupOf(ctx, want.mode, ctx.seed, want.names)).ok;
}

/** Why the engine refuses to set up the game the event asks for (null: it does not, or no game is asked for). */
export function startRefusal(ctx: FlowContext, event: FlowEvent): Said | null {
  const want = modeFor(ctx, event);
  const result = want && resolveSetup(compiled(ctx), setupOf(ctx, want.mode, ctx.seed, want.names));
  return result && !result.ok ? result.reason : null;
}

/** The finished game's summary, for the comparison after a swap. */
export function summaryOf(ctx: FlowContext): GameSummary | null {
  const g = gameSnapshot(ctx);
  if (ctx.mode.kind !== 'solo' || !g) return null;
  const d = debriefView(compiled(ctx), g.context, ctx.mode.side);
  return d && { side: ctx.mode.side, seed: ctx.seed, kind: d.outcome.kind, myPoints: d.outcome.myPoints, theirPoints: d.outcome.theirPoints };
}

/** The side the table shows next: the one person here, or (several here) the side to move. */
export function tableSide(ctx: FlowContext): SideIndex {
  const here = sidesHere(ctx.mode);
  if (here.length === 1) return here[0];
  return (gameSnapshot(ctx)?.context.game?.toMove ?? 0) as SideIndex;
}
