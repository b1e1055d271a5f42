/**
 * Everything past Boot: the scenes, the engine (zod, XState, the rules) and the automation hook.
 * main.ts imports this module dynamically, so the browser evaluates it while Phaser is still
 * booting (WebGL set-up, default textures) instead of before Phaser can even start.
 */
import type Phaser from 'phaser';
import { installAutomationHook } from '../automation.ts';
import { installLiveReload } from '../live-reload.ts';
import { installRouter } from './router.ts';
import { Briefing } from './Briefing.ts';
import { Debrief } from './Debrief.ts';
import { Handover } from './Handover.ts';
import { Live } from './Live.ts';
import { Outcome } from './Outcome.ts';
import { openScenarioText, Preload } from './Preload.ts';
import { SideChoice } from './SideChoice.ts';
import { Table } from './Table.ts';
import { Title } from './Title.ts';

export { openScenarioText };
export { landing } from '../landing.ts';

const SCENES: [string, typeof Phaser.Scene][] = [
  ['Preload', Preload],
  ['Title', Title],
  ['SideChoice', SideChoice],
  ['Handover', Handover],
  ['Briefing', Briefing],
  ['Table', Table],
  ['Outcome', Outcome],
  ['Debrief', Debrief],
  ['Live', Live],
];

/** Registers the scenes with the game (not started), the router that starts them and, with ?automation=1, the hook. */
export function installScenes(game: Phaser.Game): void {
  for (const [key, scene] of SCENES) if (!game.scene.getScene(key)) game.scene.add(key, scene, false);
  installRouter(game);
  if (new URLSearchParams(location.search).get('automation') === '1') installAutomationHook(game);
  installLiveReload(game);
}
