/**
 * What a screen reader should hear as it happens: the counterpart's reply, the news, the outcome.
 * One polite live region outside the screens (their DOM is rebuilt and morphed on every move, and
 * a region that is replaced is not read), and each kind of message is read only when its words
 * change, so a redraw never says the same reply twice.
 */
import { el } from './dom.ts';

let region: HTMLElement | null = null;
const last = new Map<string, string>();

/** The live region, made once and kept in <body> for the page's life. */
function liveRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = el('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'false', testid: 'announcer', id: 'announcer' });
  document.body.append(region);
  return region;
}

/** Made as soon as a screen starts, so it is in the page before anything is said into it. */
export function prepareAnnouncer(): void {
  liveRegion();
}

/**
 * Says `text` politely, unless `kind` last said the same thing (`key`, by default the words: then
 * nothing, unchanged text is not read again). Each message is its own paragraph; older ones go once there are a few.
 */
export function announce(kind: string, text: string, key = text): void {
  if (!text || last.get(kind) === key) return;
  last.set(kind, key);
  const live = liveRegion();
  live.append(el('p', { 'data-kind': kind }, text));
  while (live.childElementCount > 4) live.firstElementChild?.remove();
}

/** A screen starts afresh: what it shows may be said again. */
export function forgetAnnounced(): void {
  last.clear();
  region?.replaceChildren();
}
