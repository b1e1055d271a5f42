/**
 * Render on demand. Nothing in Summit animates on the canvas: it changes only when a screen
 * repaints (the DOM changed, a scroll, a resize) or a scene changes. Yet Phaser renders every
 * frame, and under software rendering a full screen of panels and charts made each frame a long
 * main-thread task, even with the student just reading. So the game loop sleeps a few frames
 * after the last request and wakes on the next one. This also spares classroom laptops' batteries.
 */
import type Phaser from 'phaser';

/** Frames rendered after a request: the change itself, plus one for the compositor to settle. */
const FRAMES_PER_REQUEST = 2;

let game: Phaser.Game | null = null;
let framesLeft = 0;
let enabled = false;

export function installRenderOnDemand(g: Phaser.Game): void {
  game = g;
  g.events.on('postrender', () => {
    if (enabled && --framesLeft <= 0) g.loop.sleep();
  });
  // The Scale Manager notices a resized window during a step, so a resize must wake the loop.
  window.addEventListener('resize', () => requestFrames());
}

/** Starts sleeping when idle: from the first screen on (boot and loading keep the loop running). */
export function enableRenderOnDemand(): void {
  enabled = true;
  requestFrames();
}

/** Renders the next few frames (and processes pending scene changes). */
export function requestFrames(frames = FRAMES_PER_REQUEST): void {
  framesLeft = Math.max(framesLeft, frames);
  if (game && !game.loop.running) game.loop.wake(true);
}
