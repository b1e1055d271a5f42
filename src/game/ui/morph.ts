/** Updating a screen's live DOM in place (morphdom), and putting keyboard focus back on a control. */
import morphdom from 'morphdom';
import { adoptListeners } from './dom.ts';

/** Makes `live`'s children match `next`'s, keeping the nodes (and focus) of controls that stay. */
export function morphChildren(live: HTMLElement, next: HTMLElement): void {
  morphdom(live, next, {
    childrenOnly: true,
    // Keyed by data-key where there is one, so a control keeps its node (and focus) as items move.
    getNodeKey: (n) => (n instanceof HTMLElement ? (n.dataset.key ?? n.id) || undefined : undefined),
    onBeforeElUpdated: (kept, fresh) => {
      adoptListeners(kept, fresh);
      return true;
    },
    // An open dialog belongs to the moment, not to the render: leave it be.
    onBeforeNodeDiscarded: (n) => !(n instanceof HTMLDialogElement && n.open),
  });
}

/** Focuses the control with this key (else the screen's autofocus control) unless it is still hidden. */
export function focusControl(root: HTMLElement, key: string | null): void {
  const target = key ? root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) : null;
  const fallback = root.querySelector<HTMLElement>('[data-autofocus]');
  const chosen = target && !(target as HTMLButtonElement).disabled ? target : fallback;
  if (chosen && !chosen.closest('.staged')) chosen.focus({ preventScroll: true });
}
