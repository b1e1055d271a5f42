/**
 * Tiny DOM builder. Text goes in through textContent only — never innerHTML — because scenario
 * text is untrusted.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  class?: string;
  key?: string;
  testid?: string;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (e: HTMLElementEventMap[K]) => void }>;
  style?: Partial<CSSStyleDeclaration>;
  [attr: string]: unknown;
}

/**
 * The listeners el() attached to each element. A screen that updates in place (Screen's
 * `updatesInPlace`) keeps the old element and takes the new render's listeners over with
 * `adoptListeners`, since the old ones may close over stale values.
 */
const listeners = new WeakMap<Element, [string, EventListener][]>();

/** Moves the listeners el() gave `next` onto `kept`, replacing the ones `kept` had. */
export function adoptListeners(kept: Element, next: Element): void {
  const old = listeners.get(kept);
  const fresh = listeners.get(next);
  if (!old && !fresh) return;
  for (const [type, fn] of old ?? []) kept.removeEventListener(type, fn);
  for (const [type, fn] of fresh ?? []) kept.addEventListener(type, fn);
  if (fresh) listeners.set(kept, fresh);
  else listeners.delete(kept);
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'class') node.className = String(value);
      else if (name === 'key') node.dataset.key = String(value);
      else if (name === 'testid') node.dataset.testid = String(value);
      else if (name === 'on') {
        const pairs = Object.entries(value as Record<string, EventListener>);
        for (const [type, fn] of pairs) node.addEventListener(type, fn);
        listeners.set(node, pairs);
      } else if (name === 'style') Object.assign(node.style, value);
      else if (value === true) node.setAttribute(name, '');
      else node.setAttribute(name, String(value));
    }
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function text(tag: keyof HTMLElementTagNameMap, content: string, attrs: Attrs | null = null): HTMLElement {
  return el(tag, attrs, content);
}

/**
 * Untrusted text (a name, a seed, a file name) set inside a sentence of ours, isolated for
 * direction as <bdi> would: right-to-left letters in it cannot reorder the words around it.
 * Direction controls inside it are dropped first (a stray one could end the isolation early).
 */
export function isolated(text: string): string {
  return `\u2068${text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '')}\u2069`;
}

/** A button with a visible shortcut hint. */
export function button(label: string, onClick: () => void, attrs: Attrs & { shortcut?: string; variant?: string } = {}): HTMLButtonElement {
  const { shortcut, variant, ...rest } = attrs;
  const b = el('button', { type: 'button', class: `btn ${variant ?? ''} ${rest.class ?? ''}`.trim(), ...rest, on: { click: () => onClick() } });
  append(b, el('span', { class: 'btn-label' }, label));
  if (shortcut) {
    b.setAttribute('aria-keyshortcuts', shortcut);
    append(b, el('kbd', { 'aria-hidden': 'true' }, shortcut));
  }
  return b;
}

/** Only http(s) links from scenario files become clickable. */
export function safeLink(label: string, url: string): HTMLElement {
  let ok = false;
  try {
    const u = new URL(url);
    ok = u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    ok = false;
  }
  return ok ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, label) : el('span', null, `${label} (${url})`);
}

/** Points as text: the one formatter (engine/model/points.ts), under the name the views use. */
export { formatPoints as points } from '../../engine/model/points.ts';
