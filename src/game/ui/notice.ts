/**
 * One-off notices for the next screen that opens ("your game was resumed", "your save was set
 * aside"): shown as a status line that the player can dismiss, never as a blocking dialog.
 */
import { button, el } from './dom.ts';
import { t } from './strings/index.ts';

export type NoticeKind = 'info' | 'warning';

let pending: { text: string; kind: NoticeKind } | null = null;

export function notify(text: string, kind: NoticeKind = 'info'): void {
  pending = { text, kind };
}

/** The pending notice as an element (once), or null. */
export function takeNotice(): HTMLElement | null {
  if (!pending) return null;
  const { text, kind } = pending;
  pending = null;
  const box: HTMLElement = el(
    'div',
    { class: `notice ${kind}`, role: kind === 'warning' ? 'alert' : 'status', testid: 'notice' },
    el('span', null, kind === 'warning' ? t.warningMark(text) : text),
    button(t.dismiss, () => dismiss(box), { variant: 'ghost small', testid: 'notice-dismiss' }),
  );
  if (kind === 'info') setTimeout(() => dismiss(box), 8000);
  return box;
}

/** Gone for good: the screen stops putting it back after a refresh. */
function dismiss(box: HTMLElement): void {
  box.dataset.gone = '1';
  box.remove();
}

export function isDismissed(box: HTMLElement): boolean {
  return box.dataset.gone === '1';
}
