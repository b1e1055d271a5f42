/**
 * Debrief: every possible outcome against the Pareto frontier and the Nash point, the player's
 * deal and the real outcome; the path of offers; item by item, the result beside what
 * really happened and each third party's verdict; play again, or swap sides with the same seed.
 */
import type Phaser from 'phaser';
import { debriefView, utilityPoints, type DebriefView } from '../../engine/index.ts';
import * as session from '../session.ts';
import { MARGIN, MARKERS, drawOutcomeChart, drawPathChart } from '../ui/charts.ts';
import { button, el, points, safeLink } from '../ui/dom.ts';
import { handInBody, resultFor } from '../ui/hand-in.ts';
import { Screen, type Box } from '../ui/Screen.ts';
import { t } from '../ui/strings/index.ts';
import { CSS_COLOR, SIDE_COLORS } from '../ui/theme.ts';
import { reactionWord } from '../ui/words.ts';

const pts = utilityPoints;

export class Debrief extends Screen {
  constructor() {
    super('Debrief');
  }

  /** The side the debrief is turned to (two players on one device can flip it). */
  private get side(): session.SideIndex {
    return session.viewSide();
  }

  protected override setup(): void {
    this.cached = null;
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
    this.dialog(t.handInTitle, (close) => handInBody(session.scenario(), result, close), { testid: 'hand-in-dialog' });
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
    const legend = (shape: string, color: number, label: string, value: [number, number] | null, testid: string) =>
      el(
        'li',
        { testid },
        el(
          'span',
          { class: `swatch ${shape}`, style: { color: CSS_COLOR(color) }, 'aria-hidden': 'true' },
          { dot: '●', line: '━', diamond: '◆', star: '★', square: '■', cross: '✚', triangle: '▲' }[shape] ?? '●',
        ),
        el('span', null, label),
        value ? el('span', { class: 'legend-value', title: t.worthTo(pts(value[0]), d.me, pts(value[1]), d.them) }, `${pts(value[0])} / ${pts(value[1])}`) : null,
      );
    const axisTicks = (axis: 'x' | 'y') =>
      [0, 25, 50, 75, 100].map((t) =>
        el(
          'span',
          {
            class: `tick ${axis}`,
            'aria-hidden': 'true',
            style:
              axis === 'x'
                ? { left: `calc(${MARGIN.left}px + (100% - ${MARGIN.left + MARGIN.right}px) * ${t / 100})`, bottom: `${MARGIN.bottom - 22}px` }
                : { bottom: `calc(${MARGIN.bottom}px + (100% - ${MARGIN.top + MARGIN.bottom}px) * ${t / 100})`, left: '4px' },
          },
          String(t),
        ),
      );
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
        el(
          'div',
          { class: 'debrief-grid' },
          el(
            'section',
            { class: 'charts', 'data-panel': 'panel' },
            el('h2', null, t.everyPossibleDeal),
            el(
              'div',
              { class: 'chart scatter', 'data-chart': 'outcomes', role: 'img', 'aria-label': t.scatterLabel(d.chart.all.length, d.them) },
              ...axisTicks('x'),
              ...axisTicks('y'),
              el('span', { class: 'axis-label x' }, t.axisValueToYou(d.me)),
              el('span', { class: 'axis-label y' }, t.axisValueToThem(d.them)),
            ),
            el('p', { class: 'legend-note muted' }, t.valuesOutOf100(d.me, d.them)),
            el(
              'ul',
              { class: 'legend-list', testid: 'chart-legend' },
              legend('dot', MARKERS.all.color, t.possibleDeals(d.chart.all.length, d.chart.sampled), null, 'legend-all'),
              legend('line', MARKERS.frontier.color, t.paretoFrontier, null, 'legend-frontier'),
              legend('star', MARKERS.myDeal.color, d.chart.myDeal ? t.yourDeal : t.yourDealNone, d.chart.myDeal, 'legend-my-deal'),
              legend('diamond', MARKERS.nash.color, t.nashPoint, d.chart.nash, 'legend-nash'),
              hideReal ? null : legend('square', MARKERS.real.color, d.realLabel ?? t.realDeal, d.chart.real, 'legend-real'),
              legend('cross', MARKERS.walkAway.color, t.walkAways, d.chart.walkAway, 'legend-walk-away'),
            ),
            d.distances
              ? el(
                  'p',
                  { class: 'muted small', testid: 'distances' },
                  t.fromFrontier(pts(d.distances.toFrontier)),
                  d.distances.toNash !== null ? t.andFromNash(pts(d.distances.toNash)) : t.fullStop,
                  d.distances.toFrontier < 0.005 ? t.onFrontier : t.offFrontier,
                )
              : null,
            el('h2', null, t.yourPath),
            el(
              'div',
              { class: 'chart path', 'data-chart': 'path', role: 'img', 'aria-label': t.pathLabel(d.path.length) },
              ...axisTicks('y'),
              el('span', { class: 'axis-label x' }, t.proposalsInOrder(d.path.length)),
            ),
            el(
              'ul',
              { class: 'legend-list inline' },
              legend('triangle', SIDE_COLORS[this.side], t.yourProposals(d.path.filter((p) => p.by === 'me').length), null, 'legend-path-me'),
              legend('dot', SIDE_COLORS[this.side === 0 ? 1 : 0], t.theirProposals(d.them, d.path.filter((p) => p.by === 'them').length), null, 'legend-path-them'),
              el('li', { class: 'muted' }, t.pathNote),
            ),
          ),
          el(
            'section',
            { class: 'debrief-text scroll', 'data-panel': 'inset', 'data-stage': '1', tabindex: '0', 'aria-label': t.itemByItemLabel },
            this.comparison(d),
            el('h2', null, t.itemByItem),
            ...d.items.map((it) =>
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
                it.verdicts.length > 0
                  ? el(
                      'ul',
                      { class: 'verdicts' },
                      ...it.verdicts.map((v) =>
                        el(
                          'li',
                          null,
                          el(
                            'span',
                            { class: `verdict-who reaction ${v.reaction}` },
                            t.verdictWho(reactionWord(v.reaction).icon, v.party),
                            el('span', { class: 'verdict-word' }, reactionWord(v.reaction).word),
                          ),
                          el('span', { class: 'verdict-text muted small' }, v.text),
                        ),
                      ),
                    )
                  : null,
              ),
            ),
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
    if (path) drawPathChart(g, box(path), d, { me: SIDE_COLORS[this.side], them: SIDE_COLORS[this.side === 0 ? 1 : 0] });
  }
}
