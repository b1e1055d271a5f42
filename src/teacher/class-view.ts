/**
 * The class debrief for one scenario: headline numbers, how often each option was agreed beside
 * what really happened, the outcome chart, the rankings and every student's game. The teacher
 * always sees the real outcome (a session's "reveal" setting is for students).
 */
import { classStatistics, redLineCrossings, type ClassStatistics, type CompiledScenario, type VerifiedResult } from '../engine/index.ts';
import { button, el } from '../game/ui/dom.ts';
import { classChart } from './class-chart.ts';
import { downloadCsv } from './csv-download.ts';
import { openReplay } from './game-replay.ts';
import { handout } from './handout.ts';
import { rankings, redLineTag } from './rankings.ts';
import { percentText, pointsText, tt } from './strings/index.ts';
import { nameText, playerWords } from './words.ts';

function stat(label: string, value: string, testid: string, note?: string): HTMLElement {
  return el('div', { class: 'stat' }, el('p', { class: 'stat-value', testid }, value), el('p', { class: 'stat-label' }, label), note ? el('p', { class: 'stat-note' }, note) : null);
}

function headline(stats: ClassStatistics): HTMLElement {
  const o = stats.outcomes;
  return el(
    'div',
    { class: 'stats-row' },
    stat(tt.statGames, String(stats.games), 'stat-games'),
    stat(tt.statAgreement, percentText(stats.agreementRate), 'stat-agreement', tt.statAgreementNote(o.agreement, stats.games)),
    stat(tt.statPartial, String(o.partial), 'stat-partial'),
    stat(tt.statBreakdown, String(o.breakdown), 'stat-breakdown'),
    stat(tt.statWalkout, String(o.walkout), 'stat-walkout'),
  );
}

/** Per item: a bar per option with its share of the class's agreements, and the real outcome marked. */
export function optionShares(c: CompiledScenario, stats: ClassStatistics): HTMLElement {
  const agreements = stats.deals.filter((d) => d.agreed).length;
  return el(
    'div',
    { class: 'shares' },
    agreements === 0 ? el('p', { class: 'muted' }, tt.noShares) : null,
    ...stats.items.map((item) =>
      el(
        'section',
        { class: 'share-item', testid: `shares-${item.id}` },
        el('h3', null, item.title),
        el(
          'ul',
          { class: 'share-list' },
          ...item.options.map((o) =>
            el(
              'li',
              { class: o.id === item.real ? 'real-option' : '', testid: `share-${item.id}-${o.id}` },
              el('span', { class: 'share-label' }, o.label),
              el('span', { class: 'share-bar', 'aria-hidden': 'true' }, el('span', { class: 'share-fill', style: { width: `${o.share * 100}%` } })),
              el('span', { class: 'share-value' }, percentText(o.share)),
              o.id === item.real ? el('span', { class: 'tag real-tag' }, tt.reallyHappened) : el('span', null),
            ),
          ),
        ),
      ),
    ),
  );
}

function resultsTable(c: CompiledScenario, stats: ClassStatistics, results: readonly VerifiedResult[]): HTMLElement {
  const [a, b] = c.scenario.sides.map((s) => s.name);
  const w = tt.columns;
  const head = [w.student, w.source, w.side, w.counterpart, w.outcome, w.round, w.own, a, b, w.joint, w.toNash, w.redLine, ''];
  return el(
    'div',
    { class: 'table-wrap' },
    el(
      'table',
      { class: 'results', testid: 'results-table' },
      el('caption', { class: 'sr-only' }, tt.resultsCaption),
      el('thead', null, el('tr', null, ...head.map((h) => el('th', { scope: 'col' }, h || el('span', { class: 'sr-only' }, tt.replayColumn))))),
      el(
        'tbody',
        null,
        ...results.map((r, k) => {
          const o = r.outcome;
          const own = r.humanSides.length === 1 ? pointsText(o.utilities[r.humanSides[0]]) : '—';
          // The game's own numbers (values as it ended), as its student's debrief shows them.
          const nash = stats.rows[k].standing.toNash;
          return el(
            'tr',
            { testid: 'result-row' },
            el('th', { scope: 'row' }, nameText(r.name)),
            el('td', { class: 'muted' }, r.source),
            el('td', null, r.humanSides.length === 2 ? tt.bothPair : c.scenario.sides[r.humanSides[0]].name),
            el(
              'td',
              null,
              playerWords(
                c,
                r.setup.players.find((p) => p.kind === 'computer'),
              ),
            ),
            el('td', null, tt.outcomeWords[o.kind] ?? o.kind),
            el('td', { class: 'num' }, o.round),
            el('td', { class: 'num strong' }, own),
            el('td', { class: 'num' }, pointsText(o.utilities[0])),
            el('td', { class: 'num' }, pointsText(o.utilities[1])),
            el('td', { class: 'num' }, pointsText(o.utilities[0] + o.utilities[1])),
            el('td', { class: 'num' }, nash === null ? '—' : pointsText(nash)),
            el('td', { testid: 'redline-cell' }, redLineCrossings(c, r).length ? redLineTag() : ''),
            el(
              'td',
              null,
              button(tt.replay, () => openReplay(c, r), { variant: 'small', testid: 'replay-open', 'aria-label': tt.replayLabel(nameText(r.name), r.source) }),
            ),
          );
        }),
      ),
    ),
  );
}

export function classView(c: CompiledScenario, results: readonly VerifiedResult[]): { view: HTMLElement; print: HTMLElement } {
  const stats = classStatistics(c, results);
  const { figure, legend } = classChart(c, stats);
  const view = el(
    'div',
    { class: 'class-view', testid: 'class-view' },
    el(
      'div',
      { class: 'view-head' },
      el('h2', null, c.scenario.title),
      el(
        'div',
        { class: 'row-actions' },
        button(tt.downloadCsv, () => downloadCsv(c, results), { testid: 'download-csv', 'aria-label': tt.downloadCsvLabel }),
        button(tt.printHandout, () => window.print(), { testid: 'print-handout' }),
      ),
    ),
    headline(stats),
    el(
      'div',
      { class: 'chart-and-shares' },
      el('section', { class: 'card chart-card' }, el('h3', null, tt.chartTitle), figure, legend),
      el('section', { class: 'card' }, el('h3', null, tt.sharesTitle), el('p', { class: 'hint' }, tt.sharesHint(c.scenario.debrief.realLabel ?? null)), optionShares(c, stats)),
    ),
    el('h3', { class: 'section-title' }, tt.rankingsTitle),
    rankings(c, stats),
    el('h3', { class: 'section-title' }, tt.everyGame),
    el('p', { class: 'hint' }, tt.everyGameHint),
    resultsTable(c, stats, results),
  );
  return { view, print: handout(c, stats, figure.cloneNode(true) as HTMLElement, legend.cloneNode(true) as HTMLElement) };
}
