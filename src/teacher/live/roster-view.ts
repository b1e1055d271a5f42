/** The live roster as a table: who, which side, with whom, which round, at what stage. */
import { button, el } from '../../game/ui/dom.ts';
import type { RosterEntry, StudentStatus } from '../../live/protocol.ts';

export const STATUS_WORDS: Record<StudentStatus, string> = {
  waiting: 'Waiting for a partner',
  reading: 'Reading the brief',
  negotiating: 'Negotiating',
  agreed: 'Agreed',
  'walked-out': 'Walked out',
  'no-deal': 'No deal',
  'handed-in': 'Handed in',
  disconnected: 'Disconnected',
  removed: 'Left',
};

export function rosterTable(entries: RosterEntry[], sideNames: [string, string], remove: (id: string) => void): HTMLElement {
  if (entries.length === 0) return el('p', { class: 'muted', testid: 'live-roster-empty' }, 'No student has joined yet. They open the link (or scan the code) and type the PIN and their name.');
  return el(
    'table',
    { class: 'roster', testid: 'live-roster' },
    el('thead', null, el('tr', null, ...['Student', 'Side', 'Partner', 'Round', 'Status', ''].map((h) => el('th', { scope: 'col' }, h)))),
    el(
      'tbody',
      null,
      ...entries.map((e) =>
        el(
          'tr',
          { testid: 'roster-row', 'data-status': e.status, 'data-name': e.name },
          el('td', null, e.name, e.secondVoice ? el('small', { class: 'muted' }, ' (second voice)') : null),
          el('td', null, e.side === null ? '—' : sideNames[e.side]),
          el('td', null, e.partnerIsComputer ? 'Computer' : (e.partner ?? '—')),
          el('td', null, e.round === null ? '—' : String(e.round)),
          el('td', { class: `status status-${e.status}` }, STATUS_WORDS[e.status]),
          el('td', null, e.status === 'removed' ? null : button('Remove', () => remove(e.id), { variant: 'ghost small', testid: 'roster-remove' })),
        ),
      ),
    ),
  );
}
