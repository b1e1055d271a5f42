/**
 * The page's one app actor (flow/app-machine.ts) and the browser around it: the address bar's
 * `?seed=`, the player's settings, and saving after every action. Scenes read the flow and its
 * game through these functions and send events; what happens next is the machine's to decide.
 */
import { createActor, type Snapshot } from 'xstate';
import { type CheckedScenario, openChecked } from '../engine/scenario/checked.ts';
import { getSettings } from './settings.ts';
import { clearSave, makeSave, writeSave, type Save } from './save.ts';
import { appMachine, gamePhase, gameSnapshot, type FlowEvent, type GameSummary } from './flow/app-machine.ts';
import { policyOf, type Mode, type Policy, type SideIndex } from './flow/seats.ts';
import { screenOf, type Screen } from './flow/screens.ts';
import {
  loadScenario,
  withoutDirectionControls,
  type ClassSession,
  type CompiledScenario,
  type MoveEvent,
  type Phase,
  type PlayerView,
  type Said,
  type SummitContext,
  playerView,
} from '../engine/index.ts';
import type { LiveSource } from '../live/client/live-source.ts';

export type { Mode, SideIndex } from './flow/seats.ts';
export { applyTextSize, getSettings, TEXT_SIZES, updateSettings, type Settings, type TextSize } from './settings.ts';

