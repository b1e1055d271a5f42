/**
 * Offline play: registers the service worker that vite-plugin-pwa builds (sw.js), which caches
 * the game, the teacher's page and the scenarios. Its first install downloads and stores about
 * 1.8 MB; on a 2-core school laptop that work slowed the main thread enough to make the first
 * screens stutter (tasks of 60–100 ms), so it waits until the player has left the page alone
 * for a moment (reading a brief, say). Not under the dev server (import.meta.hot), which has no
 * service worker; import.meta.env.PROD would not do, being false in builds made under Vitest.
 */
const QUIET_MS = 2000;

function register(): void {
  void navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {});
}

export function registerOfflineWhenQuiet(): void {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  let timer = 0;
  const inputs = ['keydown', 'pointerdown', 'wheel'] as const;
  const quiet = () => {
    clearTimeout(timer);
    timer = window.setTimeout(whenIdle, QUIET_MS);
  };
  const whenIdle = () => {
    for (const type of inputs) removeEventListener(type, quiet, true);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(register, { timeout: 5000 });
    else register();
  };
  for (const type of inputs) addEventListener(type, quiet, true);
  quiet();
}

/** The teacher's page registers at once: it has no animation for the install to disturb. */
export function registerOfflineNow(): void {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  addEventListener('load', register, { once: true });
}
