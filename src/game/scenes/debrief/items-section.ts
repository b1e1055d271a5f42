/**
 * The debrief's item-by-item list: the player's result beside what really happened, and each
 * third party's verdict. A party says the same words for the same mood on every item, so its
 * words show once, at the first item that moved it that way; later items show the verdict alone.
 */
import type { DebriefView } from '../../../engine/index.ts';
import { el } from '../../ui/dom.ts';
import { t } from '../../ui/strings/index.ts';
import { reactionWord } from '../../ui/words.ts';

type Item = DebriefView['items'][number];

function verdicts(it: Item, said: Set<string>): HTMLElement | null {
  if (it.verdicts.length === 0) return null;
  return el(
    'ul',
    { class: 'verdicts' },
    ...it.verdicts.map((v) => {
      const key = `${v.party}\u0000${v.reaction}`;
      const first = !said.has(key);
      said.add(key);
      return el(
        'li',
        null,
        el('span', { class: `verdict-who reaction ${v.reaction}` }, t.verdictWho(reactionWord(v.reaction).icon, v.party), el('span', { class: 'verdict-word' }, reactionWord(v.reaction).word)),
        first ? el('span', { class: 'verdict-text muted small' }, v.text) : el('span', { class: 'verdict-text muted small' }, t.saidAbove),
      );
    }),
  );
}

export function itemsList(d: DebriefView, hideReal: boolean): HTMLElement[] {
  const said = new Set<string>();
  return d.items.map((it) =>
    el(
      'article',
      { class: 'debrief-item', testid: `debrief-item-${it.id}` },
      el('h3', null, it.title),
      el(
        'dl',
        null,
        el('dt', null, t.yourResult),
        el(
          'dd',
          null,
          el('span', { testid: `mine-${it.id}` }, it.mine ?? t.noAgreement),
          it.crossedMyRedLine ? el('span', { class: 'tag redline', testid: `crossed-${it.id}`, title: t.crossedRedLineTitle }, t.crossedRedLine) : null,
        ),
        hideReal ? null : el('dt', null, it.real.reportedly ? t.realReportedly(d.realLabel) : t.realAsItWas(d.realLabel)),
        hideReal ? null : el('dd', null, it.real.label, it.mine === it.real.label ? el('span', { class: 'tag agreed' }, t.sameAsHistory) : null),
      ),
      hideReal ? null : el('p', { class: 'muted small' }, it.real.text),
      verdicts(it, said),
    ),
  );
}
