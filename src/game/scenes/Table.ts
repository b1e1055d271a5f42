/**
 * The negotiation table: four agenda cards with their option ladders, where each side stands and
 * each item's status; the package being composed; the counterpart's reply, mood and trust; the
 * third parties; the event banner; the history log; and every move as a button and a key.
 * The scene keeps what the player is composing and sends moves; its parts are drawn by
 * table/ (cards, side panel, bars, dialogs), which read it through TableHost.
 */
import type { MoveEvent, PlayerView } from '../../engine/index.ts';
import * as session from '../session.ts';
import { el } from '../ui/dom.ts';
import { acknowledge, endGuide, guideCard, placeGuide, tableStep, type GuideStep } from '../ui/guide.ts';
import { Screen } from '../ui/Screen.ts';
import { t } from '../ui/strings/index.ts';
import { actionBar, banner, coach, draftSummary, topBar } from './table/bars.ts';
import { confirmRedLines, helpDialog, newGameDialog, priorityDialog, tradeDialog, walkAwayDialog } from './table/dialogs.ts';
import type { Tab, TableHost } from './table/host.ts';
import { tableKeys } from './table/keys.ts';
import { itemCard } from './table/item-card.ts';
import { RoundTimer } from './table/round-timer.ts';
import { counterpartPanel, sideTabs } from './table/side-panel.ts';

export interface TableData {
  side: session.SideIndex;
}

export class Table extends Screen<TableData> implements TableHost {
  protected override updatesInPlace = true;
  draft: Record<string, string> = {};
  tab: Tab = 'parties';
  dismissedEvent: string | null = null;
  detail: { label: string; text: string } | null = null;
  note: string | null = null;
  private leaving = false;
  private timer = new RoundTimer(null);

  constructor() {
    super('Table');
  }

  get side(): session.SideIndex {
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
    this.timer = new RoundTimer(session.policy().secondsPerRound);
    if (session.policy().secondsPerRound) {
      const timer = window.setInterval(() => this.tick(), 1000);
      this.onShutdown(() => clearInterval(timer));
    }
  }

  /** After every change of the flow: redraw, unless the flow has moved on to another screen (the router starts it). */
  private onChange(): void {
    if (this.leaving) return;
    if (session.screen()?.scene !== 'Table') {
      this.leaving = true;
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

  move(event: MoveEvent): void {
    this.note = null;
    session.move(event);
  }

  /** Notes that replace the coach line until the next move. */
  private say(note: string): void {
    this.note = note;
    this.refresh();
  }

  propose(): void {
    const v = this.view();
    const options: Record<string, string> = {};
    for (const it of v.items) if (it.status !== 'tentative' && this.draft[it.id]) options[it.id] = this.draft[it.id];
    if (Object.keys(options).length === 0) return this.say(t.chooseFirst);
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
    return tableKeys(this, v, focusCard);
  }

  setTab(tab: Tab): void {
    this.tab = tab;
    this.focusNext(`tab-${tab}`);
    this.refresh();
  }

  dismissEvent(id: string): void {
    this.dismissedEvent = id;
    this.refresh();
  }

  showDetail(label: string, text: string): void {
    this.detail = { label, text };
    this.root.querySelector('#detail')?.replaceChildren(el('strong', null, label), ` — ${text}`);
  }

  // ——— accepting: the player's own red lines ask first ———

  private openDialog = (title: string, body: (close: () => void) => (Node | null)[], opts?: { testid?: string; wide?: boolean }) => this.dialog(title, body, opts);

  acceptPackage(): void {
    const v = this.view();
    if (v.table?.by !== 'them') return;
    const picks = Object.entries(v.table.options).map(([item, option]) => ({ item, option }));
    confirmRedLines(this.openDialog, v, picks, t.acceptingPackage, () => this.move({ type: 'offer.accept' }));
  }

  agreeItem(item: string): void {
    const v = this.view();
    const option = v.table?.by === 'them' ? v.table.options[item] : undefined;
    if (!option) return;
    confirmRedLines(this.openDialog, v, [{ item, option }], t.agreeingItem, () => this.move({ type: 'item.agree', item }));
  }

  acceptTrade(): void {
    const v = this.view();
    const trade = v.trade;
    if (trade?.by !== 'them') return;
    confirmRedLines(this.openDialog, v, [trade.give, trade.want], t.acceptingTrade, () => this.move({ type: 'trade.accept' }));
  }

  // ——— dialogs (table/dialogs.ts) ———

  helpDialog(): void {
    helpDialog(this.openDialog);
  }

  walkAwayDialog(): void {
    walkAwayDialog(this.openDialog, this.view(), () => this.move({ type: 'talks.walkAway' }));
  }

  tradeDialog(): void {
    const v = this.view();
    if (v.items.filter((it) => it.status !== 'tentative').length < 2) return this.say(t.tradeNeedsTwo);
    tradeDialog(this.openDialog, v, this.draft, (e) => this.move(e));
  }

  priorityDialog(): void {
    priorityDialog(this.openDialog, this.view(), (e) => this.move(e));
  }

  newGameDialog(): void {
    newGameDialog(this.openDialog, () => {
      this.leaving = true;
      endGuide();
      session.send({ type: 'quit' });
    });
  }

  /** Once a second: the countdown's text, and a pass when the time is up. */
  private tick(): void {
    if (this.leaving || document.querySelector('dialog[open]')) return;
    if (!this.timer.update(this.view(), this.root.querySelector('[data-testid="round-timer"]'))) return;
    this.move({ type: 'turn.pass' });
    this.say(t.timeWasUp);
  }

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
        topBar(this, v, title, this.timer.chip(v)),
        el(
          'main',
          { class: 'table-main scroll', 'data-clip': '' },
          banner(this, v),
          coach(this, v),
          el(
            'div',
            { class: 'item-grid', testid: 'items', 'data-guide': 'cards' },
            // When the table opens, card 1 comes first and the others in the frames after it.
            ...v.items.map((it, n) => (n === 0 ? itemCard(this, v, it, n) : this.later(n, () => itemCard(this, v, it, n), { class: 'item-card' }))),
          ),
        ),
        // Then the side panel: the counterpart first, the third parties and history a frame later.
        this.later(
          Math.max(1, v.items.length),
          () =>
            el(
              'aside',
              { class: 'table-side', 'data-panel': 'panel' },
              counterpartPanel(this, v),
              this.later(v.items.length + 1, () => sideTabs(this, v), { class: 'side-tabs' }),
            ),
          { class: 'table-side', 'data-panel': 'panel' },
        ),
        actionBar(this, v),
      ),
      ...(guide ? [guide] : []),
    );
  }

  /**
   * Choosing an option changes only the package being composed: mark the chosen row and update
   * the package's total in place, instead of rebuilding (and laying out again) the whole table.
   */
  pick(item: string, option: string, key: string): void {
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
    this.root.querySelector('.draft-summary')?.replaceChildren(draftSummary(this, v));
    this.root.querySelector('.coach.note')?.remove();
  }
}
