/** Boot: applies the saved text size and hands over to the preloader (nothing else to load). */
import Phaser from 'phaser';
import { applyTextSize } from '../session.ts';

export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    applyTextSize();
    this.scene.start('Preload');
  }
}
