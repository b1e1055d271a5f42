/**
 * The automation hook, on only with `?automation=1`: read-only JSON of the game for tests and
 * tooling. The game never reads it.
 */
import type Phaser from 'phaser';
import { automationState } from '../engine/index.ts';
import * as session from './session.ts';
import { renderStats } from './ui/render-on-demand.ts';

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export interface SummitHook {
  /** automationState(): phase, round, items and their status, offers, utilities, outcome. */
  state(): unknown;
  /** Every event sent since game.setup (replays the game in the engine). */
  log(): unknown[];
  /** What the browser shows: scene, side being viewed, mode, seed, scenario file. */
  ui(): { scene: string | null; side: number; mode: session.Mode; seed: string; scenario: string } | null;
  /** The game loop: frames rendered and movements started so far, what moves now, and whether it sleeps (render-on-demand.ts). */
  render(): ReturnType<typeof renderStats>;
}

export function installAutomationHook(game: Phaser.Game): void {
  const hook: SummitHook = Object.freeze({
    state: () => (session.hasScenario() ? copy(automationState(session.scenario(), session.context(), session.phase())) : null),
    log: () => (session.hasScenario() ? copy(session.context().log) : []),
    ui: () => {
      if (!session.hasScenario()) return null;
      const active = game.scene.getScenes(true)[0];
      return copy({ scene: active ? active.sys.settings.key : null, side: session.viewSide(), mode: session.currentMode(), seed: session.currentSeed(), scenario: session.file() });
    },
    render: () => renderStats(),
  });
  Object.defineProperty(window, '__summit', { value: hook, writable: false, configurable: false });
}
