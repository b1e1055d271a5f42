/**
 * The one game session: the compiled scenario, the one XState actor every scene reads and sends
 * to, and the player's UI choices (mode, settings). Scenes decide nothing about the game: they
 * render selectors over `snapshot()` and `send()` events.
 */
import { createActor, type Actor, type Snapshot } from 'xstate';
import { getSettings } from './settings.ts';
import { clearSave, makeSave, writeSave, type GameSummary, type Save } from './save.ts';
import { loadScenario, phaseOf, playerView, setupFor, summitMachine, type ClassSession, type CompiledScenario, type Phase, type PlayerConfig, type PlayerView, type SummitEvent, type SummitMachine } from '../engine/index.ts';
import type { LiveSource } from '../live/client/live-source.ts';

export type SideIndex = 0 | 1;
export type Mode = { kind: 'solo'; side: SideIndex } | { kind: 'hotseat' };
export { applyTextSize, getSettings, TEXT_SIZES, updateSettings, type Settings, type TextSize } from './settings.ts';

let compiled: CompiledScenario | null = null;
let actor: Actor<SummitMachine> | null = null;
let mode: Mode = { kind: 'solo', side: 0 };
let seed = '';
let scenarioFile = '';
/** The scenario file's text, to read it again in another language (readScenarioIn). */
let scenarioSource = '';
/** The teacher's session this page was opened with (?session=CODE): its settings are locked. */
let classSession: { code: string; settings: ClassSession } | null = null;
/** The game before a swap of sides, for the debrief's comparison. */
let previous: GameSummary | null = null;

