/**
 * The table's dialogs: trade, priority, walk away, help, new game, and the check before a choice
 * that crosses one of the player's own red lines. Each takes the screen's dialog opener and says
 * what the player decided through a callback; the Table scene sends the moves.
 */
import type { ItemView, MoveEvent, PlayerView } from '../../../engine/index.ts';
import { button, el, points } from '../../ui/dom.ts';
import { controlsTable, howToPlay } from '../../ui/help.ts';
import { t } from '../../ui/strings/index.ts';

/** Screen.dialog: opens a modal dialog and returns its close function. */
export type OpenDialog = (title: string, body: (close: () => void) => (Node | null)[], opts?: { testid?: string; wide?: boolean }) => () => void;

type Pick = { item: string; option: string };

/** The player's red lines that these choices cross, each with the brief's words for it. */
function crossedRedLines(v: PlayerView, picks: Pick[]): { item: string; option: string; text: string }[] {
  const crossed: { item: string; option: string; text: string }[] = [];
  for (const p of picks) {
    const it = v.items.find((i) => i.id === p.item);
    const o = it?.options.find((x) => x.id === p.option);
    if (!it || !o?.crossesMyRedLine) continue;
    const line = v.me.redLines.find((r) => r.item === p.item && r.options.includes(p.option));
    crossed.push({ item: it.title, option: o.label, text: line?.text ?? '' });
  }
  return crossed;
}

/**
 * Runs `go` at once, or first asks the player to confirm when the choice crosses one of their
 * own red lines. The engine allows it on purpose (a student may cross a red line and the debrief
 * discusses it); the table only makes sure it is a decision, not a slip.
 */
export function confirmRedLines(dialog: OpenDialog, v: PlayerView, picks: Pick[], what: string, go: () => void): void {
  const crossed = crossedRedLines(v, picks);
  if (crossed.length === 0) return go();
  dialog(
    t.crossesRedLine(crossed.length),
    (close) => [
      el('p', null, t.wouldCommit(what)),
      el(
        'ul',
        { class: 'redlines', testid: 'redline-list' },
        ...crossed.map((c) => el('li', null, el('strong', null, t.crossedItem(c.item, c.option)), c.text ? el('span', { class: 'muted' }, t.yourBriefSays(c.text)) : null)),
      ),
      el('p', { class: 'muted' }, t.mayStillCross),
      el(
        'div',
        { class: 'dialog-actions' },
        button(t.goBack, close, { variant: 'primary', 'data-autofocus': '', testid: 'redline-cancel' }),
        button(
          t.crossAnyway,
          () => {
            close();
            go();
          },
          { variant: 'danger', testid: 'redline-confirm' },
        ),
      ),
    ],
    { testid: 'redline-dialog' },
  );
}

export function helpDialog(dialog: OpenDialog): void {
  dialog(
    t.howToPlay,
    (close) => [...howToPlay(), el('h3', null, t.controls), controlsTable(), el('div', { class: 'dialog-actions' }, button(t.backToTable, close, { variant: 'primary', 'data-autofocus': '' }))],
    {
      testid: 'help-dialog',
      wide: true,
    },
  );
}

export function walkAwayDialog(dialog: OpenDialog, v: PlayerView, walkAway: () => void): void {
  dialog(
    t.walkAwayTitle,
    (close) => [
      el('p', null, t.walkAwayExplain(points(v.me.walkAwayPoints))),
      v.me.walkAwayText ? el('p', { class: 'muted' }, v.me.walkAwayText) : null,
      el(
        'div',
        { class: 'dialog-actions' },
        button(t.stayAtTable, close, { variant: 'primary', 'data-autofocus': '', testid: 'walk-cancel' }),
        button(
          t.walkAway,
          () => {
            close();
            walkAway();
          },
          { variant: 'danger', testid: 'walk-confirm' },
        ),
      ),
    ],
    { testid: 'walk-dialog' },
  );
}

function itemSelect(id: string, items: ItemView[], chosen: string): HTMLSelectElement {
  return el('select', { id, testid: id }, ...items.map((it) => el('option', { value: it.id, selected: it.id === chosen }, it.title)));
}

