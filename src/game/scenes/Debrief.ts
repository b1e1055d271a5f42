/**
 * Debrief: every possible outcome against the Pareto frontier and the Nash point, the player's
 * deal and the real outcome; the path of offers; item by item, the result beside what
 * really happened and each third party's verdict; play again, or swap sides with the same seed.
 */
import type Phaser from 'phaser';
import { debriefView, type DebriefView } from '../../engine/index.ts';
import * as session from '../session.ts';
import { drawOutcomeChart, drawPathChart } from '../ui/charts.ts';
import { announce } from '../ui/announce.ts';
import { plainWords } from '../ui/debrief-words.ts';
import { button, el, points, safeLink } from '../ui/dom.ts';
import { handInBody, resultFor } from '../ui/hand-in.ts';
import { Screen, type Box } from '../ui/Screen.ts';
import { t } from '../ui/strings/index.ts';
import { sideColor } from '../ui/emblem.ts';
import { chartSection, chartReading } from './debrief/chart-section.ts';
import { itemsList } from './debrief/items-section.ts';
import { DebriefMap } from '../map/debrief-map.ts';

export class Debrief extends Screen {
  constructor() {
    super('Debrief');
  }

  /** The side the debrief is turned to (two players on one device can flip it). */
  private get side(): session.SideIndex {
    return session.viewSide();
  }

  private maps!: DebriefMap;
  protected override setup(): void {
    this.cached = null;
    this.maps = new DebriefMap(this, () => this.refresh());
  }

  private cached: { side: number; ctx: unknown; view: DebriefView | null } | null = null;

  /** The debrief selector, computed once per state and side. */
  private view(): DebriefView | null {
    const ctx = session.context();
    if (!this.cached || this.cached.side !== this.side || this.cached.ctx !== ctx) this.cached = { side: this.side, ctx, view: debriefView(session.scenario(), ctx, this.side) };
    return this.cached.view;
  }

  protected override shortcuts(): Record<string, () => void> {
    const keys: Record<string, () => void> = { r: () => this.playAgain(), m: () => this.toTitle(), c: () => this.handIn() };
    if (this.canSwap()) keys.s = () => this.swapSides();
    else if (session.currentMode().kind === 'hotseat') keys.v = () => this.flipView();
    return keys;
  }

  private canSwap(): boolean {
    return session.policy().canSwap;
  }

  private handIn(): void {
    const result = resultFor(session.scenario(), session.context(), session.snapshot().value);
    this.dialog(t.handInTitle, (close) => handInBody(session.scenario(), result, close), { testid: 'hand-in-dialog', returnFocus: 'hand-in' });
  }

  private playAgain(): void {
    session.send({ type: 'again' });
  }

  private swapSides(): void {
    session.send({ type: 'swap' });
  }

  /** Whether the teacher's session keeps what really happened for the class discussion. */
  private hideReal(): boolean {
    return !session.policy().revealReal;
  }

  /** After a swap of sides with the same dice: both games side by side. */
  private comparison(d: DebriefView): HTMLElement | null {
    const before = session.swappedFrom();
    if (!before) return null;
    const sides = session.scenario().scenario.sides;
    const row = (side: number, kind: string, mine: number, theirs: number, now: boolean) =>
      el(
        'tr',
        { testid: `compare-${now ? 'now' : 'before'}` },
        el('th', { scope: 'row' }, t.asSide(sides[side].name, now)),
        el('td', null, t.outcomeKind[kind as keyof typeof t.outcomeKind] ?? kind),
        el('td', null, points(mine)),
        el('td', null, points(theirs)),
        el('td', null, points(mine + theirs)),
      );
    return el(
      'section',
      { class: 'compare', testid: 'swap-comparison' },
      el('h2', null, t.bothSidesSameDice),
      el(
        'table',
        { class: 'compare-table' },
        el('thead', null, el('tr', null, el('th', null, ''), el('th', null, t.compareOutcome), el('th', null, t.compareYou), el('th', null, t.compareThem), el('th', null, t.compareJoint))),
        el('tbody', null, row(before.side, before.kind, before.myPoints, before.theirPoints, false), row(this.side, d.outcome.kind, d.outcome.myPoints, d.outcome.theirPoints, true)),
      ),
      el('p', { class: 'muted small' }, t.compareQuestion),
    );
  }

