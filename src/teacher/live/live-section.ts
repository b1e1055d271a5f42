/**
 * The teacher page's Live class tab: start a live class with today's settings (the Set up tab's
 * form) and a pairing rule; show the PIN, the link and its QR code; follow the roster live; run
 * the class (start, pause, end talks now, release news, re-pair, remove); results arrive in the
 * Class debrief tab by themselves and come back after a reload (the teacher key is kept here).
 */
import qrcode from 'qrcode-generator';
import type { Room } from 'colyseus.js';
import { decodeSession, type ClassSession } from '../../engine/index.ts';
import { button, el } from '../../game/ui/dom.ts';
import { ODD_RULES, PAIRINGS, type ClassInfo, type OddRule, type Pairing, type RosterEntry, type StoredResult } from '../../live/protocol.ts';
import type { Entry } from '../debrief-import.ts';
import { scenarioById } from '../scenarios.ts';
import { rosterTable } from './roster-view.ts';
import { createLiveClass, deleteStored, forgetClass, keptClass, rejoinLiveClass, storedResults, studentAddress, type TeacherEvents } from './teacher-connection.ts';

const PAIRING_WORDS: Record<Pairing, string> = { students: 'Students against each other', computer: 'Everyone against the computer', mixed: 'Mixed: every other student plays the computer' };
const ODD_WORDS: Record<OddRule, string> = { computer: 'plays the computer', 'second-voice': 'joins a side as its second voice' };

function radios<T extends string>(name: string, values: readonly T[], words: Record<T, string>): { group: HTMLElement; value: () => T } {
  const inputs = values.map((v, k) => el('input', { type: 'radio', name, value: v, checked: k === 0, testid: `${name}-${v}` }));
  return {
    group: el('div', { class: 'radio-list' }, ...inputs.map((i, k) => el('label', { class: 'radio' }, i, el('span', null, words[values[k]])))),
    value: () => (inputs.find((i) => i.checked)?.value ?? values[0]) as T,
  };
}

