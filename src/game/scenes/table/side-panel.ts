/** The table's side panel: the counterpart (reply, mood, trust, what they put on the table), then third parties and history. */
import { wholePercent, type PlayerView } from '../../../engine/index.ts';
import { button, el, points } from '../../ui/dom.ts';
import { t } from '../../ui/strings/index.ts';
import { COLORS } from '../../ui/theme.ts';
import { moodWord, reactionWord } from '../../ui/words.ts';
import { counterpartName, words, wordsAll } from '../../ui/say-here.ts';
import type { Tab, TableHost } from './host.ts';

export function counterpartPanel(host: TableHost, v: PlayerView): HTMLElement {
  const mood = v.theirMood ? moodWord(v.theirMood) : null;
  const reply = v.lastReply;
  const trustPct = wholePercent(v.theirTrust);
  const trade = v.trade;
  const itemTitle = (id: string) => v.items.find((i) => i.id === id)?.title ?? id;
  const optionLabel = (item: string, option: string) => v.items.find((i) => i.id === item)?.options.find((o) => o.id === option)?.label ?? option;
  return el(
    'section',
    { class: 'counterpart', 'aria-live': 'polite', testid: 'counterpart', 'data-guide': 'counterpart' },
    el('h2', null, v.them.name, v.them.counterpart ? el('span', { class: 'muted' }, ` · ${counterpartName(v.them.counterpart)}`) : null),
    el(
      'div',
      { class: 'meter-row' },
      el('span', { class: 'meter-label' }, t.trustInYou),
      el('span', {
        class: 'meter',
        'data-meter': String(v.theirTrust),
        'data-meter-color': String(COLORS.accent),
        role: 'meter',
        'aria-valuenow': String(trustPct),
        'aria-valuemin': '0',
        'aria-valuemax': '100',
        'aria-label': t.theirTrustInYou,
      }),
      el('span', { class: 'meter-value', testid: 'trust' }, `${trustPct}%`),
    ),
    el('p', { class: 'mood', testid: 'mood' }, t.mood, mood ? el('span', { class: `mood-chip ${v.theirMood}` }, `${mood.icon} ${mood.word}`) : el('span', { class: 'muted' }, t.waitingFirstMove)),
    reply?.said ? el('blockquote', { class: 'reply', testid: 'reply' }, wordsAll(reply.said)) : el('p', { class: 'muted reply-empty' }, v.myTurn ? t.yourMove : t.waitingFor(v.them.name)),
    v.table?.by === 'them'
      ? el(
          'div',
          { class: 'offer-box' },
          el(
            'span',
            null,
            t.theirPackage,
            el('strong', { testid: 'table-points' }, v.table.myPoints === null ? t.incomplete : t.pts(points(v.table.myPoints))),
            v.table.myPoints !== null ? t.toYou : '',
          ),
          button(t.acceptPackage, () => host.acceptPackage(), { variant: 'primary small', shortcut: 'A', key: 'accept', testid: 'accept', disabled: !v.myTurn }),
        )
      : null,
    trade?.by === 'them'
      ? el(
          'div',
          { class: 'offer-box', testid: 'their-trade' },
          el('span', null, t.theirTrade(itemTitle(trade.give.item), optionLabel(trade.give.item, trade.give.option), itemTitle(trade.want.item), optionLabel(trade.want.item, trade.want.option))),
          button(t.acceptTrade, () => host.acceptTrade(), { variant: 'primary small', shortcut: 'Y', key: 'accept-trade', testid: 'accept-trade', disabled: !v.myTurn }),
        )
      : null,
  );
}

/** The third parties and the history, one tab at a time. */
export function sideTabs(host: TableHost, v: PlayerView): HTMLElement {
  const tabButton = (tab: Tab, label: string, key: string) =>
    el(
      'button',
      {
        type: 'button',
        role: 'tab',
        class: `tab${host.tab === tab ? ' active' : ''}`,
        'aria-selected': host.tab === tab ? 'true' : 'false',
        key: `tab-${tab}`,
        testid: `tab-${tab}`,
        'aria-keyshortcuts': key,
        on: { click: () => host.setTab(tab) },
      },
      label,
      el('kbd', { 'aria-hidden': 'true' }, key),
    );
  const body =
    host.tab === 'parties'
      ? el(
          'ul',
          { class: 'parties scroll', 'data-clip': '', testid: 'third-parties', role: 'tabpanel', tabindex: '0', 'aria-label': t.thirdParties },
          ...v.thirdParties.map((p) => {
            const r = reactionWord(p.reaction);
            return el(
              'li',
              { title: t.partyTooltip(p.name, p.wants, p.reactionText) },
              el('div', { class: 'party-row' }, el('strong', { class: 'party-name' }, p.name), el('span', { class: `reaction ${p.reaction}` }, `${r.icon} ${r.word}`)),
              el(
                'div',
                { class: 'party-row2' },
                el('span', {
                  class: 'meter small',
                  'data-meter': String(p.satisfaction),
                  'data-meter-color': String(r.color),
                  role: 'meter',
                  'aria-valuenow': String(wholePercent(p.satisfaction)),
                  'aria-valuemin': '0',
                  'aria-valuemax': '100',
                  'aria-label': t.partySatisfaction(p.name),
                }),
                el('span', { class: 'party-why muted' }, p.because ? t.partyWhy(p.because) : t.partyWants(p.wants)),
              ),
            );
          }),
        )
      : el(
          'ol',
          { class: 'history scroll', testid: 'history', role: 'tabpanel', tabindex: '0', 'aria-label': t.historyLabel },
          ...(v.history.length === 0 ? [el('li', { class: 'muted' }, t.nothingYet)] : []),
          ...[...v.history]
            .reverse()
            .map((h) =>
              el(
                'li',
                { class: `hist ${h.who}` },
                el('span', { class: 'hist-round' }, t.roundShort(h.round)),
                el(
                  'div',
                  null,
                  el('span', { class: 'hist-who' }, h.who === 'me' ? v.me.name : h.who === 'them' ? v.them.name : t.newsWho),
                  ' ',
                  el('span', null, words(h.line)),
                  h.changes ? el('p', { class: 'hist-changes', testid: 'hist-changes' }, wordsAll(h.changes)) : null,
                  h.said ? el('p', { class: 'hist-said' }, t.quoted(wordsAll(h.said))) : null,
                ),
              ),
            ),
        );
  return el(
    'section',
    { class: 'side-tabs', 'data-guide': 'parties' },
    el('div', { class: 'tab-row', role: 'tablist', 'aria-label': t.sidePanel }, tabButton('parties', t.thirdParties, 'V'), tabButton('history', t.history, 'H')),
    body,
  );
}
