/**
 * Debrief: every possible outcome against the Pareto frontier and the Nash point, the player's
 * deal and the real Da Nang outcome; the path of offers; item by item, the result beside what
 * really happened and each third party's verdict; play again, or swap sides with the same seed.
 */
import type Phaser from 'phaser';
import { debriefView, type DebriefView } from '../../engine/index.ts';
import * as session from '../session.ts';
import { MARGIN, MARKERS, drawOutcomeChart, drawPathChart } from '../ui/charts.ts';
import { button, el, points, safeLink } from '../ui/dom.ts';
import { handInBody, resultFor } from '../ui/hand-in.ts';
import { Screen, type Box } from '../ui/Screen.ts';
import { CSS_COLOR, SIDE_COLORS } from '../ui/theme.ts';
import { REACTION_WORDS } from '../ui/words.ts';

export interface DebriefData {
  side: session.SideIndex;
}

const KIND_WORDS = { agreement: 'Agreement', partial: 'Partial statement', breakdown: 'No deal (deadline)', walkout: 'No deal (walk-out)' } as const;

const pts = (u: number) => points(u * 100);

export class Debrief extends Screen<DebriefData> {
  private side: session.SideIndex = 0;

  constructor() {
    super('Debrief');
  }

  protected override setup(data: DebriefData): void {
    this.side = data.side;
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

  /** Swapping is for solo games, and in a class only when the teacher let students choose. */
  private canSwap(): boolean {
    const cls = session.classSettings();
    return session.currentMode().kind === 'solo' && (!cls || cls.settings.sides === 'choose');
  }

  private handIn(): void {
    const result = resultFor(session.scenario(), session.context(), session.snapshot().value);
    this.dialog('Hand in your result', (close) => handInBody(session.scenario(), result, close), { testid: 'hand-in-dialog' });
  }

  private playAgain(): void {
    const mode = session.currentMode();
    const names = session.currentNames();
    session.rollSeed();
    session.startGame(mode, names);
    if (mode.kind === 'hotseat') this.go('Handover', { side: 0, next: 'Briefing' });
    else this.go('Briefing', { side: mode.side });
  }

  private swapSides(): void {
    const mode = session.currentMode();
    const d = this.view();
    if (mode.kind !== 'solo' || !this.canSwap()) return;
    if (d) session.rememberForSwap({ side: mode.side, seed: session.currentSeed(), kind: d.outcome.kind, myPoints: d.outcome.myPoints, theirPoints: d.outcome.theirPoints, deal: null });
    const names = session.currentNames();
    const side: session.SideIndex = mode.side === 0 ? 1 : 0;
    session.startGame({ kind: 'solo', side }, names ? (names[0] || names[1]) : undefined);
    this.go('Briefing', { side });
  }

  /** Whether the teacher's session keeps what really happened for the class discussion. */
  private hideReal(): boolean {
    return session.classSettings()?.settings.revealReal === false;
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
        el('th', { scope: 'row' }, `As ${sides[side].name}${now ? ' (this game)' : ''}`),
        el('td', null, KIND_WORDS[kind as keyof typeof KIND_WORDS] ?? kind),
        el('td', null, points(mine)),
        el('td', null, points(theirs)),
        el('td', null, points(mine + theirs)),
      );
    return el(
      'section',
      { class: 'compare', testid: 'swap-comparison' },
      el('h2', null, 'Both sides, same dice'),
      el(
        'table',
        { class: 'compare-table' },
        el('thead', null, el('tr', null, el('th', null, ''), el('th', null, 'Outcome'), el('th', null, 'You'), el('th', null, 'Them'), el('th', null, 'Joint'))),
        el('tbody', null, row(before.side, before.kind, before.myPoints, before.theirPoints, false), row(this.side, d.outcome.kind, d.outcome.myPoints, d.outcome.theirPoints, true)),
      ),
      el('p', { class: 'muted small' }, 'Which side found it easier to get a good deal, and why? The counterpart and the events were the same; only your seat changed.'),
    );
  }

  private toTitle(): void {
    session.backToSetup();
    this.go('Title');
  }

