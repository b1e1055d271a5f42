/**
 * The negotiation table: four agenda cards with their option ladders, where each side stands and
 * each item's status; the package being composed; the counterpart's reply, mood and trust; the
 * third parties; the event banner; the history log; and every move as a button and a key.
 */
import type { ItemView, MoveEvent, PlayerView } from '../../engine/index.ts';
import * as session from '../session.ts';
import { button, el, points } from '../ui/dom.ts';
import { controlsTable, howToPlay } from '../ui/help.ts';
import { moodWord, reactionWord, statusWord } from '../ui/words.ts';
import { acknowledge, endGuide, guideActive, guideCard, placeGuide, tableStep, type GuideStep } from '../ui/guide.ts';
import { Screen } from '../ui/Screen.ts';
import { t } from '../ui/strings/index.ts';
import { COLORS } from '../ui/theme.ts';

export interface TableData {
  side: session.SideIndex;
}

type Tab = 'parties' | 'history';

export class Table extends Screen<TableData> {
  protected override updatesInPlace = true;
  private draft: Record<string, string> = {};
  private tab: Tab = 'parties';
  private dismissedEvent: string | null = null;
  private detail: { label: string; text: string } | null = null;
  private note: string | null = null;
  private leaving = false;

  constructor() {
    super('Table');
  }

  private get side(): session.SideIndex {
    return this.data_.side;
  }

  private view(): PlayerView {
    return session.viewFor(this.side)!;
  }

  protected override setup(): void {
    this.draft = {};
    this.tab = 'parties';
    this.dismissedEvent = null;
    this.detail = null;
    this.note = null;
    this.leaving = false;
    this.syncDraft();
    this.onShutdown(session.subscribe(() => this.onChange()));
    if (session.classSettings()?.settings.secondsPerRound) {
      const timer = window.setInterval(() => this.tick(), 1000);
      this.onShutdown(() => clearInterval(timer));
    }
  }

  private onChange(): void {
    if (this.leaving) return;
    if (session.phase() !== 'negotiating') {
      this.leaving = true;
      endGuide();
      this.go('Outcome', { side: this.side });
      return;
    }
    if (session.currentMode().kind === 'hotseat' && session.viewSide() !== this.side) {
      this.leaving = true;
      this.go('Handover', { side: session.viewSide(), next: 'Table' });
      return;
    }
    this.syncDraft();
    this.refresh();
  }

  /** Agreed items show their agreed option; open items keep the player's choice, else their last offer. */
  private syncDraft(): void {
    const v = this.view();
    for (const it of v.items) {
      if (it.status === 'tentative' && it.agreedOption) this.draft[it.id] = it.agreedOption;
      else if (!(it.id in this.draft) && it.myOffer) this.draft[it.id] = it.myOffer;
    }
  }

  private move(event: MoveEvent): void {
    this.note = null;
    session.send(event);
  }

  private propose(): void {
    const v = this.view();
    const options: Record<string, string> = {};
    for (const it of v.items) if (it.status !== 'tentative' && this.draft[it.id]) options[it.id] = this.draft[it.id];
    if (Object.keys(options).length === 0) {
      this.note = t.chooseFirst;
      this.refresh();
      return;
    }
    this.focusNext('propose');
    this.move({ type: 'offer.propose', options });
  }

