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
import { ownScenario, scenarioById } from '../scenarios.ts';
import { rosterTable } from './roster-view.ts';
import { createLiveClass, deleteStored, forgetClass, keptClass, rejoinLiveClass, storedResults, studentAddress, type TeacherEvents } from './teacher-connection.ts';
import { tt } from '../strings/index.ts';
import { reasonText } from '../words.ts';

const PAIRING_WORDS: Record<Pairing, string> = tt.pairingWords;
const ODD_WORDS: Record<OddRule, string> = tt.oddWords;

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
  let sideNames: [string, string] = [tt.firstSide, tt.secondSide];
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
    refused: (reason) => (status.textContent = tt.refused(reasonText(reason))),
    closed: () => (status.textContent = tt.disconnected),
  };

  async function take(results: StoredResult[]): Promise<void> {
    const fresh = results.filter((r) => !seen.has(r.id));
    fresh.forEach((r) => seen.add(r.id));
    if (fresh.length === 0) return;
    const entries: Entry[] = fresh.map((r) => {
      const who = r.names.filter(Boolean).join(' & ') || tt.liveGame;
      return { source: tt.sourceLive(who), preview: who, kind: 'log', log: r.log, liveId: r.id, handedIn: new Date(r.at).toISOString() };
    });
    await addResults(entries);
    status.textContent = tt.resultsIn(seen.size);
  }

  async function showClass(): Promise<void> {
    if (!info) return;
    const decoded = decodeSession(info.session);
    // The server names the news in English; the page's own copy of the scenario names it in the page's language.
    let newsTitle = (n: { id: string; title: string }) => n.title;
    if (decoded.ok) {
      const c = await scenarioById(decoded.session.scenario);
      if (c.ok) {
        const events = c.compiled.scenario.events;
        sideNames = [c.compiled.scenario.sides[0].name, c.compiled.scenario.sides[1].name];
        newsTitle = (n) => events.find((e) => e.id === n.id)?.title ?? n.title;
      }
    }
    const link = `${await studentAddress()}?live=${info.pin}`;
    const qr = qrcode(0, 'M');
    qr.addData(link);
    qr.make();
    const newsSelect = el('select', { testid: 'live-news-select', 'aria-label': tt.newsLabel }, ...info.news.map((n) => el('option', { value: n.id }, newsTitle(n))));
    const send =
      (type: string, body: object = {}) =>
      () =>
        room?.send(type, body);
    head.replaceChildren(
      el(
        'div',
        { class: 'live-join card' },
        el('p', { class: 'code-label' }, tt.joinLabel),
        el('p', { class: 'live-pin', testid: 'live-pin' }, info.pin),
        el('p', null, el('a', { href: link, testid: 'live-link', target: '_blank', rel: 'noopener' }, link)),
        el('img', { src: qr.createDataURL(5, 2), alt: tt.qrAlt(link), class: 'live-qr', testid: 'live-qr' }),
      ),
      el(
        'div',
        { class: 'live-controls card' },
        el('p', { class: 'muted', testid: 'live-phase', 'data-phase': info.phase }, tt.phase(tt.phaseWords[info.phase], PAIRING_WORDS[info.pairing])),
        el(
          'div',
          { class: 'row-actions' },
          button(tt.start, send('start'), { variant: 'primary', testid: 'live-start' }),
          info.phase === 'paused' ? button(tt.resume, send('resume'), { testid: 'live-resume' }) : button(tt.pause, send('pause'), { testid: 'live-pause' }),
          button(tt.endTalks, send('endTalks'), { testid: 'live-end' }),
          button(tt.repair, send('repair'), { testid: 'live-repair' }),
        ),
        info.news.length
          ? el(
              'div',
              { class: 'row-actions' },
              newsSelect,
              button(tt.release, () => room?.send('news', { event: newsSelect.value }), { testid: 'live-news' }),
            )
          : null,
        el(
          'div',
          { class: 'row-actions' },
          button(tt.closeClass, send('close'), { variant: 'ghost', testid: 'live-close' }),
          button(tt.deleteResults, () => void removeStored(), { variant: 'ghost', testid: 'live-delete' }),
        ),
      ),
    );
  }

  async function removeStored(): Promise<void> {
    const kept = keptClass();
    if (!kept || !confirm(tt.confirmDelete)) return;
    await deleteStored(kept);
    forgetClass();
    void room?.leave();
    status.textContent = tt.deleted;
  }

  async function create(): Promise<void> {
    const settings = readSettings();
    if (!settings) {
      problem.textContent = tt.settingsIncomplete;
      return;
    }
    problem.textContent = '';
    try {
      const { encodeSession } = await import('../../engine/index.ts');
      // A class on the teacher's own file sends the file with it: the server checks it and hands it to every student.
      const own = ownScenario();
      room = await createLiveClass(encodeSession(settings), pairing.value(), odd.value(), events, own?.compiled.scenario.id === settings.scenario ? own.text : undefined);
      form.hidden = true;
    } catch (e) {
      problem.textContent = tt.cannotCreate(reasonText(e instanceof Error ? e.message : String(e)));
    }
  }

  const form = el(
    'div',
    { class: 'card live-form' },
    el('h2', null, tt.startTitle),
    el('p', { class: 'lede' }, tt.startLede),
    el('fieldset', null, el('legend', null, tt.pairing), pairing.group),
    el('fieldset', null, el('legend', null, tt.oddOut), odd.group),
    problem,
    button(tt.create, () => void create(), { variant: 'primary big', testid: 'live-create' }),
  );

  const kept = keptClass();
  if (kept) {
    form.hidden = true;
    void storedResults(kept).then(take);
    rejoinLiveClass(kept, events).then(
      (r) => (room = r),
      () => {
        status.textContent = tt.lastEnded;
        form.hidden = false;
      },
    );
  }
  root.append(form, head, status, rosterHost);
  return root;
}
