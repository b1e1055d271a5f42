/**
 * Render on demand. Little in Summit animates on the canvas: it changes when a screen repaints
 * (the DOM changed, a scroll, a resize), a scene changes, or a map fades a choice in or out. Yet
 * Phaser renders every frame, and under software rendering a full screen of panels and charts made
 * each frame a long main-thread task, even with the student just reading. So the game loop sleeps a
 * few frames after the last request, unless something says it is moving (`moving`), and wakes on
 * the next request. This also spares classroom laptops' batteries.
 */
import type Phaser from 'phaser';

/** Frames rendered after a request: the change itself, plus one for the compositor to settle. */
const FRAMES_PER_REQUEST = 2;

let game: Phaser.Game | null = null;
let framesLeft = 0;
let enabled = false;
/** What is animating on the canvas now (a map fading a layer): the loop stays awake while any is. */
const movers = new Set<object>();
/** For the automation hook: frames rendered, and how many movements have started, since the page opened. */
const counts = { frames: 0, movements: 0 };

export function installRenderOnDemand(g: Phaser.Game): void {
  game = g;
  g.events.on('postrender', () => {
    counts.frames++;
    if (enabled && movers.size === 0 && --framesLeft <= 0) g.loop.sleep();
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

/** `owner` starts or stops moving: while anything moves the loop renders every frame; after, the usual few. */
export function moving(owner: object, on: boolean): void {
  if (on && !movers.has(owner)) counts.movements++;
  if (on) movers.add(owner);
  else movers.delete(owner);
  requestFrames();
}

/** What the loop has done (the automation hook reports it, so a test can see the canvas sleep). */
export function renderStats(): { frames: number; movements: number; moving: number; sleeping: boolean } {
  return { ...counts, moving: movers.size, sleeping: !!game && !game.loop.running };
}