function optionSelect(id: string, item: ItemView | undefined, chosen: string | undefined): HTMLSelectElement {
  return el(
    'select',
    { id, testid: id },
    ...(item?.options ?? []).map((o) => el('option', { value: o.id, selected: o.id === chosen }, t.optionChoice(o.label, points(o.myPoints), o.crossesMyRedLine))),
  );
}

export function tradeDialog(dialog: OpenDialog, v: PlayerView, draft: Record<string, string>, propose: (e: MoveEvent) => void): void {
  const open = v.items.filter((it) => it.status !== 'tentative');
  dialog(
    t.tradeTitle,
    (close) => {
      const giveItem = itemSelect('trade-give-item', open, open[0].id);
      const wantItem = itemSelect('trade-want-item', open, open[1].id);
      let giveOption = optionSelect('trade-give-option', open[0], draft[open[0].id]);
      let wantOption = optionSelect('trade-want-option', open[1], draft[open[1].id]);
      const giveSlot = el('span', { class: 'slot' }, giveOption);
      const wantSlot = el('span', { class: 'slot' }, wantOption);
      const error = el('p', { class: 'refusal', role: 'alert' });
      giveItem.addEventListener('change', () => {
        const it = open.find((i) => i.id === giveItem.value);
        giveOption = optionSelect('trade-give-option', it, it ? draft[it.id] : undefined);
        giveSlot.replaceChildren(giveOption);
      });
      wantItem.addEventListener('change', () => {
        const it = open.find((i) => i.id === wantItem.value);
        wantOption = optionSelect('trade-want-option', it, it ? draft[it.id] : undefined);
        wantSlot.replaceChildren(wantOption);
      });
      giveItem.dataset.autofocus = '';
      return [
        el('p', { class: 'muted' }, t.tradeExplain),
        el('div', { class: 'form-row' }, el('label', { for: 'trade-give-item' }, t.tradeWeSettle), giveItem, el('label', { for: 'trade-give-option' }, t.tradeAt), giveSlot),
        el('div', { class: 'form-row' }, el('label', { for: 'trade-want-item' }, t.tradeIfYouSettle), wantItem, el('label', { for: 'trade-want-option' }, t.tradeAt), wantSlot),
        error,
        el(
          'div',
          { class: 'dialog-actions' },
          button(t.cancel, close, { variant: 'ghost' }),
          button(
            t.proposeTrade,
            () => {
              if (giveItem.value === wantItem.value) {
                error.textContent = t.tradeDifferentItems;
                return;
              }
              close();
              propose({ type: 'trade.propose', give: { item: giveItem.value, option: giveOption.value }, want: { item: wantItem.value, option: wantOption.value } });
            },
            { variant: 'primary', testid: 'trade-submit' },
          ),
        ),
      ];
    },
    { testid: 'trade-dialog' },
  );
}

export function priorityDialog(dialog: OpenDialog, v: PlayerView, say: (e: MoveEvent) => void): void {
  const top = [...v.items].sort((a, b) => b.myWeight - a.myWeight)[0];
  dialog(
    t.priorityTitle,
    (close) => {
      const select = itemSelect('priority-item', v.items, top.id);
      select.dataset.autofocus = '';
      return [
        el('p', { class: 'muted' }, t.priorityExplain),
        el('div', { class: 'form-row' }, el('label', { for: 'priority-item' }, t.priorityMatters), select),
        el(
          'div',
          { class: 'dialog-actions' },
          button(t.cancel, close, { variant: 'ghost' }),
          button(
            t.sayIt,
            () => {
              close();
              say({ type: 'priority.state', item: select.value });
            },
            { variant: 'primary', testid: 'priority-submit' },
          ),
        ),
      ];
    },
    { testid: 'priority-dialog' },
  );
}

export function newGameDialog(dialog: OpenDialog, discard: () => void): void {
  dialog(
    t.newGameTitle,
    (close) => [
      el('p', null, t.newGameExplain),
      el(
        'div',
        { class: 'dialog-actions' },
        button(t.keepPlaying, close, { variant: 'primary', 'data-autofocus': '', testid: 'new-game-cancel' }),
        button(
          t.discardAndStart,
          () => {
            close();
            discard();
          },
          { variant: 'danger', testid: 'new-game-confirm' },
        ),
      ),
    ],
    { testid: 'new-game-dialog' },
  );
}