/** A short random seed; `?seed=` in the URL fixes the first game's seed (for tests and classes). */
export function freshSeed(): string {
  const bytes = new Uint8Array(5);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export function openScenario(c: CompiledScenario, file: string, text: string): void {
  compiled = c;
  scenarioFile = file;
  scenarioSource = text;
  freshActor();
  seed = new URLSearchParams(location.search).get('seed') ?? freshSeed();
}

/**
 * Reads the open scenario again with its texts in this language (English where it has none), for
 * the language setting on the title screen: back at set-up, with a fresh actor on the new reading.
 * The compiled hash does not depend on the language, so saves and result codes stay valid.
 */
export function readScenarioIn(language: string): void {
  if (!compiled || !scenarioSource) return;
  // A language the scenario lacks reads as English: nothing to do when that is what is open.
  if (compiled.language === (compiled.languages.includes(language) ? language : 'en')) return;
  const result = loadScenario(scenarioSource, { warnings: false, language });
  if (!result.ok) return; // it loaded a moment ago: only a changed engine could refuse it now
  compiled = result.compiled;
  previous = null;
  freshActor();
}

// ——— saved progress (save.ts): after every action, in a task of its own ———

let saveTimer = 0;
function scheduleSave(): void {
  if (!saveTimer) saveTimer = window.setTimeout(saveNow, 0);
}

/** Saves the game now; a game back at set-up has nothing to resume, so its save goes. */
export function saveNow(): void {
  clearTimeout(saveTimer);
  saveTimer = 0;
  if (!compiled || !actor) return;
  if (phase() === 'setup') return clearSave();
  const snap = actor.getSnapshot();
  writeSave(makeSave(compiled, snap.context, snap.value, { file: scenarioFile, mode, seed, classCode: classSession?.code ?? null, previous }));
}

/** Picks up a saved game where the check of its moves (readSave) left it: same seed, same dice. */
export function resume(save: Save, snapshot: Snapshot<unknown>): void {
  freshActor(snapshot);
  mode = save.mode;
  seed = save.seed;
  previous = save.previous;
  usedSeeds = 1;
}

// ——— class sessions ———

export function joinClass(code: string, settings: ClassSession): void {
  classSession = { code, settings };
}

export function classSettings(): { code: string; settings: ClassSession } | null {
  return classSession;
}

/** A class session with one seed for everyone keeps it; otherwise each game rolls its own. */
function classSeed(): string | null {
  return classSession?.settings.seed.kind === 'class' ? classSession.settings.seed.value : null;
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
  return live ? live.phase() : phaseOf(snapshot().value);
}

export function send(event: SummitEvent): void {
  if (live) live.send(event);
  else theActor().send(event);
}

/** Calls `fn` after every snapshot change; returns the unsubscribe function. */
export function subscribe(fn: () => void): () => void {
  if (live) return live.subscribe(fn);
  const sub = theActor().subscribe(() => fn());
  return () => sub.unsubscribe();
}

// ——— a live class (src/live/client): the class server runs the game, the scenes read its view ———

let live: LiveSource | null = null;

/** While a live game's talks are open, scenes read and move through the class server. */
export function useLive(source: LiveSource | null): void {
  live = source;
}

export function isLive(): boolean {
  return live !== null;
}

/** What a side sees: from the class server in a live game, else the engine's selector. */
export function viewFor(side: SideIndex): PlayerView | null {
  return live ? live.view() : playerView(scenario(), context(), side);
}

export function title(): string {
  return live ? live.title() : scenario().scenario.title;
}

/** The live talks are over: carry on locally from the finished game's replay (outcome, debrief). */
export function finishLive(c: CompiledScenario, file: string, text: string, replayed: Snapshot<unknown>, side: SideIndex): void {
  live = null;
  compiled = c;
  scenarioFile = file;
  scenarioSource = text;
  classSession = null;
  previous = null;
  freshActor(replayed);
  mode = { kind: 'solo', side };
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

/**
 * Starts a game with the current seed (call rollSeed() first for new dice; keep it to swap sides).
 * In a class session the teacher's settings decide the players, rounds and dice; `names` are the
 * students' names (one per side in a two-player game).
 */
export function startGame(next: Mode, names?: string | [string, string]): string | null {
  if (phase() === 'debrief') send({ type: 'game.restart' });
  else if (phase() !== 'setup') freshActor();
  mode = next;
  if (classSession) {
    const side = next.kind === 'solo' ? next.side : 0;
    const setup = setupFor(classSession.settings, side, seed, names);
    seed = setup.seed;
    send({ type: 'game.setup', setup });
    return context().refusal;
  }
  const players: [PlayerConfig, PlayerConfig] =
    next.kind === 'hotseat' ? [{ kind: 'human' }, { kind: 'human' }] : next.side === 0 ? [{ kind: 'human' }, computer()] : [computer(), { kind: 'human' }];
  send({ type: 'game.setup', setup: { seed, players } });
  return context().refusal;
}

/** The names the current game was set up with, to keep them for the next game. */
export function currentNames(): [string, string] | undefined {
  const n = context().game?.setup.names;
  return n ? [n[0] ?? '', n[1] ?? ''] : undefined;
}

/** A new seed for the next game, unless the player asked for the same dice (or the class shares one). */
export function rollSeed(): void {
  seed = classSeed() ?? freshSeed();
}

let usedSeeds = 0;
/** The first game keeps a `?seed=` from the address bar; later games roll new dice. */
export function rollSeedUnlessFixed(): void {
  if (usedSeeds++ > 0 || !new URLSearchParams(location.search).has('seed')) rollSeed();
}

/** Remembers the finished game before the player swaps sides, for the debrief's comparison. */
export function rememberForSwap(summary: GameSummary): void {
  previous = summary;
}

/** The game played before a swap of sides with these dice, if that is what this game is. */
export function swappedFrom(): GameSummary | null {
  const m = mode;
  if (!previous || m.kind !== 'solo') return null;
  return previous.seed === seed && previous.side !== m.side ? previous : null;
}

/**
 * Back to set-up, discarding the game: a finished game restarts through the machine; one still
 * under way (the machine only restarts from the debrief) is dropped with its actor.
 */
export function backToSetup(): void {
  if (phase() === 'debrief') send({ type: 'game.restart' });
  else if (phase() !== 'setup') freshActor();
  previous = null;
  saveNow();
}

/** A new actor for the open scenario: at set-up, or carrying on from a persisted snapshot. */
function freshActor(snapshot?: Snapshot<unknown>): void {
  actor?.stop();
  actor = createActor(summitMachine(scenario()), snapshot ? { snapshot } : {}).start();
  actor.subscribe(() => scheduleSave());
}
