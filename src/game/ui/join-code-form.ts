/**
 * The Join a class dialog's form (title screen): a class code typed in, checked, and the page
 * reopened with it as the teacher's link would open it.
 */
import { decodeSession } from '../../engine/index.ts';
import { button, el } from './dom.ts';
import { t } from './strings/index.ts';

export function joinCodeForm(close: () => void): HTMLElement[] {
  const input = el('input', { type: 'text', id: 'join-code', testid: 'join-code', autocomplete: 'off', spellcheck: 'false', placeholder: t.joinCodePlaceholder, 'data-autofocus': '' });
  const error = el('p', { class: 'refusal', role: 'alert', testid: 'join-error' });
  const join = () => {
    const code = input.value.trim();
    const decoded = decodeSession(code);
    if (!decoded.ok) {
      error.textContent = t.joinCodeUnusable(decoded.reason);
      return;
    }
    const params = new URLSearchParams(location.search);
    params.delete('scenario');
    params.set('session', code.toUpperCase().replace(/\s+/g, ''));
    location.assign(`${location.pathname}?${params}`);
  };
  input.addEventListener('keydown', (e) => e.key === 'Enter' && join());
  return [
    el('p', { class: 'muted' }, t.joinIntro),
    el('div', { class: 'form-row' }, el('label', { for: 'join-code' }, t.joinCodeLabel), input),
    error,
    el('div', { class: 'dialog-actions' }, button(t.cancel, close, { variant: 'ghost' }), button(t.join, join, { variant: 'primary', testid: 'join-submit' })),
  ];
}
