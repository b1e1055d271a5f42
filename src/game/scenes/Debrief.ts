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
    const keys: Record<string, () => void> = { r: () => this.playAgain(), m: () => this.toTitle() };
    if (session.currentMode().kind === 'solo') keys.s = () => this.swapSides();
    else keys.v = () => this.flipView();
    return keys;
  }

  private playAgain(): void {
    const mode = session.currentMode();
    session.rollSeed();
    session.startGame(mode);
    if (mode.kind === 'hotseat') this.go('Handover', { side: 0, next: 'Briefing' });
    else this.go('Briefing', { side: mode.side });
  }

  private swapSides(): void {
    const mode = session.currentMode();
    if (mode.kind !== 'solo') return;
    const side: session.SideIndex = mode.side === 0 ? 1 : 0;
    session.startGame({ kind: 'solo', side });
    this.go('Briefing', { side });
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
            button('Play again', () => this.playAgain(), { variant: 'primary', shortcut: 'R', key: 'again', testid: 'play-again', 'data-autofocus': '' }),
            solo ? button(`Swap sides, same dice`, () => this.swapSides(), { shortcut: 'S', key: 'swap', testid: 'swap-sides' }) : button(`View as ${other.name}`, () => this.flipView(), { shortcut: 'V', key: 'flip', testid: 'flip-view' }),
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
              legend('square', MARKERS.real.color, 'Da Nang 2017', d.chart.real, 'legend-real'),
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
                  el('dt', null, it.real.reportedly ? 'Da Nang (reportedly)' : 'Da Nang, 2017'),
                  el('dd', null, it.real.label, it.mine === it.real.label ? el('span', { class: 'tag agreed' }, ' ✓ same as history') : null),
                ),
                el('p', { class: 'muted small' }, it.real.text),
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
            el('p', null, d.summary),
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
    if (outcomes) drawOutcomeChart(g, box(outcomes), d);
    const path = this.root.querySelector('[data-chart="path"]');
    if (path) drawPathChart(g, box(path), d, { me: SIDE_COLORS[this.side], them: SIDE_COLORS[this.side === 0 ? 1 : 0] });
  }
}
