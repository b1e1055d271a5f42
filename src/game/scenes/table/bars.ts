/** The table's bars and notes: the top bar, the news banner, the coach line, and the action bar with the package's total. */
import type { PlayerView } from '../../../engine/index.ts';
import * as session from '../../session.ts';
import { button, el, points } from '../../ui/dom.ts';
import { guideActive } from '../../ui/guide.ts';
import { words, wordsAll } from '../../ui/say-here.ts';
import { t } from '../../ui/strings/index.ts';
import type { TableHost } from './host.ts';

export function topBar(h: TableHost, v: PlayerView, title: string, timer: HTMLElement | null): HTMLElement {
  return el(
    'header',
    { class: 'top-bar', 'data-panel': 'bar' },
    el('span', { class: 'brand', title }, t.appName),
    el(
      'span',
      { class: 'legend', 'aria-hidden': 'true' },
      el('span', { class: 'tag mine' }, t.legendMine),
      el('span', { class: 'tag theirs' }, t.legendTheirs),
      el('span', { class: 'tag agreed' }, t.tagAgreed),
      el('span', { class: 'tag redline' }, t.tagRedLine),
      el('span', { class: 'muted' }, t.legendPoints),
    ),
    el('span', { class: `side-badge side-${h.side}` }, t.youAre(v.me.name)),
    el('span', { class: 'round', testid: 'round' }, t.roundOf(Math.min(v.round, v.rounds), v.rounds), el('span', { class: 'muted' }, t.movesLeft(v.roundsLeft))),
    timer,
    // A live game belongs to the class: no New game there.
    session.isLive() ? null : button(t.newGame, () => h.newGameDialog(), { variant: 'ghost small', key: 'new-game', testid: 'new-game' }),
    button(t.settings, () => h.settingsDialog(), { variant: 'ghost small', shortcut: 'O', key: 'settings', testid: 'table-settings' }),
    button(t.help, () => h.helpDialog(), { variant: 'ghost small', shortcut: '?', key: 'help' }),
  );
}

/** This round's news, all of it (the selector's, with only the changes this player may see), until dismissed. */
export function banner(h: TableHost, v: PlayerView): HTMLElement | null {
  const news = v.news;
  const id = `${news.map((e) => e.id).join('+')}@${v.round}`;
  if (news.length === 0 || h.dismissedEvent === id) return null;
  return el(
    'section',
    { class: 'event-banner', testid: 'event-banner', key: `news-${id}` },
    el('span', { class: 'event-icon', 'aria-hidden': 'true' }, '⚑'),
    el(
      'div',
      null,
      ...news.map((e) =>
        el(
          'p',
          { class: 'news-item', testid: `news-${e.id}` },
          el('strong', null, t.news(e.title)),
          el('span', null, e.text),
          // What the news moved, by how much: values, walk-aways, trust.
          e.changes.length > 0 ? el('span', { class: 'event-changes', testid: 'event-changes' }, wordsAll(e.changes)) : null,
        ),
      ),
    ),
    button(t.dismiss, () => h.dismissEvent(id), { variant: 'ghost small', key: 'dismiss-event' }),
  );
}

/**
 * The other player (a human on this device: a computer answers at once) asked what matters most
 * to me since my last move, and I can still say: the question reaches me as a prompt.
 */
export function askedOfMe(v: PlayerView): boolean {
  if (v.them.counterpart || !v.myTurn || !v.canStatePriority) return false;
  for (let k = v.history.length - 1; k >= 0; k--) {
    const h = v.history[k];
    if (h.who === 'me') return false;
    if (h.who === 'them' && h.line.code === 'move.askPriority') return true;
  }
  return false;
}

/** A note for the player, a refusal, or (early on, with the coach on) a tip. */
export function coach(h: TableHost, v: PlayerView): HTMLElement | null {
  if (h.note) return el('p', { class: 'coach note', role: 'status' }, h.note);
  if (v.refusal) return el('p', { class: 'coach refusal', role: 'alert', testid: 'refusal' }, t.notAllowed(words(v.refusal)));
  if (askedOfMe(v))
    return el(
      'p',
      { class: 'coach note', testid: 'asked-priority' },
      t.theyAskedPriority(v.them.name),
      ' ',
      button(t.tellPriority, () => h.priorityDialog(), { variant: 'small', key: 'answer-priority', testid: 'answer-priority' }),
    );
  if (guideActive() || !session.getSettings().coach || v.round > 2) return null;
  const tip = v.table?.by === 'them' ? t.tipTheirPackage : v.history.length === 0 ? t.tipFirstMove : t.tipLater;
  return el('p', { class: 'coach', role: 'note' }, tip);
}

/** The package being composed: its total for the player, or how many cards are still to choose. */
export function draftSummary(h: TableHost, v: PlayerView): HTMLElement {
  const chosen = v.items.every((it) => h.draft[it.id]);
  const total = v.items.reduce((sum, it) => sum + (it.options.find((o) => o.id === h.draft[it.id])?.myPoints ?? 0), 0);
  const missing = v.items.filter((it) => !h.draft[it.id]).length;
  return chosen
    ? el('span', null, t.packageLabel, el('strong', { testid: 'draft-points' }, t.pts(points(total))), el('span', { class: 'muted' }, t.walkAwayAfterPackage(points(v.me.walkAwayPoints))))
    : el('span', null, t.cardsToChoose(missing), el('span', { class: 'muted' }, t.walkAwayPts(points(v.me.walkAwayPoints))));
}

export function actionBar(h: TableHost, v: PlayerView): HTMLElement {
  const open = v.items.filter((it) => it.status !== 'tentative');
  return el(
    'footer',
    { class: 'action-bar', 'data-panel': 'bar' },
    el('p', { class: 'detail muted', id: 'detail' }, h.detail ? el('strong', null, h.detail.label) : t.hoverHint, h.detail ? ` — ${h.detail.text}` : ''),
    el(
      'div',
      { class: 'actions', 'data-guide': 'actions' },
      el('span', { class: 'draft-summary' }, draftSummary(h, v)),
      button(t.proposePackage, () => h.propose(), { variant: 'primary', shortcut: 'P', key: 'propose', testid: 'propose', disabled: !v.myTurn || open.length === 0 }),
      button(t.trade, () => h.tradeDialog(), { shortcut: 'T', key: 'trade', testid: 'trade', disabled: !v.myTurn }),
      button(t.tellPriority, () => h.priorityDialog(), { shortcut: 'S', key: 'state-priority', testid: 'state-priority', disabled: !v.canStatePriority }),
      button(t.askPriority, () => h.move({ type: 'priority.ask' }), { shortcut: 'Q', key: 'ask-priority', testid: 'ask-priority', disabled: !v.canAskPriority }),
      button(t.pass, () => h.move({ type: 'turn.pass' }), { variant: 'ghost', shortcut: 'N', key: 'pass', testid: 'pass', disabled: !v.myTurn }),
      button(t.walkAwayButton, () => h.walkAwayDialog(), { variant: 'danger', shortcut: 'W', key: 'walk-away', testid: 'walk-away', disabled: !v.myTurn }),
    ),
  );
}