/** A short random seed; `?seed=` in the URL fixes the first game's seed (for tests and classes). */
export function freshSeed(): string {
  const bytes = new Uint8Array(5);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** `?seed=` from the address bar, with any direction controls taken out (they would reverse the text around it). */
function seedAsked(): string | null {
  const asked = new URLSearchParams(location.search).get('seed');
  return asked === null ? null : withoutDirectionControls(asked);
}

const flow = createActor(appMachine, {
  input: {
    fixedSeed: seedAsked(),
    makeSeed: freshSeed,
    computer: () => ({ kind: 'computer', difficulty: getSettings().difficulty }),
  },
}).start();
flow.subscribe(() => scheduleSave());

/** The scenario file's text, to read it again in another language (readScenarioIn). */
let scenarioSource = '';
/** The language its texts were read in (the interface's when it was opened). */
let scenarioReadIn = '';
/** Its build-checked form, for a shipped file (src/engine/scenario/checked.ts). */
let scenarioChecked: CheckedScenario | null = null;

export function send(event: FlowEvent): void {
  flow.send(event);
}

/** A move in the game under way (the flow passes it to the game). */
export function move(event: MoveEvent): void {
  if (live) live.send(event);
  else flow.send({ type: 'move', move: event });
}

/** Calls `fn` after every change of the flow or its game; returns the unsubscribe function. */
export function subscribe(fn: () => void): () => void {
  const sub = flow.subscribe(() => fn());
  // In a live game the server's view changes too (the partner's moves arrive).
  const fromLive = live?.subscribe(fn);
  return () => {
    sub.unsubscribe();
    fromLive?.();
  };
}

export function flowSnapshot() {
  return flow.getSnapshot();
}

/** The screen the flow shows now. */
export function screen(): Screen | null {
  return screenOf(flow.getSnapshot());
}

const ctx = () => flow.getSnapshot().context;

export function openScenario(c: CompiledScenario, file: string, text: string, checked: CheckedScenario | null = null): void {
  scenarioSource = text;
  scenarioChecked = checked;
  scenarioReadIn = getSettings().language;
  flow.send({ type: 'scenario.opened', scenario: c, file });
}

/**
 * Reads the open scenario again with its texts in this language (English where it has none), for
 * the language setting on the title screen. The compiled hash does not depend on the language,
 * so saves and result codes stay valid.
 */
export function readScenarioIn(language: string): void {
  const c = ctx().scenario;
  if (!c || !scenarioSource) return;
  // Even a language the scenario does not list may have some texts (its map's names): read it again unless it is the one open.
  if (language === scenarioReadIn) return;
  scenarioReadIn = language;
  // A shipped file's checked form reads it again without building the schema (a long task).
  const light = scenarioChecked && openChecked(scenarioSource, scenarioChecked, language);
  if (light) return void flow.send({ type: 'scenario.translated', scenario: light });
  const result = loadScenario(scenarioSource, { warnings: false, language });
  if (result.ok) flow.send({ type: 'scenario.translated', scenario: result.compiled });
}

// ——— saved progress (save.ts): after every action, in a task of its own ———

let saveTimer = 0;
function scheduleSave(): void {
  if (!saveTimer) saveTimer = window.setTimeout(saveNow, 0);
}

/** Saves the game now; with no game under way (the title, the side choice) there is nothing to resume. */
export function saveNow(): void {
  clearTimeout(saveTimer);
  saveTimer = 0;
  const s = flow.getSnapshot();
  if (!s.context.scenario || s.matches('opening') || s.matches('problems')) return;
  const game = gameSnapshot(s.context);
  if (!game || gamePhase(s.context) === 'setup') return clearSave();
  const { mode, seed, lock, previous, file } = s.context;
  writeSave(makeSave(s.context.scenario, game.context, game.value, { file, mode, seed, classCode: lock?.code ?? null, previous }));
}

/** Picks up a saved game where the check of its moves (readSave) left it, if the flow allows it here. */
export function resume(save: Save, snapshot: Snapshot<unknown>): boolean {
  const reload = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'reload';
  flow.send({ type: 'resume', mode: save.mode, seed: save.seed, classCode: save.classCode, previous: save.previous, snapshot, reload });
  return flow.getSnapshot().matches('playing');
}

export function joinClass(code: string, settings: ClassSession): void {
  flow.send({ type: 'class.join', code, settings });
}

export function classSettings(): { code: string; settings: ClassSession } | null {
  return ctx().lock;
}

/** What the class session (if any) allows in this mode. */
export function policy(): Policy {
  return policyOf(ctx().lock, ctx().mode);
}

export function scenario(): CompiledScenario {
  const c = ctx().scenario;
  if (!c) throw new Error('no scenario loaded');
  return c;
}

export function hasScenario(): boolean {
  return ctx().scenario !== null;
}

export function file(): string {
  return ctx().file;
}

/** The game's snapshot (a game at set-up when none is under way). */
export function snapshot() {
  const g = gameSnapshot(ctx());
  if (!g) throw new Error('no game under way');
  return g;
}

/** The game's context; with no game under way, an empty one at set-up. */
export function context(): SummitContext {
  const g = gameSnapshot(ctx());
  if (g) return g.context;
  const c = scenario();
  return { scenarioId: c.scenario.id, scenarioHash: c.hash, game: null, refusal: null, log: [] };
}

export function phase(): Phase {
  return live ? live.phase() : gamePhase(ctx());
}

export function hasGame(): boolean {
  return ctx().game !== null;
}

export function currentMode(): Mode {
  return ctx().mode;
}

export function currentSeed(): string {
  return ctx().seed;
}

/** The side on screen: the one whose private screen shows, or the side the debrief is turned to. */
export function viewSide(): SideIndex {
  const s = flow.getSnapshot();
  return s.matches({ playing: 'outcome' }) || s.matches({ playing: 'debrief' }) ? s.context.side : s.context.want.side;
}

/** Why the last start was refused, or null. */
export function refusal(): Said | null {
  return ctx().refusal;
}

/** The game played before a swap of sides with these dice, if that is what this game is. */
export function swappedFrom(): GameSummary | null {
  const { previous, mode, seed } = ctx();
  if (!previous || mode.kind !== 'solo') return null;
  return previous.seed === seed && previous.side !== mode.side ? previous : null;
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

/** Shows a live class's screen (joining and waiting, the briefing, the table) for this seat. */
export function showLive(scene: 'Live' | 'Briefing' | 'Table', side: SideIndex | null): void {
  flow.send({ type: 'live.show', scene, side });
}

/** The brief is read: the class server opens the talks when the table and the teacher are ready. */
export function liveBriefingDone(side: SideIndex): void {
  live?.send({ type: 'briefing.done' });
  showLive('Live', side);
}

/** What a side sees: from the class server in a live game, else the engine's selector. */
export function viewFor(side: SideIndex): PlayerView | null {
  return live ? live.view() : playerView(scenario(), context(), side);
}

export function title(): string {
  return live ? live.title() : scenario().scenario.title;
}

/** The live talks are over: carry on here from the finished game's replay (outcome, debrief). */
export function finishLive(c: CompiledScenario, file: string, text: string, replayed: Snapshot<unknown>, side: SideIndex): void {
  live = null;
  scenarioSource = text;
  scenarioChecked = null;
  flow.send({ type: 'live.finished', scenario: c, file, side, snapshot: replayed });
}
