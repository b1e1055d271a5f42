/**
 * The class debrief's session check, on the teacher's page: a field for the session's link or
 * code, the list of games set apart because they were played under other settings (each with its
 * reasons in plain words, never ranked), and the words for copies and padded codes.
 */
import { decodeSession, type ClassImport, type ClassSession, type Duplicate, type SetupDifference } from '../engine/index.ts';
import { el } from '../game/ui/dom.ts';

/** A session link (…?session=CODE) or a bare code → the session, or why not. */
export function sessionFromText(text: string): { ok: true; session: ClassSession } | { ok: false; reason: string } {
  const trimmed = text.trim();
  const fromLink = /[?&]session=([^&#\s]+)/.exec(trimmed);
  return decodeSession(fromLink ? decodeURIComponent(fromLink[1]) : trimmed);
}

const SIDE_WORDS = ['the first side', 'the second side'];

/** One reason, in the teacher's words. */
export function differenceWords(d: SetupDifference): string {
  switch (d.code) {
    case 'scenario':
      return `played on another scenario (“${d.params.got}”, the session's is “${d.params.expected}”)`;
    case 'counterpart':
      return `played against another counterpart (${d.params.got}; the session sets ${d.params.expected})`;
    case 'seed':
      return `played with its own dice (seed “${d.params.got}”; the class seed is “${d.params.expected}”)`;
    case 'rounds':
      return `played over ${d.params.got ?? 'the scenario’s'} rounds (the session sets ${d.params.expected ?? 'the scenario’s own number'})`;
    case 'mode':
      return d.params.got === 'computer' ? 'played against the computer (the session is for two students on one device)' : 'played by two people (the session is against the computer)';
    case 'both-sides':
      return 'both sides were played by people (the session is against the computer)';
    case 'side':
      return `played ${SIDE_WORDS[d.params.got]} (the session assigns ${SIDE_WORDS[d.params.expected]})`;
    case 'session':
      return d.params.got === null ? 'not started from this session’s link or code' : 'started from another session’s link or code';
  }
}

/** The session field and its status line; `changed` gets the session (or null when cleared). */
export function sessionField(changed: (session: ClassSession | null) => void): HTMLElement {
  const input = el('input', { type: 'text', id: 'session-input', testid: 'session-input', autocomplete: 'off', spellcheck: 'false', placeholder: 'https://…/index.html?session=C… or C…' });
  const status = el('p', { class: 'hint', role: 'status', 'aria-live': 'polite', testid: 'session-status' }, 'Optional. Without it, every verified game is counted.');
  const apply = () => {
    if (input.value.trim() === '') {
      status.textContent = 'Optional. Without it, every verified game is counted.';
      status.classList.remove('form-problem');
      changed(null);
      return;
    }
    const r = sessionFromText(input.value);
    status.classList.toggle('form-problem', !r.ok);
    if (!r.ok) {
      status.textContent = `${r.reason}. Every verified game is counted until a session is given.`;
      changed(null);
      return;
    }
    status.textContent = `Checking every game against this session (scenario “${r.session.scenario}”). Games played under other settings are shown apart, with the reason.`;
    changed(r.session);
  };
  input.addEventListener('change', apply);
  return el('div', { class: 'card session-card' }, el('label', { for: 'session-input', class: 'field-label' }, 'Your session’s link or code'), input, status);
}

/** Games set apart: who, where from, and why — never ranked. */
export function apartList(imported: ClassImport): HTMLElement | null {
  if (imported.apart.length === 0) return null;
  return el(
    'section',
    { class: 'card apart-card', testid: 'apart-list' },
    el('h3', null, `Played under other settings, shown apart (${imported.apart.length})`),
    el('p', { class: 'hint' }, 'These games were replayed and are real, but their setup is not the session’s: they are not counted in the class’s numbers, chart or rankings.'),
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
  const base = d.kind === 'copy' ? ` has the same moves as ${d.sameAs} (${d.sameAsName}) under another name (${d.name}): a copy, or the same game handed in twice` : ` is the same game as ${d.sameAs}`;
  return d.padding > 0 ? `${base}, padded with ${d.padding} move${d.padding === 1 ? '' : 's'} the game ignored` : base;
}
