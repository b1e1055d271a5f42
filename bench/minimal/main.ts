/**
 * The benchmark's baseline: one Phaser 4 scene with one text and the game's scale mode, on
 * Phaser's default renderer (AUTO, i.e. WebGL where available), as a minimal page would be. The
 * game itself chooses the Canvas renderer (src/main.ts says why).
 */
import Phaser from 'phaser';

class Only extends Phaser.Scene {
  constructor() {
    super('Only');
  }

  create(): void {
    this.add.text(40, 40, 'Minimal Phaser 4 page', { fontSize: '32px', color: '#ffffff' });
    this.game.events.once('postrender', () => {
      performance.mark('minimal:first-frame');
    });
  }
}

const parent = document.getElementById('game')!;
new Phaser.Game({
  type: Phaser.AUTO,
  parent,
  banner: false,
  backgroundColor: '#0d1726',
  scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 1280, height: parent.clientHeight || 720 },
  scene: [Only],
});
