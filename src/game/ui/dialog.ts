/** A modal dialog (native <dialog>: focus trap, Escape closes), appended to a screen's root. */
import { el } from './dom.ts';

export interface DialogOptions {
  testid?: string;
  wide?: boolean;
  /** The data-key of the control focus goes back to on closing (default: the one that had it). */
  returnFocus?: string;
}

/**
 * Focus after a dialog: the control asked for, else the one the browser gave it back to, unless
 * that is gone or disabled (the move the dialog made may have disabled its own button); then the
 * screen's [data-autofocus] control. Never the page itself.
 */
function refocus(root: HTMLElement, returnFocus: string | undefined): void {
  const asked = returnFocus ? root.querySelector<HTMLButtonElement>(`[data-key="${CSS.escape(returnFocus)}"]`) : null;
  if (asked && !asked.disabled) return asked.focus();
  const active = document.activeElement as HTMLButtonElement | null;
  if (active && active !== document.body && active.isConnected && !active.disabled) return;
  root.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)')?.focus();
}

/** Opens the dialog; `body` builds its content given the close function, which is returned. */
export function openDialog(root: HTMLElement, title: string, body: (close: () => void) => (Node | null)[], opts: DialogOptions = {}): () => void {
  const d = el('dialog', { class: `dialog${opts.wide ? ' wide' : ''}`, testid: opts.testid ?? 'dialog', 'aria-labelledby': 'dialog-title' });
  const close = () => {
    if (d.open) d.close();
  };
  d.addEventListener('close', () => {
    d.remove();
    refocus(root, opts.returnFocus);
    // What the dialog did may redraw the screen in the next frame: look again then.
    requestAnimationFrame(() => requestAnimationFrame(() => refocus(root, undefined)));
  });
  d.append(el('h2', { id: 'dialog-title' }, title), ...body(close).filter((n): n is Node => n !== null));
  root.append(d);
  d.showModal();
  d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  return close;
}
