/**
 * Offline play: registers the service worker that vite-plugin-pwa builds (sw.js), which caches
 * the game, the teacher's page and the scenarios. Its first install downloads and stores about
 * 1.8 MB; on a 2-core school laptop that work slowed the main thread enough to make the first
 * screens stutter (tasks of 60–100 ms), so it waits until the player has left the page alone
 * for a moment (reading a brief, say). Not under the dev server (import.meta.hot), which has no
 * service worker; import.meta.env.PROD would not do, being false in builds made under Vitest.
 *
 * A new build's worker waits (it does not take over an open page, whose code is the old build's)
 * and the page says so: "a new version is ready — reload". Nothing reloads until the player
 * asks, so a game in progress is never interrupted; and the game saves after every action, so
 * the reload resumes it.
 */
import { el } from './ui/dom.ts';

const QUIET_MS = 2000;
/** How often an open page asks the server for a new build (also whenever it is shown again). */
const CHECK_EVERY_MS = 30 * 60 * 1000;

export interface UpdateWords {
  /** On the prompt, short: it sits in a corner of the screen. */
  ready: string;
  reload: string;
  /** The whole sentence, for screen readers and as its tooltip. */
  sentence: string;
}

function register(words: () => Promise<UpdateWords>): void {
  navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then((registration) => watchForUpdate(registration, words))
    .catch(() => {});
}

/** Shows the prompt once a new worker has installed while this page runs an older one. */
function watchForUpdate(registration: ServiceWorkerRegistration, words: () => Promise<UpdateWords>): void {
  const offer = () => {
    // No controller: this is the first install, not an update.
    if (registration.waiting && navigator.serviceWorker.controller) void words().then((w) => showPrompt(registration, w));
  };
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => installing.state === 'installed' && offer());
  });
  offer();
  const check = () => void registration.update().catch(() => {});
  setInterval(check, CHECK_EVERY_MS);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
}

let prompt: HTMLElement | null = null;

/**
 * One small button over the page's top-left corner (the game's name there): it covers no control
 * and no score, so it can wait there for as long as the player likes.
 */
function showPrompt(registration: ServiceWorkerRegistration, words: UpdateWords): void {
  if (prompt?.isConnected) return;
  const reload = () => {
    // The page reloads once the new worker controls it (and only because the player asked).
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    if (registration.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  };
  // A status region, so a screen reader hears it appear; the button's name is what it shows.
  prompt = el(
    'div',
    { class: 'update-ready', role: 'status', testid: 'update-ready' },
    el('button', { type: 'button', title: words.sentence, testid: 'update-reload', on: { click: reload } }, el('span', null, words.ready), el('strong', null, words.reload)),
  );
  document.body.append(prompt);
}

/** The game's words, loaded only when there is something to say (they are not in the first chunk). */
const gameWords = () => import('./ui/strings/index.ts').then(({ t }) => ({ ready: t.updateReady, reload: t.updateReload, sentence: t.updateSentence }));

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
    const go = () => register(gameWords);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 5000 });
    else go();
  };
  for (const type of inputs) addEventListener(type, quiet, true);
  quiet();
}

/** The teacher's page registers at once: it has no animation for the install to disturb. It brings its own words. */
export function registerOfflineNow(words: UpdateWords): void {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  addEventListener('load', () => register(() => Promise.resolve(words)), { once: true });
}
