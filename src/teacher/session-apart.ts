/**
 * The class debrief's session check, on the teacher's page: a field for the session's link or
 * code, the list of games set apart because they were played under other settings (each with its
 * reasons in plain words, never ranked), and the words for copies and padded codes.
 */
import { decodeSession, type ClassImport, type CompiledScenario, type ClassSession, type Duplicate, type SetupDifference } from '../engine/index.ts';
import { el } from '../game/ui/dom.ts';
import { tt } from './strings/index.ts';
import { idWords, reasonText } from './words.ts';

/** A session link (…?session=CODE) or a bare code → the session, or why not. */
export function sessionFromText(text: string): { ok: true; session: ClassSession } | { ok: false; reason: string } {
  const trimmed = text.trim();
  const fromLink = /[?&]session=([^&#\s]+)/.exec(trimmed);
  return decodeSession(fromLink ? decodeURIComponent(fromLink[1]) : trimmed);
}

/** One reason, in the teacher's words; `c` (the game's scenario) names its counterparts. */
export function differenceWords(d: SetupDifference, c: CompiledScenario | null = null): string {
  const w = tt.apart;
  switch (d.code) {
    case 'scenario':
      return w.scenario(d.params.got, d.params.expected);
    case 'counterpart':
      return w.counterpart(idWords(c, d.params.got), idWords(c, d.params.expected));
    case 'seed':
      return w.seed(d.params.got, d.params.expected);
    case 'rounds':
      return w.rounds(d.params.got, d.params.expected);
    case 'mode':
      return d.params.got === 'computer' ? w.modeComputer : w.modePair;
    case 'both-sides':
      return w.bothSides;
    case 'side':
      return w.side(tt.sideWords[d.params.got], tt.sideWords[d.params.expected]);
    case 'session':
      return d.params.got === null ? w.noSession : w.otherSession;
  }
}

/** The session field and its status line; `changed` gets the session (or null when cleared). */
export function sessionField(changed: (session: ClassSession | null) => void): HTMLElement {
  const input = el('input', { type: 'text', id: 'session-input', testid: 'session-input', autocomplete: 'off', spellcheck: 'false', placeholder: tt.sessionPlaceholder });
  const status = el('p', { class: 'hint', role: 'status', 'aria-live': 'polite', testid: 'session-status' }, tt.sessionOptional);
  const apply = () => {
    if (input.value.trim() === '') {
      status.textContent = tt.sessionOptional;
      status.classList.remove('form-problem');
      changed(null);
      return;
    }
    const r = sessionFromText(input.value);
    status.classList.toggle('form-problem', !r.ok);
    if (!r.ok) {
      status.textContent = tt.sessionBad(reasonText(r.reason));
      changed(null);
      return;
    }
    status.textContent = tt.sessionChecking(r.session.scenario);
    changed(r.session);
  };
  input.addEventListener('change', apply);
  return el('div', { class: 'card session-card' }, el('label', { for: 'session-input', class: 'field-label' }, tt.sessionLabel), input, status);
}

/** Games set apart: who, where from, and why — never ranked. */
export function apartList(imported: ClassImport): HTMLElement | null {
  if (imported.apart.length === 0) return null;
  return el(
    'section',
    { class: 'card apart-card', testid: 'apart-list' },
    el('h2', null, tt.apartTitle(imported.apart.length)),
    el('p', { class: 'hint' }, tt.apartHint),
    el(
      'ul',
      { class: 'apart' },
      ...imported.apart.map((a) =>
        el(
          'li',
          { testid: 'apart-item' },
          el('strong', null, a.result.name),
          el('span', { class: 'muted' }, ` ${a.result.source}`),
          el('ul', { class: 'apart-reasons' }, ...a.reasons.map((r) => el('li', { testid: 'apart-reason' }, differenceWords(r)))),
        ),
      ),
    ),
  );
}

/** "code 4 is the same game as code 1", or a copy, or padded. */
export function duplicateWords(d: Duplicate): string {
  const base = d.kind === 'copy' ? tt.copyOf(d.sameAs, d.sameAsName, d.name) : tt.sameGame(d.sameAs);
  return d.padding > 0 ? base + tt.padded(d.padding) : base;
}