  protected override shortcuts(): Record<string, () => void> {
    const v = this.view();
    const focusCard = (n: number) => () => {
      let card = this.root.querySelectorAll<HTMLElement>('.item-card')[n];
      if (card?.dataset.stage) {
        this.revealStages(Number(card.dataset.stage)); // it may still be waiting for its frame
        card = this.root.querySelectorAll<HTMLElement>('.item-card')[n];
      }
      (card?.querySelector<HTMLElement>('input:checked:not(:disabled)') ?? card?.querySelector<HTMLElement>('input:not(:disabled)') ?? card?.querySelector<HTMLElement>('button'))?.focus();
    };
    return {
      p: () => this.propose(),
      a: () => v.table?.by === 'them' && this.acceptPackage(),
      t: () => this.tradeDialog(),
      y: () => v.trade?.by === 'them' && this.acceptTrade(),
      s: () => v.canStatePriority && this.priorityDialog(),
      q: () => v.canAskPriority && this.move({ type: 'priority.ask' }),
      n: () => this.move({ type: 'turn.pass' }),
      w: () => this.walkAwayDialog(),
      h: () => this.setTab('history'),
      v: () => this.setTab('parties'),
      '?': () => this.helpDialog(),
      F1: () => this.helpDialog(),
      '1': focusCard(0),
      '2': focusCard(1),
      '3': focusCard(2),
      '4': focusCard(3),
    };
  }

  private setTab(tab: Tab): void {
    this.tab = tab;
    this.focusNext(`tab-${tab}`);
    this.refresh();
  }

  // ——— accepting: the player's own red lines ask first ———

