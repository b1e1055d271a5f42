/**
 * The one game session: the compiled scenario, the one XState actor every scene reads and sends
 * to, and the player's UI choices (mode, settings). Scenes decide nothing about the game: they
 * render selectors over `snapshot()` and `send()` events.
 */
import { createActor, type Actor } from 'xstate';
import { getSettings } from './settings.ts';
import { phaseOf, summitMachine, type CompiledScenario, type Phase, type PlayerConfig, type SummitEvent, type SummitMachine } from '../engine/index.ts';

export type SideIndex = 0 | 1;
export type Mode = { kind: 'solo'; side: SideIndex } | { kind: 'hotseat' };
export { applyTextSize, getSettings, TEXT_SIZES, updateSettings, type Settings, type TextSize } from './settings.ts';

let compiled: CompiledScenario | null = null;
let actor: Actor<SummitMachine> | null = null;
let mode: Mode = { kind: 'solo', side: 0 };
let seed = '';
let scenarioFile = '';

/** A short random seed; `?seed=` in the URL fixes the first game's seed (for tests and classes). */
export function freshSeed(): string {
  const bytes = new Uint8Array(5);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export function openScenario(c: CompiledScenario, file: string): void {
  compiled = c;
  scenarioFile = file;
  actor?.stop();
  actor = createActor(summitMachine(c)).start();
  seed = new URLSearchParams(location.search).get('seed') ?? freshSeed();
}

export function scenario(): CompiledScenario {
  if (!compiled) throw new Error('no scenario loaded');
  return compiled;
}

export function hasScenario(): boolean {
  return compiled !== null;
}

export function file(): string {
  return scenarioFile;
}

function theActor(): Actor<SummitMachine> {
  if (!actor) throw new Error('no scenario loaded');
  return actor;
}

export function snapshot() {
  return theActor().getSnapshot();
}

export function context() {
  return snapshot().context;
}

export function phase(): Phase {
  return phaseOf(snapshot().value);
}

export function send(event: SummitEvent): void {
  theActor().send(event);
}

/** Calls `fn` after every snapshot change; returns the unsubscribe function. */
export function subscribe(fn: () => void): () => void {
  const sub = theActor().subscribe(() => fn());
  return () => sub.unsubscribe();
}

export function currentMode(): Mode {
  return mode;
}

export function currentSeed(): string {
  return seed;
}

/** The side a single player sees; in hot-seat play, the side to move. */
export function viewSide(): SideIndex {
  if (mode.kind === 'solo') return mode.side;
  const g = context().game;
  return (g?.toMove ?? 0) as SideIndex;
}

function computer(): PlayerConfig {
  return { kind: 'computer', difficulty: getSettings().difficulty };
}

/** Starts a game with the current seed (call rollSeed() first for new dice; keep it to swap sides). */
export function startGame(next: Mode): string | null {
  if (phase() !== 'setup') send({ type: 'game.restart' });
  mode = next;
  const players: [PlayerConfig, PlayerConfig] =
    next.kind === 'hotseat' ? [{ kind: 'human' }, { kind: 'human' }] : next.side === 0 ? [{ kind: 'human' }, computer()] : [computer(), { kind: 'human' }];
  send({ type: 'game.setup', setup: { seed, players } });
  return context().refusal;
}

/** A new seed for the next game, unless the player asked for the same dice. */
export function rollSeed(): void {
  seed = freshSeed();
}

let usedSeeds = 0;
/** The first game keeps a `?seed=` from the address bar; later games roll new dice. */
export function rollSeedUnlessFixed(): void {
  if (usedSeeds++ > 0 || !new URLSearchParams(location.search).has('seed')) seed = freshSeed();
}

export function backToSetup(): void {
  if (phase() !== 'setup') send({ type: 'game.restart' });
}
