/**
 * Boot: applies the saved text size, then opens the title as soon as the rest of the game's code
 * and the scenario are in hand. The scenario usually finished downloading while Phaser booted
 * (public/prefetch.js), so rather than paint a loading screen for a single frame, Boot waits
 * briefly and goes straight to the title; only a slow download or a broken scenario shows the
 * Preload screen. Boot imports neither the engine nor the other scenes (see main.ts).
 */
import Phaser from 'phaser';
import { checkedScenario, scenarioFromUrl, scenarioText } from '../scenario-url.ts';
import { applyTextSize } from '../settings.ts';

/** How long a download may still take before the loading screen (with its progress bar) shows. */
const FAST_PATH_MS = 150;

type Rest = typeof import('./all.ts');

export class Boot extends Phaser.Scene {
  /** The rest of the game, registered with Phaser once loaded (set by main.ts). */
  static ready: Promise<Rest>;

  constructor() {
    super('Boot');
  }

  create(): void {
    applyTextSize();
    const choice = scenarioFromUrl();
    // A class session link names its scenario inside the code: Preload reads it with the engine.
    if ('error' in choice || new URLSearchParams(location.search).has('session')) {
      void Boot.ready.then(() => this.scene.start('Preload'));
      return;
    }
    const pending = scenarioText(choice.file);
    const checked = checkedScenario(choice.file);
    let settled = false;
    const handOver = (data: object) => {
      settled = true;
      void Boot.ready.then(() => this.scene.start('Preload', { file: choice.file, checked, ...data }));
    };
    const timer = setTimeout(() => settled || handOver({ pending }), FAST_PATH_MS);
    Promise.all([Boot.ready, pending, checked]).then(
      ([rest, text, light]) => {
        if (settled) return;
        clearTimeout(timer);
        const problems = rest.openScenarioText(choice.file, text, light);
        if (problems) handOver({ problems });
        else {
          settled = true;
          rest.landing(); // the saved game, or the title (the scene router starts it)
        }
      },
      () => {
        if (settled) return;
        clearTimeout(timer);
        handOver({ pending });
      },
    );
  }
}
