/**
 * The title's panel for a class session (a teacher's ?session= link): the locked settings in
 * plain words, the student's name (and seat number when sides alternate), and Start. The panel
 * reads the inputs; the Title scene decides where Start leads.
 */
import { MAX_NAME_LENGTH, needsSeat, type ClassSession } from '../../engine/index.ts';
import { sessionSummary } from './session-words.ts';
import * as session from '../session.ts';
import { button, el } from './dom.ts';
import { t } from './strings/index.ts';

export interface ClassEntry {
  names: [string, string];
  seat: number | null;
}

/** The panel, and a reader for what the student typed (null, with the message shown, when something is missing). */
export function classPanel(settings: ClassSession, onStart: () => void): { panel: HTMLElement; read: () => ClassEntry | null } {
  const pair = settings.mode === 'pair';
  const [first, second] = session.scenario().scenario.sides.map((s) => s.name);
  // Enter in a field starts, as in any form.
  const onEnter = { keydown: (e: KeyboardEvent) => e.key === 'Enter' && onStart() };
  const nameInput = (id: string, label: string) =>
    el(
      'div',
      { class: 'form-field' },
      el('label', { for: id }, label),
      el('input', { type: 'text', id, key: id, testid: id, maxlength: String(MAX_NAME_LENGTH), autocomplete: 'off', spellcheck: 'false', on: onEnter }),
    );
  const seat = needsSeat(settings)
    ? el(
        'div',
        { class: 'form-field' },
        el('label', { for: 'class-seat' }, t.classSeat),
        el('input', { type: 'number', id: 'class-seat', key: 'class-seat', testid: 'class-seat', min: '1', max: '999', inputmode: 'numeric', on: onEnter }),
      )
    : null;
  const error = el('p', { class: 'refusal', role: 'alert', testid: 'class-error' });
  const panel = el(
    'section',
    { class: 'class-panel', 'data-panel': 'raised', testid: 'class-panel', 'aria-labelledby': 'class-title' },
    el('h2', { id: 'class-title' }, t.classSession),
    el('p', { class: 'muted' }, t.classFixed),
    el('dl', { class: 'class-settings', testid: 'class-settings' }, ...sessionSummary(session.scenario(), settings, t).flatMap((row) => [el('dt', null, row.label), el('dd', null, row.value)])),
    el(
      'div',
      { class: 'class-inputs' },
      pair ? nameInput('class-name-0', t.classPlayerName(first)) : nameInput('class-name-0', t.className),
      pair ? nameInput('class-name-1', t.classPlayerName(second)) : null,
      seat,
    ),
    error,
    button(t.classStart, onStart, { variant: 'primary big', shortcut: 'Enter', key: 'class-start', testid: 'class-start' }),
  );
  const value = (id: string) => (panel.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '').trim();
  const read = (): ClassEntry | null => {
    const names: [string, string] = [value('class-name-0'), pair ? value('class-name-1') : ''];
    if (!names[0] || (pair && !names[1])) {
      error.textContent = pair ? t.classNeedBothNames : t.classNeedName;
      panel.querySelector<HTMLInputElement>(names[0] ? '#class-name-1' : '#class-name-0')?.focus();
      return null;
    }
    let seatNumber: number | null = null;
    if (seat) {
      seatNumber = Number(value('class-seat'));
      if (!Number.isInteger(seatNumber) || seatNumber < 1 || seatNumber > 999) {
        error.textContent = t.classNeedSeat;
        panel.querySelector<HTMLInputElement>('#class-seat')?.focus();
        return null;
      }
    }
    error.textContent = '';
    return { names, seat: seatNumber };
  };
  return { panel, read };
}
