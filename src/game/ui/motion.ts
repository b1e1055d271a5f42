/**
 * Motion: the game's small movements (the envoy's nod, an emblem's start, the news sliding in, the
 * deal's seal) are CSS animations on the HTML, so the Phaser canvas never has to render for them
 * (render-on-demand.ts keeps it asleep). They stop when the player asks for reduced motion in the
 * settings or the device does (prefers-reduced-motion): the root then carries
 * data-motion="reduced", and faces.css turns every animation and transition off: states change at once.
 */
const QUERY = '(prefers-reduced-motion: reduce)';

let chosen = false;
let watching = false;

/** Whether the device itself asks for reduced motion. */
export function deviceReducesMotion(): boolean {
  return globalThis.matchMedia?.(QUERY).matches ?? false;
}

/** Whether the game moves nothing: the player's setting or the device's. */
export function motionReduced(): boolean {
  return chosen || deviceReducesMotion();
}

/** Applies the player's choice (and follows the device's preference as it changes). */
export function applyMotion(reduce: boolean): void {
  chosen = reduce;
  if (!globalThis.document) return;
  const set = () => {
    document.documentElement.dataset.motion = motionReduced() ? 'reduced' : 'full';
  };
  set();
  if (!watching && globalThis.matchMedia) {
    watching = true;
    globalThis.matchMedia(QUERY).addEventListener('change', set);
  }
}
