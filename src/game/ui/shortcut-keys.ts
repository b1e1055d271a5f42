/** A screen's keyboard shortcuts: a key press runs its action unless the player is typing or a dialog is open. */

/** Runs the action `shortcuts` maps this key to (lower case, or names like 'Escape'), if any. */
export function runShortcut(e: KeyboardEvent, shortcuts: Record<string, () => void>): void {
  if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  if (document.querySelector('dialog[open]')) return;
  const t = e.target as HTMLElement | null;
  const typing = t && (t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || (t.tagName === 'INPUT' && !['radio', 'checkbox'].includes((t as HTMLInputElement).type)));
  if (typing && e.key !== 'Escape') return;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const fn = shortcuts[key];
  if (fn) {
    e.preventDefault();
    fn();
  }
}
