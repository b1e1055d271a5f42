/** The live roster as a table: who, which side, with whom, which round, at what stage. */
import { button, el } from '../../game/ui/dom.ts';
import type { RosterEntry } from '../../live/protocol.ts';
import { tt } from '../strings/index.ts';

export function rosterTable(entries: RosterEntry[], sideNames: [string, string], remove: (id: string) => void): HTMLElement {
  if (entries.length === 0) return el('p', { class: 'muted', testid: 'live-roster-empty' }, tt.rosterEmpty);
  const w = tt.rosterColumns;
  return el(
    'table',
    { class: 'roster', testid: 'live-roster' },
    el(
      'thead',
      null,
      el('tr', null, ...[w.student, w.side, w.partner, w.round, w.status].map((h) => el('th', { scope: 'col' }, h)), el('th', { scope: 'col' }, el('span', { class: 'sr-only' }, w.actions))),
    ),
    el(
      'tbody',
      null,
      ...entries.map((e) =>
        el(
          'tr',
          { testid: 'roster-row', 'data-status': e.status, 'data-name': e.name },
          el('td', null, e.name, e.secondVoice ? el('small', { class: 'muted' }, tt.secondVoice) : null),
          el('td', null, e.side === null ? '—' : sideNames[e.side]),
          el('td', null, e.partnerIsComputer ? tt.computer : (e.partner ?? '—')),
          el('td', null, e.round === null ? '—' : String(e.round)),
          el('td', { class: `status status-${e.status}` }, tt.statusWords[e.status]),
          el('td', null, e.status === 'removed' ? null : button(tt.remove, () => remove(e.id), { variant: 'ghost small', testid: 'roster-remove', 'aria-label': tt.removeLabel(e.name) })),
        ),
      ),
    ),
  );
}
