/**
 * Entry point: one Phaser 4 game whose scenes are thin views over the session's XState actor.
 * Only Boot is loaded up front; the rest (src/game/scenes/all.ts) is imported dynamically so it
 * is evaluated while Phaser boots, not before.
 */
import Phaser from 'phaser';
import './game/ui/styles.css';
import { Boot } from './game/scenes/Boot.ts';
import { COLORS, CSS_COLOR } from './game/ui/theme.ts';

const parent = document.getElementById('game')!;
const rest = import('./game/scenes/all.ts');

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent,
  backgroundColor: CSS_COLOR(COLORS.bg),
  banner: false,
  dom: { createContainer: true },
  input: { keyboard: false, gamepad: false },
  scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 1280, height: parent.clientHeight || 720 },
  fps: { limit: 30 },
  scene: [Boot],
});

Boot.ready = rest.then((m) => {
  m.installScenes(game);
  return m;
});
