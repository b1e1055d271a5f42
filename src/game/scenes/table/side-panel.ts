/** The table's side panel: the counterpart (reply, mood, trust, what they put on the table), then third parties and history. */
import { wholePercent, type PlayerView } from '../../../engine/index.ts';
import { button, el, points } from '../../ui/dom.ts';
import { t } from '../../ui/strings/index.ts';
import { COLORS } from '../../ui/theme.ts';
import { moodWord, reactionWord } from '../../ui/words.ts';
import { counterpartName, words, wordsAll } from '../../ui/say-here.ts';
import { partyEmblem, replyBlock } from './envoy-panel.ts';
import type { Tab, TableHost } from './host.ts';

function trustMeter(v: PlayerView): HTMLElement {
  const trustPct = wholePercent(v.theirTrust);
  return el(
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
  );
}

export function counterpartPanel(host: TableHost, v: PlayerView): HTMLElement {
  const mood = v.theirMood ? moodWord(v.theirMood) : null;
  const computer = v.them.counterpart !== null;
  const trade = v.trade;
  const itemTitle = (id: string) => v.items.find((i) => i.id === id)?.title ?? id;
  const optionLabel = (item: string, option: string) => v.items.find((i) => i.id === item)?.options.find((o) => o.id === option)?.label ?? option;
  return el(
    'section',
    { class: 'counterpart', testid: 'counterpart', 'data-guide': 'counterpart' },
    el('h2', null, v.them.name, v.them.counterpart ? el('span', { class: 'muted' }, ` · ${counterpartName(v.them.counterpart)}`) : null),
    // Trust and mood are the computer's: a classmate across the table has neither on screen.
    computer ? trustMeter(v) : null,
    computer
      ? el('p', { class: 'mood', testid: 'mood' }, t.mood, mood ? el('span', { class: `mood-chip ${v.theirMood}` }, `${mood.icon} ${mood.word}`) : el('span', { class: 'muted' }, t.waitingFirstMove))
      : null,
    replyBlock(v),
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
          { class: 'parties', testid: 'third-parties' },
          ...v.thirdParties.map((p) => {
            const r = reactionWord(p.reaction);
            return el(
              'li',
              { title: t.partyTooltip(p.name, p.wants, p.reactionText) },
              el('div', { class: 'party-row' }, partyEmblem(p), el('strong', { class: 'party-name' }, p.name), el('span', { class: `reaction ${p.reaction}` }, `${r.icon} ${r.word}`)),
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
                // The line is clamped to fit the panel; opening it reads the whole of what they want and why.
                el(
                  'details',
                  { class: 'party-more', key: `party-more-${p.id}`, testid: `party-more-${p.id}` },
                  el('summary', { class: 'party-why muted' }, p.because ? t.partyWhy(p.because) : t.partyWants(p.wants)),
                  el('p', null, t.partyWants(p.wants)),
                  p.because ? el('p', null, t.partyWhy(p.because)) : null,
                  el('p', { class: 'muted' }, p.reactionText),
                ),
              ),
            );
          }),
        )
      : el(
          'ol',
          { class: 'history', testid: 'history' },
          ...(v.history.length === 0 ? [el('li', { class: 'muted' }, t.nothingYet)] : []),
          ...[...v.history].reverse().map((h) =>
            el(
              'li',
              { class: `hist ${h.who}` },
              el('span', { class: 'hist-round' }, t.roundShort(h.round)),
              el(
                'div',
                null,
                // A move's words already name its side ("Russia proposes…"): only news gets a label.
                h.who === 'event' ? el('span', { class: 'hist-who' }, t.newsWho) : null,
                h.who === 'event' ? ' ' : null,
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
    // The tab panel wraps the list (a list cannot be a tab panel and keep its items); it scrolls, so it takes focus.
    el('div', { class: 'tab-panel scroll', 'data-clip': '', role: 'tabpanel', tabindex: '0', 'aria-label': host.tab === 'parties' ? t.thirdParties : t.historyLabel }, body),
  );
}
