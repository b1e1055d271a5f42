/** A modal dialog (native <dialog>: focus trap, Escape closes), appended to a screen's root. */
import { el } from './dom.ts';

/** Opens the dialog; `body` builds its content given the close function, which is returned. */
export function openDialog(root: HTMLElement, title: string, body: (close: () => void) => (Node | null)[], opts: { testid?: string; wide?: boolean } = {}): () => void {
  const d = el('dialog', { class: `dialog${opts.wide ? ' wide' : ''}`, testid: opts.testid ?? 'dialog', 'aria-labelledby': 'dialog-title' });
  const close = () => {
    if (d.open) d.close();
  };
  d.addEventListener('close', () => d.remove());
  d.append(el('h2', { id: 'dialog-title' }, title), ...body(close).filter((n): n is Node => n !== null));
  root.append(d);
  d.showModal();
  d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  return close;
}