  private flipView(): void {
    this.side = this.side === 0 ? 1 : 0;
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
        el('span', { class: `swatch ${shape}`, style: { color: CSS_COLOR(color) }, 'aria-hidden': 'true' }, { dot: '●', line: '━', diamond: '◆', star: '★', square: '■', cross: '✚', triangle: '▲' }[shape] ?? '●'),
        el('span', null, label),
        value ? el('span', { class: 'legend-value', title: `worth ${pts(value[0])} to you (${d.me}) and ${pts(value[1])} to ${d.them}` }, `${pts(value[0])} / ${pts(value[1])}`) : null,
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
            el('p', { class: 'eyebrow' }, `Debrief · ${s.title}`),
            el(
              'h1',
              null,
              `${KIND_WORDS[d.outcome.kind]} · you `,
              el('span', { testid: 'debrief-my-points' }, points(d.outcome.myPoints)),
              ` pts · ${d.them} `,
              el('span', { testid: 'debrief-their-points' }, points(d.outcome.theirPoints)),
              ' pts',
            ),
          ),
          el(
            'div',
            { class: 'head-actions' },
            button('Hand in result…', () => this.handIn(), { variant: inClass ? 'primary' : '', shortcut: 'C', key: 'hand-in', testid: 'hand-in', ...(inClass ? { 'data-autofocus': '' } : {}) }),
            button('Play again', () => this.playAgain(), { variant: inClass ? '' : 'primary', shortcut: 'R', key: 'again', testid: 'play-again', ...(inClass ? {} : { 'data-autofocus': '' }) }),
            solo
              ? this.canSwap()
                ? button(`Swap sides, same dice`, () => this.swapSides(), { shortcut: 'S', key: 'swap', testid: 'swap-sides' })
                : null
              : button(`View as ${other.name}`, () => this.flipView(), { shortcut: 'V', key: 'flip', testid: 'flip-view' }),
            button('Title', () => this.toTitle(), { variant: 'ghost', shortcut: 'M', key: 'title', testid: 'to-title' }),
          ),
        ),
        el(
          'div',
          { class: 'debrief-grid' },
          el(
            'section',
            { class: 'charts', 'data-panel': 'panel' },
            el('h2', null, 'Every possible deal'),
            el(
              'div',
              { class: 'chart scatter', 'data-chart': 'outcomes', role: 'img', 'aria-label': `Scatter chart of all ${d.chart.all.length} possible deals: value to you across, value to ${d.them} up.` },
              ...axisTicks('x'),
              ...axisTicks('y'),
              el('span', { class: 'axis-label x' }, `Value to you (${d.me}) →`),
              el('span', { class: 'axis-label y' }, `Value to ${d.them} →`),
            ),
            el('p', { class: 'legend-note muted' }, `Values are points out of 100: you (${d.me}) / ${d.them}.`),
            el(
              'ul',
              { class: 'legend-list', testid: 'chart-legend' },
              legend('dot', MARKERS.all.color, `Possible deals (${d.chart.all.length}${d.chart.sampled ? ', sampled' : ''})`, null, 'legend-all'),
              legend('line', MARKERS.frontier.color, 'Pareto frontier', null, 'legend-frontier'),
              legend('star', MARKERS.myDeal.color, d.chart.myDeal ? 'Your deal' : 'Your deal: none', d.chart.myDeal, 'legend-my-deal'),
              legend('diamond', MARKERS.nash.color, 'Nash point', d.chart.nash, 'legend-nash'),
              hideReal ? null : legend('square', MARKERS.real.color, 'Da Nang 2017', d.chart.real, 'legend-real'),
              legend('cross', MARKERS.walkAway.color, 'Walk-aways', d.chart.walkAway, 'legend-walk-away'),
            ),
            d.distances
              ? el(
                  'p',
                  { class: 'muted small', testid: 'distances' },
                  `Your deal is ${pts(d.distances.toFrontier)} pts from the frontier`,
                  d.distances.toNash !== null ? ` and ${pts(d.distances.toNash)} pts from the Nash point.` : '.',
                  d.distances.toFrontier < 0.005 ? ' No deal would have given both sides more.' : ' Some deals would have given both sides more.',
                )
              : null,
            el('h2', null, 'Your path of offers'),
            el(
              'div',
              { class: 'chart path', 'data-chart': 'path', role: 'img', 'aria-label': `Line chart of the ${d.path.length} proposals and what each was worth to you.` },
              ...axisTicks('y'),
              el('span', { class: 'axis-label x' }, `Proposals in order (${d.path.length}) →`),
            ),
            el(
              'ul',
              { class: 'legend-list inline' },
              legend('triangle', SIDE_COLORS[this.side], `Your proposals (${d.path.filter((p) => p.by === 'me').length})`, null, 'legend-path-me'),
              legend('dot', SIDE_COLORS[this.side === 0 ? 1 : 0], `${d.them}'s proposals (${d.path.filter((p) => p.by === 'them').length})`, null, 'legend-path-them'),
              el('li', { class: 'muted' }, 'value to you; dashed: your walk-away'),
            ),
          ),
          el(
            'section',
            { class: 'debrief-text scroll', 'data-panel': 'inset', 'data-stage': '1', tabindex: '0', 'aria-label': 'Item by item, and what really happened' },
            this.comparison(d),
            el('h2', null, 'Item by item'),
            ...d.items.map((it) =>
              el(
                'article',
                { class: 'debrief-item', testid: `debrief-item-${it.id}` },
                el('h3', null, it.title),
                el(
                  'dl',
                  null,
                  el('dt', null, 'Your result'),
                  el(
                    'dd',
                    null,
                    el('span', { testid: `mine-${it.id}` }, it.mine ?? 'No agreement'),
                    it.crossedMyRedLine ? el('span', { class: 'tag redline', testid: `crossed-${it.id}`, title: 'This result is one of your red lines.' }, '✕ crossed your red line') : null,
                  ),
                  hideReal ? null : el('dt', null, it.real.reportedly ? 'Da Nang (reportedly)' : 'Da Nang, 2017'),
                  hideReal ? null : el('dd', null, it.real.label, it.mine === it.real.label ? el('span', { class: 'tag agreed' }, ' ✓ same as history') : null),
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
                          el('span', { class: `verdict-who reaction ${v.reaction}` }, `${REACTION_WORDS[v.reaction].icon} ${v.party}: `, el('span', { class: 'verdict-word' }, REACTION_WORDS[v.reaction].word)),
                          el('span', { class: 'verdict-text muted small' }, v.text),
                        ),
                      ),
                    )
                  : null,
              ),
            ),
            el('h2', null, 'What really happened'),
            hideReal ? el('p', { class: 'muted', testid: 'real-hidden' }, 'Your teacher will reveal what really happened in the class discussion.') : el('p', null, d.summary),
            el('h2', null, 'Questions for discussion'),
            el('ol', { class: 'questions' }, ...d.questions.map((q) => el('li', null, q))),
            el('h2', null, 'Sources'),
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