  private toTitle(): void {
    session.send({ type: 'quit' });
  }

  private flipView(): void {
    session.send({ type: 'debrief.flip' });
    this.refresh();
  }

  protected render(): void {
    const d = this.view();
    if (!d) return;
    const s = session.scenario().scenario;
    const solo = session.currentMode().kind === 'solo';
    const inClass = session.classSettings() !== null;
    const hideReal = this.hideReal();
    const other = s.sides[this.side === 0 ? 1 : 0];
    const plain = plainWords(d, !hideReal);
    announce('outcome', plain.join(' '));
    this.root.append(
      el(
        'div',
        { class: 'page debrief' },
        el(
          'header',
          { class: 'page-head row' },
          el(
            'div',
            null,
            el('p', { class: 'eyebrow' }, t.debriefEyebrow(s.title)),
            el(
              'h1',
              null,
              t.debriefYou(t.outcomeKind[d.outcome.kind]),
              el('span', { testid: 'debrief-my-points' }, points(d.outcome.myPoints)),
              t.debriefThem(d.them),
              el('span', { testid: 'debrief-their-points' }, points(d.outcome.theirPoints)),
              t.ptsUnit,
            ),
          ),
          el(
            'div',
            { class: 'head-actions' },
            button(t.handInResult, () => this.handIn(), { variant: inClass ? 'primary' : '', shortcut: 'C', key: 'hand-in', testid: 'hand-in', ...(inClass ? { 'data-autofocus': '' } : {}) }),
            button(t.playAgain, () => this.playAgain(), { variant: inClass ? '' : 'primary', shortcut: 'R', key: 'again', testid: 'play-again', ...(inClass ? {} : { 'data-autofocus': '' }) }),
            solo
              ? this.canSwap()
                ? button(t.swapSides, () => this.swapSides(), { shortcut: 'S', key: 'swap', testid: 'swap-sides' })
                : null
              : button(t.viewAs(other.name), () => this.flipView(), { shortcut: 'V', key: 'flip', testid: 'flip-view' }),
            button(t.toTitle, () => this.toTitle(), { variant: 'ghost', shortcut: 'M', key: 'title', testid: 'to-title' }),
          ),
        ),
        el('div', { class: 'plain-words', testid: 'plain-words' }, ...plain.map((line) => el('p', null, line))),
        el(
          'div',
          { class: 'debrief-grid' },
          chartSection(d, this.side, !hideReal),
          el(
            'section',
            { class: 'debrief-text scroll', 'data-panel': 'inset', 'data-stage': '1', tabindex: '0', 'aria-label': t.itemByItemLabel },
            this.comparison(d),
            chartReading(d, !hideReal),
            this.maps.section(d, hideReal),
            el('h2', null, t.itemByItem),
            ...itemsList(d, hideReal),
            el('h2', null, t.whatReallyHappened),
            hideReal ? el('p', { class: 'muted', testid: 'real-hidden' }, t.realHidden) : el('p', null, d.summary),
            el('h2', null, t.discussionQuestions),
            el('ol', { class: 'questions' }, ...d.questions.map((q) => el('li', null, q))),
            el('h2', null, t.sources),
            el('ul', { class: 'sources' }, ...d.sources.map((src) => el('li', null, safeLink(src.title, src.url)))),
          ),
        ),
      ),
    );
  }

  protected override paintExtra(g: Phaser.GameObjects.Graphics, box: (el: Element) => Box): void {
    const d = this.view();
    if (!d) return;
    const outcomes = this.root.querySelector('[data-chart="outcomes"]');
    if (outcomes) drawOutcomeChart(g, box(outcomes), d, { real: !this.hideReal() });
    const path = this.root.querySelector('[data-chart="path"]');
    if (path) drawPathChart(g, box(path), d, { me: sideColor(session.scenario().scenario.sides, this.side), them: sideColor(session.scenario().scenario.sides, this.side === 0 ? 1 : 0) });
    this.maps.paint(this.root, box);
  }
}
