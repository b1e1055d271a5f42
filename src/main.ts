/**
 * Entry point: one Phaser 4 game whose scenes are thin views over the session's XState actor.
 * Only Boot is loaded up front; the rest (src/game/scenes/all.ts) is imported dynamically so it
 * is evaluated while Phaser boots, not before.
 */
import Phaser from 'phaser';
import './game/ui/styles.css';
import './game/ui/features.css';
import './game/ui/a11y.css';
import './game/ui/responsive.css';
import './game/ui/faces.css';
import { Boot } from './game/scenes/Boot.ts';
import { registerOfflineWhenQuiet } from './game/offline.ts';
import { warmFontsAfterTitle } from './game/warm-fonts.ts';
import { installRenderOnDemand } from './game/ui/render-on-demand.ts';
import { COLORS, CSS_COLOR } from './game/ui/theme.ts';

const parent = document.getElementById('game')!;
const rest = import('./game/scenes/all.ts');

// The Canvas renderer, deliberately. The game draws only flat panels, meters and charts beneath
// its HTML, which need nothing from WebGL. Where WebGL runs in software (SwiftShader: headless
// Chromium, and school machines whose GPU is blocklisted), every WebGL frame had to be read back
// for the compositor, and the main thread waited 30–130 ms for it on each frame ("GPU stall due to
// ReadPixels"); 2D canvas frames cost a few milliseconds. It also reaches its first frame sooner.
const game = new Phaser.Game({
  type: Phaser.CANVAS,
  parent,
  backgroundColor: CSS_COLOR(COLORS.bg),
  banner: false,
  dom: { createContainer: true },
  input: { keyboard: false, gamepad: false },
  // The game makes no sound: without an AudioContext, a slow device starts the title sooner.
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 1280, height: parent.clientHeight || 720 },
  fps: { limit: 30 },
  scene: [Boot],
});

installRenderOnDemand(game);
warmFontsAfterTitle();
registerOfflineWhenQuiet();

Boot.ready = rest.then((m) => {
  m.installScenes(game);
  return m;
});
