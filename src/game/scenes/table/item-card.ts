/** One agenda card on the table: the item, its option ladder with where each side stands, and its status. */
import { wholePercent, type ItemView, type PlayerView } from '../../../engine/index.ts';
import { button, el, points } from '../../ui/dom.ts';
import { t } from '../../ui/strings/index.ts';
import { statusWord } from '../../ui/words.ts';
import type { TableHost } from './host.ts';

export function itemCard(h: TableHost, v: PlayerView, it: ItemView, n: number): HTMLElement {
  const agreed = it.status === 'tentative';
  const theirsOnTable = v.table?.by === 'them' ? v.table.options[it.id] : undefined;
  const status = statusWord(it.status);
  const options = it.options.map((o) => {
    const id = `opt-${it.id}-${o.id}`;
    const show = () => h.showDetail(`${it.title}: ${o.label}`, o.description);
    const input = el('input', {
      type: 'radio',
      name: `item-${it.id}`,
      id,
      value: o.id,
      key: id,
      testid: id,
      checked: h.draft[it.id] === o.id,
      disabled: agreed,
      'aria-describedby': `detail`,
      on: { change: () => h.pick(it.id, o.id, id), focus: () => show() },
    });
    const tags = [
      it.myOffer === o.id ? el('span', { class: 'tag mine', title: t.yourLatestOffer }, '▲') : null,
      it.theirOffer === o.id ? el('span', { class: 'tag theirs', title: t.theirLatestOffer }, '●') : null,
      agreed && it.agreedOption === o.id ? el('span', { class: 'tag agreed' }, t.tagAgreed) : null,
      o.crossesMyRedLine ? el('span', { class: 'tag redline', title: t.crossesYourRedLine }, t.tagRedLine) : null,
    ];
    const row = el(
      'label',
      {
        for: id,
        class: `opt${h.draft[it.id] === o.id ? ' chosen' : ''}${agreed && it.agreedOption === o.id ? ' agreed' : ''}${theirsOnTable === o.id ? ' on-table' : ''}`,
        title: o.description,
        on: { mouseenter: show },
      },
      input,
      el('span', { class: 'opt-label' }, o.label),
      el('span', { class: 'opt-tags' }, ...tags),
      el('span', { class: 'opt-points' }, `${points(o.myPoints)}`, el('small', null, t.ptsUnit)),
    );
    return row;
  });
  return el(
    'section',
    { class: `item-card status-${it.status}`, testid: `item-${it.id}`, 'aria-labelledby': `title-${it.id}` },
    el(
      'header',
      { class: 'item-head' },
      el('span', { class: 'item-num', 'aria-hidden': 'true' }, String(n + 1)),
      el('h2', { id: `title-${it.id}`, title: it.description }, it.title),
      el('span', { class: 'prio', title: t.itemMatters }, t.priorityPercent(wholePercent(it.myWeight))),
      el('span', { class: `status-chip ${it.status}`, testid: `status-${it.id}` }, `${status.icon} ${status.word}`),
    ),
    el('fieldset', { class: 'opts' }, el('legend', { class: 'sr-only' }, t.chooseAnOption(it.title)), ...options),
    agreed
      ? el(
          'div',
          { class: 'item-actions' },
          button(t.reopen, () => h.move({ type: 'item.reopen', item: it.id }), { variant: 'ghost small', key: `reopen-${it.id}`, testid: `reopen-${it.id}`, title: t.reopenCost }),
        )
      : theirsOnTable
        ? el(
            'div',
            { class: 'item-actions' },
            el('span', { class: 'muted small' }, t.onTableFromThem),
            button(t.agreeItem, () => h.agreeItem(it.id), { variant: 'small', key: `agree-${it.id}`, testid: `agree-${it.id}`, disabled: !v.myTurn }),
          )
        : null,
  );
}
