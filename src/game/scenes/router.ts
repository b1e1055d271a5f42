/**
 * The scene router: starts the scene the app machine's state names (flow/screens.ts) whenever it
 * changes. Scenes send events to the flow and never start one another.
 */
import type Phaser from 'phaser';
import * as session from '../session.ts';
import { sameScreen, type Screen as FlowScreen } from '../flow/screens.ts';
import { requestFrames } from '../ui/render-on-demand.ts';
import { Screen } from '../ui/Screen.ts';

export function installRouter(game: Phaser.Game): void {
  let shown: FlowScreen | null = null;
  session.subscribe(() => {
    const next = session.screen();
    if (next === null || sameScreen(shown, next)) return;
    shown = next;
    const active = game.scene.getScenes(true)[0];
    // The screen on its way out renders nothing more (a pending render would take the next screen's notice).
    if (active instanceof Screen) active.depart();
    requestFrames(); // Phaser switches scenes during a game step
    if (active) active.scene.start(next.scene, next.data);
    else game.scene.start(next.scene, next.data);
  });
}