  /** The player's red lines that these choices cross, each with the brief's words for it. */
  private crossedRedLines(v: PlayerView, picks: { item: string; option: string }[]): { item: string; option: string; text: string }[] {
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
  private confirmRedLines(v: PlayerView, picks: { item: string; option: string }[], what: string, go: () => void): void {
    const crossed = this.crossedRedLines(v, picks);
    if (crossed.length === 0) return go();
    this.dialog(
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

  private acceptPackage(): void {
    const v = this.view();
    if (v.table?.by !== 'them') return;
    const picks = Object.entries(v.table.options).map(([item, option]) => ({ item, option }));
    this.confirmRedLines(v, picks, t.acceptingPackage, () => this.move({ type: 'offer.accept' }));
  }

  private agreeItem(item: string): void {
    const v = this.view();
    const option = v.table?.by === 'them' ? v.table.options[item] : undefined;
    if (!option) return;
    this.confirmRedLines(v, [{ item, option }], t.agreeingItem, () => this.move({ type: 'item.agree', item }));
  }

  private acceptTrade(): void {
    const v = this.view();
    const trade = v.trade;
    if (trade?.by !== 'them') return;
    this.confirmRedLines(v, [trade.give, trade.want], t.acceptingTrade, () => this.move({ type: 'trade.accept' }));
  }

  // ——— dialogs ———

  private helpDialog(): void {
    this.dialog(t.howToPlay, (close) => [...howToPlay(), el('h3', null, t.controls), controlsTable(), el('div', { class: 'dialog-actions' }, button(t.backToTable, close, { variant: 'primary', 'data-autofocus': '' }))], {
      testid: 'help-dialog',
      wide: true,
    });
  }

  private walkAwayDialog(): void {
    const v = this.view();
    this.dialog(
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
              this.move({ type: 'talks.walkAway' });
            },
            { variant: 'danger', testid: 'walk-confirm' },
          ),
        ),
      ],
      { testid: 'walk-dialog' },
    );
  }

  private itemSelect(id: string, items: ItemView[], chosen: string): HTMLSelectElement {
    return el('select', { id, testid: id }, ...items.map((it) => el('option', { value: it.id, selected: it.id === chosen }, it.title)));
  }

  private optionSelect(id: string, item: ItemView | undefined, chosen: string | undefined): HTMLSelectElement {
    return el(
      'select',
      { id, testid: id },
      ...(item?.options ?? []).map((o) => el('option', { value: o.id, selected: o.id === chosen }, t.optionChoice(o.label, points(o.myPoints), o.crossesMyRedLine))),
    );
  }

  private tradeDialog(): void {
    const v = this.view();
    const open = v.items.filter((it) => it.status !== 'tentative');
    if (open.length < 2) {
      this.note = t.tradeNeedsTwo;
      this.refresh();
      return;
    }
    this.dialog(
      t.tradeTitle,
      (close) => {
        const giveItem = this.itemSelect('trade-give-item', open, open[0].id);
        const wantItem = this.itemSelect('trade-want-item', open, open[1].id);
        let giveOption = this.optionSelect('trade-give-option', open[0], this.draft[open[0].id]);
        let wantOption = this.optionSelect('trade-want-option', open[1], this.draft[open[1].id]);
        const giveSlot = el('span', { class: 'slot' }, giveOption);
        const wantSlot = el('span', { class: 'slot' }, wantOption);
        const error = el('p', { class: 'refusal', role: 'alert' });
        giveItem.addEventListener('change', () => {
          const it = open.find((i) => i.id === giveItem.value);
          giveOption = this.optionSelect('trade-give-option', it, it ? this.draft[it.id] : undefined);
          giveSlot.replaceChildren(giveOption);
        });
        wantItem.addEventListener('change', () => {
          const it = open.find((i) => i.id === wantItem.value);
          wantOption = this.optionSelect('trade-want-option', it, it ? this.draft[it.id] : undefined);
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
                this.move({ type: 'trade.propose', give: { item: giveItem.value, option: giveOption.value }, want: { item: wantItem.value, option: wantOption.value } });
              },
              { variant: 'primary', testid: 'trade-submit' },
            ),
          ),
        ];
      },
      { testid: 'trade-dialog' },
    );
  }

  private priorityDialog(): void {
    const v = this.view();
    const top = [...v.items].sort((a, b) => b.myWeight - a.myWeight)[0];
    this.dialog(
      t.priorityTitle,
      (close) => {
        const select = this.itemSelect('priority-item', v.items, top.id);
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
                this.move({ type: 'priority.state', item: select.value });
              },
              { variant: 'primary', testid: 'priority-submit' },
            ),
          ),
        ];
      },
      { testid: 'priority-dialog' },
    );
  }

  // ——— rendering ———

  private guide: { step: GuideStep; card: HTMLElement } | null = null;

  /** The guided first round's coach card (ui/guide.ts), when it has something to say. */
  private guideCard(v: PlayerView): HTMLElement | null {
    const step = tableStep(v, this.draft);
    const before = this.guide?.step.id;
    this.guide = null;
    if (!step) return null;
    const card = guideCard(
      step,
      () => {
        acknowledge(step.id);
        this.refresh();
      },
      () => {
        endGuide();
        this.refresh();
      },
    );
    this.guide = { step, card };
    // A step that asks the player to read, then go on: its Next button takes the focus.
    if (step.next && step.id !== before) queueMicrotask(() => this.liveGuideCard()?.querySelector<HTMLElement>('[data-testid="guide-next"]')?.focus({ preventScroll: true }));
    return card;
  }

  /** The coach card on screen (an in-place update may have kept the old node rather than `guide.card`). */
  private liveGuideCard(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[data-testid="guide"]');
  }

  protected override paintExtra(): void {
    const card = this.liveGuideCard();
    if (this.guide && card) placeGuide(this.root, card, this.guide.step);
  }

  protected render(): void {
    const v = this.view();
    const title = session.title();
    const guide = this.guideCard(v);
    this.root.append(
      el(
        'div',
        { class: 'table-layout' },
        this.topBar(v, title),
        el(
          'main',
          { class: 'table-main scroll', 'data-clip': '' },
          this.banner(v),
          this.coach(v),
          el(
            'div',
            { class: 'item-grid', testid: 'items', 'data-guide': 'cards' },
            // When the table opens, card 1 comes first and the others in the frames after it.
            ...v.items.map((it, n) => (n === 0 ? this.itemCard(v, it, n) : this.later(n, () => this.itemCard(v, it, n), { class: 'item-card' }))),
          ),
        ),
        // Then the side panel: the counterpart first, the third parties and history a frame later.
        this.later(
          Math.max(1, v.items.length),
          () => el('aside', { class: 'table-side', 'data-panel': 'panel' }, this.counterpartPanel(v), this.later(v.items.length + 1, () => this.tabs(v), { class: 'side-tabs' })),
          { class: 'table-side', 'data-panel': 'panel' },
        ),
        this.actionBar(v),
      ),
      ...(guide ? [guide] : []),
    );
  }

  private topBar(v: PlayerView, title: string): HTMLElement {
    return el(
      'header',
      { class: 'top-bar', 'data-panel': 'bar' },
      el('span', { class: 'brand', title }, t.appName),
      el('span', { class: 'legend', 'aria-hidden': 'true' }, el('span', { class: 'tag mine' }, t.legendMine), el('span', { class: 'tag theirs' }, t.legendTheirs), el('span', { class: 'tag agreed' }, t.tagAgreed), el('span', { class: 'tag redline' }, t.tagRedLine), el('span', { class: 'muted' }, t.legendPoints)),
      el('span', { class: `side-badge side-${this.side}` }, t.youAre(v.me.name)),
      el('span', { class: 'round', testid: 'round' }, t.roundOf(Math.min(v.round, v.rounds), v.rounds), el('span', { class: 'muted' }, t.movesLeft(v.roundsLeft))),
      this.timerChip(),
      session.isLive() ? null : button(t.newGame, () => this.newGameDialog(), { variant: 'ghost small', key: 'new-game', testid: 'new-game' }), // a live game belongs to the class
      button(t.help, () => this.helpDialog(), { variant: 'ghost small', shortcut: '?', key: 'help' }),
    );
  }

  // ——— a class session's time limit per round ———

  /** When the current turn (round and side to move) began, for the countdown. */
  private turn: { id: string; startedAt: number } = { id: '', startedAt: 0 };

  private secondsLeft(v: PlayerView): number | null {
    const limit = session.classSettings()?.settings.secondsPerRound ?? null;
    if (limit === null || !v.myTurn) return null;
    const id = `${v.round}:${v.history.length}`;
    if (this.turn.id !== id) this.turn = { id, startedAt: performance.now() };
    return Math.max(0, Math.ceil(limit - (performance.now() - this.turn.startedAt) / 1000));
  }

  private timerChip(): HTMLElement | null {
    const left = this.secondsLeft(this.view());
    if (left === null) return null;
    return el('span', { class: `timer${left <= 15 ? ' low' : ''}`, testid: 'round-timer', role: 'timer', 'aria-label': t.timeLeft }, t.clock(Math.floor(left / 60), String(left % 60).padStart(2, '0')));
  }

  /** Once a second: the countdown's text, and a pass when the time is up. */
  private tick(): void {
    if (this.leaving || document.querySelector('dialog[open]')) return;
    const v = this.view();
    const left = this.secondsLeft(v);
    const chip = this.root.querySelector('[data-testid="round-timer"]');
    if (left === null || !chip) return;
    if (left > 0) {
      chip.textContent = t.clock(Math.floor(left / 60), String(left % 60).padStart(2, '0'));
      chip.classList.toggle('low', left <= 15);
      return;
    }
    this.move({ type: 'turn.pass' });
    this.note = t.timeWasUp;
    this.refresh();
  }

  private newGameDialog(): void {
    this.dialog(
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
              this.leaving = true;
              endGuide();
              session.backToSetup();
              this.go('Title');
            },
            { variant: 'danger', testid: 'new-game-confirm' },
          ),
        ),
      ],
      { testid: 'new-game-dialog' },
    );
  }

  private banner(v: PlayerView): HTMLElement | null {
    if (!v.event || this.dismissedEvent === `${v.event.id}@${v.round}`) return null;
    const id = `${v.event.id}@${v.round}`;
    return el(
      'section',
      { class: 'event-banner', role: 'status', testid: 'event-banner' },
      el('span', { class: 'event-icon', 'aria-hidden': 'true' }, '⚑'),
      el('div', null, el('strong', null, t.news(v.event.title)), el('span', null, v.event.text)),
      button(
        t.dismiss,
        () => {
          this.dismissedEvent = id;
          this.refresh();
        },
        { variant: 'ghost small', key: 'dismiss-event' },
      ),
    );
  }

  private coach(v: PlayerView): HTMLElement | null {
    if (this.note) return el('p', { class: 'coach note', role: 'status' }, this.note);
    if (v.refusal) return el('p', { class: 'coach refusal', role: 'alert', testid: 'refusal' }, t.notAllowed(v.refusal));
    if (guideActive() || !session.getSettings().coach || v.round > 2) return null;
    const tip =
      v.table?.by === 'them'
        ? t.tipTheirPackage
        : v.history.length === 0
          ? t.tipFirstMove
          : t.tipLater;
    return el('p', { class: 'coach', role: 'note' }, tip);
  }

  private itemCard(v: PlayerView, it: ItemView, n: number): HTMLElement {
    const agreed = it.status === 'tentative';
    const theirsOnTable = v.table?.by === 'them' ? v.table.options[it.id] : undefined;
    const status = statusWord(it.status);
    const options = it.options.map((o) => {
      const id = `opt-${it.id}-${o.id}`;
      const show = () => {
        this.detail = { label: `${it.title}: ${o.label}`, text: o.description };
        const d = this.root.querySelector('#detail');
        if (d) d.replaceChildren(el('strong', null, this.detail.label), ` — ${this.detail.text}`);
      };
      const input = el('input', {
        type: 'radio',
        name: `item-${it.id}`,
        id,
        value: o.id,
        key: id,
        testid: id,
        checked: this.draft[it.id] === o.id,
        disabled: agreed,
        'aria-describedby': `detail`,
        on: { change: () => this.pick(it.id, o.id, id), focus: () => show() },
      });
      const tags = [
        it.myOffer === o.id ? el('span', { class: 'tag mine', title: t.yourLatestOffer }, '▲') : null,
        it.theirOffer === o.id ? el('span', { class: 'tag theirs', title: t.theirLatestOffer }, '●') : null,
        agreed && it.agreedOption === o.id ? el('span', { class: 'tag agreed' }, t.tagAgreed) : null,
        o.crossesMyRedLine ? el('span', { class: 'tag redline', title: t.crossesYourRedLine }, t.tagRedLine) : null,
      ];
      const row = el(
        'label',
        { for: id, class: `opt${this.draft[it.id] === o.id ? ' chosen' : ''}${agreed && it.agreedOption === o.id ? ' agreed' : ''}${theirsOnTable === o.id ? ' on-table' : ''}`, title: o.description, on: { mouseenter: show } },
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
        el('span', { class: 'prio', title: t.itemMatters }, t.priorityPercent(Math.round(it.myWeight * 100))),
        el('span', { class: `status-chip ${it.status}`, testid: `status-${it.id}` }, `${status.icon} ${status.word}`),
      ),
      el('fieldset', { class: 'opts' }, el('legend', { class: 'sr-only' }, t.chooseAnOption(it.title)), ...options),
      agreed
        ? el('div', { class: 'item-actions' }, button(t.reopen, () => this.move({ type: 'item.reopen', item: it.id }), { variant: 'ghost small', key: `reopen-${it.id}`, testid: `reopen-${it.id}`, title: t.reopenCost }))
        : theirsOnTable
          ? el(
              'div',
              { class: 'item-actions' },
              el('span', { class: 'muted small' }, t.onTableFromThem),
              button(t.agreeItem, () => this.agreeItem(it.id), { variant: 'small', key: `agree-${it.id}`, testid: `agree-${it.id}`, disabled: !v.myTurn }),
            )
          : null,
    );
  }

  private counterpartPanel(v: PlayerView): HTMLElement {
    const mood = v.theirMood ? moodWord(v.theirMood) : null;
    const reply = v.lastReply;
    const trustPct = Math.round(v.theirTrust * 100);
    const trade = v.trade;
    const itemTitle = (id: string) => v.items.find((i) => i.id === id)?.title ?? id;
    const optionLabel = (item: string, option: string) => v.items.find((i) => i.id === item)?.options.find((o) => o.id === option)?.label ?? option;
    return el(
      'section',
      { class: 'counterpart', 'aria-live': 'polite', testid: 'counterpart', 'data-guide': 'counterpart' },
      el('h2', null, v.them.name, v.them.counterpart ? el('span', { class: 'muted' }, ` · ${v.them.counterpart.name}`) : null),
      el(
        'div',
        { class: 'meter-row' },
        el('span', { class: 'meter-label' }, t.trustInYou),
        el('span', { class: 'meter', 'data-meter': String(v.theirTrust), 'data-meter-color': String(COLORS.accent), role: 'meter', 'aria-valuenow': String(trustPct), 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-label': t.theirTrustInYou }),
        el('span', { class: 'meter-value', testid: 'trust' }, `${trustPct}%`),
      ),
      el('p', { class: 'mood', testid: 'mood' }, t.mood, mood ? el('span', { class: `mood-chip ${v.theirMood}` }, `${mood.icon} ${mood.word}`) : el('span', { class: 'muted' }, t.waitingFirstMove)),
      reply?.said ? el('blockquote', { class: 'reply', testid: 'reply' }, reply.said) : el('p', { class: 'muted reply-empty' }, v.myTurn ? t.yourMove : t.waitingFor(v.them.name)),
      v.table?.by === 'them'
        ? el(
            'div',
            { class: 'offer-box' },
            el('span', null, t.theirPackage, el('strong', { testid: 'table-points' }, v.table.myPoints === null ? t.incomplete : t.pts(points(v.table.myPoints))), v.table.myPoints !== null ? t.toYou : ''),
            button(t.acceptPackage, () => this.acceptPackage(), { variant: 'primary small', shortcut: 'A', key: 'accept', testid: 'accept', disabled: !v.myTurn }),
          )
        : null,
      trade?.by === 'them'
        ? el(
            'div',
            { class: 'offer-box', testid: 'their-trade' },
            el('span', null, t.theirTrade(itemTitle(trade.give.item), optionLabel(trade.give.item, trade.give.option), itemTitle(trade.want.item), optionLabel(trade.want.item, trade.want.option))),
            button(t.acceptTrade, () => this.acceptTrade(), { variant: 'primary small', shortcut: 'Y', key: 'accept-trade', testid: 'accept-trade', disabled: !v.myTurn }),
          )
        : null,
    );
  }

  private tabs(v: PlayerView): HTMLElement {
    const tabButton = (tab: Tab, label: string, key: string) =>
      el(
        'button',
        { type: 'button', role: 'tab', class: `tab${this.tab === tab ? ' active' : ''}`, 'aria-selected': this.tab === tab ? 'true' : 'false', key: `tab-${tab}`, testid: `tab-${tab}`, 'aria-keyshortcuts': key, on: { click: () => this.setTab(tab) } },
        label,
        el('kbd', { 'aria-hidden': 'true' }, key),
      );
    const body =
      this.tab === 'parties'
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
                  el('span', { class: 'meter small', 'data-meter': String(p.satisfaction), 'data-meter-color': String(r.color), role: 'meter', 'aria-valuenow': String(Math.round(p.satisfaction * 100)), 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-label': t.partySatisfaction(p.name) }),
                  el('span', { class: 'party-why muted' }, p.because ? t.partyWhy(p.because) : t.partyWants(p.wants)),
                ),
              );
            }),
          )
        : el(
            'ol',
            { class: 'history scroll', testid: 'history', role: 'tabpanel', tabindex: '0', 'aria-label': t.historyLabel },
            ...(v.history.length === 0 ? [el('li', { class: 'muted' }, t.nothingYet)] : []),
            ...[...v.history].reverse().map((h) =>
              el(
                'li',
                { class: `hist ${h.who}` },
                el('span', { class: 'hist-round' }, t.roundShort(h.round)),
                el('div', null, el('span', { class: 'hist-who' }, h.who === 'me' ? v.me.name : h.who === 'them' ? v.them.name : t.newsWho), ' ', el('span', null, h.text), h.said ? el('p', { class: 'hist-said' }, t.quoted(h.said)) : null),
              ),
            ),
          );
    return el('section', { class: 'side-tabs', 'data-guide': 'parties' }, el('div', { class: 'tab-row', role: 'tablist', 'aria-label': t.sidePanel }, tabButton('parties', t.thirdParties, 'V'), tabButton('history', t.history, 'H')), body);
  }

  /**
   * Choosing an option changes only the package being composed: mark the chosen row and update
   * the package's total in place, instead of rebuilding (and laying out again) the whole table.
   */
  private pick(item: string, option: string, key: string): void {
    this.draft[item] = option;
    this.note = null;
    const v = this.view();
    if (tableStep(v, this.draft)?.text !== this.guide?.step.text) {
      // The guided round moves on to its next step: draw the table afresh.
      this.focusNext(key);
      this.refresh();
      return;
    }
    for (const row of this.root.querySelectorAll<HTMLElement>(`.item-card[data-testid="item-${CSS.escape(item)}"] label.opt`)) {
      const input = row.querySelector<HTMLInputElement>('input');
      row.classList.toggle('chosen', input?.value === option);
    }
    this.root.querySelector('.draft-summary')?.replaceChildren(this.draftSummary(v));
    this.root.querySelector('.coach.note')?.remove();
  }

  private draftSummary(v: PlayerView): HTMLElement {
    const chosen = v.items.every((it) => this.draft[it.id]);
    const total = v.items.reduce((sum, it) => sum + (it.options.find((o) => o.id === this.draft[it.id])?.myPoints ?? 0), 0);
    const missing = v.items.filter((it) => !this.draft[it.id]).length;
    return chosen
      ? el('span', null, t.packageLabel, el('strong', { testid: 'draft-points' }, t.pts(points(total))), el('span', { class: 'muted' }, t.walkAwayAfterPackage(points(v.me.walkAwayPoints))))
      : el('span', null, t.cardsToChoose(missing), el('span', { class: 'muted' }, t.walkAwayPts(points(v.me.walkAwayPoints))));
  }

  private actionBar(v: PlayerView): HTMLElement {
    const open = v.items.filter((it) => it.status !== 'tentative');
    return el(
      'footer',
      { class: 'action-bar', 'data-panel': 'bar' },
      el('p', { class: 'detail muted', id: 'detail' }, this.detail ? el('strong', null, this.detail.label) : t.hoverHint, this.detail ? ` — ${this.detail.text}` : ''),
      el(
        'div',
        { class: 'actions', 'data-guide': 'actions' },
        el('span', { class: 'draft-summary' }, this.draftSummary(v)),
        button(t.proposePackage, () => this.propose(), { variant: 'primary', shortcut: 'P', key: 'propose', testid: 'propose', disabled: !v.myTurn || open.length === 0 }),
        button(t.trade, () => this.tradeDialog(), { shortcut: 'T', key: 'trade', testid: 'trade', disabled: !v.myTurn }),
        button(t.tellPriority, () => this.priorityDialog(), { shortcut: 'S', key: 'state-priority', testid: 'state-priority', disabled: !v.canStatePriority }),
        button(t.askPriority, () => this.move({ type: 'priority.ask' }), { shortcut: 'Q', key: 'ask-priority', testid: 'ask-priority', disabled: !v.canAskPriority }),
        button(t.pass, () => this.move({ type: 'turn.pass' }), { variant: 'ghost', shortcut: 'N', key: 'pass', testid: 'pass', disabled: !v.myTurn }),
        button(t.walkAwayButton, () => this.walkAwayDialog(), { variant: 'danger', shortcut: 'W', key: 'walk-away', testid: 'walk-away', disabled: !v.myTurn }),
      ),
    );
  }
}