export function liveSection(readSettings: () => ClassSession | null, addResults: (entries: Entry[]) => Promise<void>): HTMLElement {
  const root = el('div', { class: 'live-layout', testid: 'live-section' });
  const pairing = radios('live-pairing', PAIRINGS, PAIRING_WORDS);
  const odd = radios('live-odd', ODD_RULES, ODD_WORDS);
  const problem = el('p', { class: 'form-problem', role: 'alert', testid: 'live-problem' });
  let room: Room | null = null;
  let info: ClassInfo | null = null;
  let roster: RosterEntry[] = [];
  let sideNames: [string, string] = ['First side', 'Second side'];
  const seen = new Set<string>();
  const rosterHost = el('div', { class: 'roster-host' });
  const head = el('div', { class: 'live-head' });
  const status = el('p', { role: 'status', class: 'muted', testid: 'live-status' });

  const events: TeacherEvents = {
    info: (i) => {
      info = i;
      void showClass();
    },
    roster: (r) => {
      roster = r;
      rosterHost.replaceChildren(rosterTable(roster, sideNames, (id) => room?.send('remove', { student: id })));
    },
    results: (rs) => void take(rs),
    refused: (reason) => (status.textContent = `Refused: ${reason}`),
    closed: () => (status.textContent = 'Disconnected from the live class. Reload the page to reconnect.'),
  };

  async function take(results: StoredResult[]): Promise<void> {
    const fresh = results.filter((r) => !seen.has(r.id));
    fresh.forEach((r) => seen.add(r.id));
    if (fresh.length === 0) return;
    const entries: Entry[] = fresh.map((r) => {
      const who = r.names.filter(Boolean).join(' & ') || 'live game';
      return { source: `live: ${who}`, preview: who, kind: 'log', log: r.log };
    });
    await addResults(entries);
    status.textContent = `${seen.size} result${seen.size === 1 ? '' : 's'} in the class debrief.`;
  }

  async function showClass(): Promise<void> {
    if (!info) return;
    const decoded = decodeSession(info.session);
    if (decoded.ok) {
      const c = await scenarioById(decoded.session.scenario);
      if (c.ok) sideNames = [c.compiled.scenario.sides[0].name, c.compiled.scenario.sides[1].name];
    }
    const link = `${await studentAddress()}?live=${info.pin}`;
    const qr = qrcode(0, 'M');
    qr.addData(link);
    qr.make();
    const newsSelect = el('select', { testid: 'live-news-select', 'aria-label': 'News event' }, ...info.news.map((n) => el('option', { value: n.id }, n.title)));
    const send =
      (type: string, body: object = {}) =>
      () =>
        room?.send(type, body);
    head.replaceChildren(
      el(
        'div',
        { class: 'live-join card' },
        el('p', { class: 'code-label' }, 'Students open this address and type the PIN'),
        el('p', { class: 'live-pin', testid: 'live-pin' }, info.pin),
        el('p', null, el('a', { href: link, testid: 'live-link', target: '_blank', rel: 'noopener' }, link)),
        el('img', { src: qr.createDataURL(5, 2), alt: `QR code for ${link}`, class: 'live-qr', testid: 'live-qr' }),
      ),
      el(
        'div',
        { class: 'live-controls card' },
        el('p', { class: 'muted', testid: 'live-phase' }, `Class: ${info.phase} · ${PAIRING_WORDS[info.pairing]}`),
        el(
          'div',
          { class: 'row-actions' },
          button('Start', send('start'), { variant: 'primary', testid: 'live-start' }),
          info.phase === 'paused' ? button('Resume', send('resume'), { testid: 'live-resume' }) : button('Pause', send('pause'), { testid: 'live-pause' }),
          button('End talks now', send('endTalks'), { testid: 'live-end' }),
          button('Re-pair the waiting', send('repair'), { testid: 'live-repair' }),
        ),
        info.news.length
          ? el(
              'div',
              { class: 'row-actions' },
              newsSelect,
              button('Release to every table', () => room?.send('news', { event: newsSelect.value }), { testid: 'live-news' }),
            )
          : null,
        el(
          'div',
          { class: 'row-actions' },
          button('Close the class', send('close'), { variant: 'ghost', testid: 'live-close' }),
          button('Delete its results from the server', () => void removeStored(), { variant: 'ghost', testid: 'live-delete' }),
        ),
      ),
    );
  }

  async function removeStored(): Promise<void> {
    const kept = keptClass();
    if (!kept || !confirm('Delete this class and its results from the server? The results already in the class debrief stay on this page until you reload it.')) return;
    await deleteStored(kept);
    forgetClass();
    void room?.leave();
    status.textContent = 'The class and its results were deleted from the server.';
  }

  async function create(): Promise<void> {
    const settings = readSettings();
    if (!settings) {
      problem.textContent = 'The settings on the “Set up a session” tab are not complete yet.';
      return;
    }
    problem.textContent = '';
    try {
      const { encodeSession } = await import('../../engine/index.ts');
      room = await createLiveClass(encodeSession(settings), pairing.value(), odd.value(), events);
      form.hidden = true;
    } catch (e) {
      problem.textContent = `The class could not be created: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  const form = el(
    'div',
    { class: 'card live-form' },
    el('h2', null, 'Start a live class'),
    el(
      'p',
      { class: 'lede' },
      'Students join on their own devices with a PIN; each plays against a classmate (or the computer) with the settings of the “Set up a session” tab. The server runs every game, so no result can be forged.',
    ),
    el('fieldset', null, el('legend', null, 'Pairing'), pairing.group),
    el('fieldset', null, el('legend', null, 'An odd student out'), odd.group),
    problem,
    button('Start a live class with these settings', () => void create(), { variant: 'primary big', testid: 'live-create' }),
  );

  const kept = keptClass();
  if (kept) {
    form.hidden = true;
    void storedResults(kept).then(take);
    rejoinLiveClass(kept, events).then(
      (r) => (room = r),
      () => {
        status.textContent = 'Your last live class has ended; its results are in the class debrief.';
        form.hidden = false;
      },
    );
  }
  root.append(form, head, status, rosterHost);
  return root;
}
