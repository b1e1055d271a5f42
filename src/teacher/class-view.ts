/**
 * The class debrief for one scenario: headline numbers, how often each option was agreed beside
 * what really happened, the outcome chart, the rankings and every student's game. The teacher
 * always sees the real outcome (a session's "reveal" setting is for students).
 */
import { classStatistics, percentText, utilityPoints, type ClassStatistics, type CompiledScenario, type VerifiedResult } from '../engine/index.ts';
import { button, el, points } from '../game/ui/dom.ts';
import { classChart } from './class-chart.ts';
import { downloadCsv } from './csv-download.ts';
import { openReplay } from './game-replay.ts';
import { handout } from './handout.ts';
import { rankings } from './rankings.ts';

const OUTCOME_WORDS: Record<string, string> = { agreement: 'Agreement', partial: 'Partial', breakdown: 'No deal', walkout: 'Walk-out' };

function stat(label: string, value: string, testid: string, note?: string): HTMLElement {
  return el('div', { class: 'stat' }, el('p', { class: 'stat-value', testid }, value), el('p', { class: 'stat-label' }, label), note ? el('p', { class: 'stat-note' }, note) : null);
}

function headline(stats: ClassStatistics): HTMLElement {
  const o = stats.outcomes;
  return el(
    'div',
    { class: 'stats-row' },
    stat('games verified', String(stats.games), 'stat-games'),
    stat('reached full agreement', percentText(stats.agreementRate), 'stat-agreement', `${o.agreement} of ${stats.games}`),
    stat('partial statements', String(o.partial), 'stat-partial'),
    stat('no deal by the deadline', String(o.breakdown), 'stat-breakdown'),
    stat('walk-outs', String(o.walkout), 'stat-walkout'),
  );
}

/** Per item: a bar per option with its share of the class's agreements, and the real outcome marked. */
export function optionShares(c: CompiledScenario, stats: ClassStatistics): HTMLElement {
  const agreements = stats.deals.filter((d) => d.agreed).length;
  return el(
    'div',
    { class: 'shares' },
    agreements === 0 ? el('p', { class: 'muted' }, 'No game reached an agreement yet, so there are no shares to show.') : null,
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
              o.id === item.real ? el('span', { class: 'tag real-tag' }, '■ Really happened') : el('span', null),
            ),
          ),
        ),
      ),
    ),
  );
}

function resultsTable(c: CompiledScenario, stats: ClassStatistics, results: readonly VerifiedResult[]): HTMLElement {
  const [a, b] = c.scenario.sides.map((s) => s.name);
  const head = ['Student', 'Source', 'Side', 'Counterpart', 'Outcome', 'Round', 'Own', a, b, 'Joint', 'To Nash', ''];
  return el(
    'div',
    { class: 'table-wrap' },
    el(
      'table',
      { class: 'results', testid: 'results-table' },
      el('caption', { class: 'sr-only' }, 'Every verified game'),
      el('thead', null, el('tr', null, ...head.map((h) => el('th', { scope: 'col' }, h)))),
      el(
        'tbody',
        null,
        ...results.map((r, k) => {
          const o = r.outcome;
          const own = r.humanSides.length === 1 ? utilityPoints(o.utilities[r.humanSides[0]]) : '—';
          // The game's own numbers (values as it ended), as its student's debrief shows them.
          const nash = stats.rows[k].standing.toNash;
          return el(
            'tr',
            { testid: 'result-row' },
            el('th', { scope: 'row' }, r.name),
            el('td', { class: 'muted' }, r.source),
            el('td', null, r.humanSides.length === 2 ? 'Both (pair)' : c.scenario.sides[r.humanSides[0]].name),
            el('td', null, r.opponent),
            el('td', null, OUTCOME_WORDS[o.kind] ?? o.kind),
            el('td', { class: 'num' }, o.round),
            el('td', { class: 'num strong' }, own),
            el('td', { class: 'num' }, utilityPoints(o.utilities[0])),
            el('td', { class: 'num' }, utilityPoints(o.utilities[1])),
            el('td', { class: 'num' }, utilityPoints(o.utilities[0] + o.utilities[1])),
            el('td', { class: 'num' }, nash === null ? '—' : utilityPoints(nash)),
            el(
              'td',
              null,
              button('Replay', () => openReplay(c, r), { variant: 'small', testid: 'replay-open', 'aria-label': `Replay the game of ${r.name} (${r.source})` }),
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
        button('Download CSV', () => downloadCsv(c, results), { testid: 'download-csv', 'aria-label': 'Download the results as CSV, one row per student game' }),
        button('Print handout', () => window.print(), { testid: 'print-handout' }),
      ),
    ),
    headline(stats),
    el(
      'div',
      { class: 'chart-and-shares' },
      el('section', { class: 'card chart-card' }, el('h3', null, 'Every deal on the outcome chart'), figure, legend),
      el(
        'section',
        { class: 'card' },
        el('h3', null, 'What the class agreed, item by item'),
        el('p', { class: 'hint' }, 'Share of the agreements that chose each option; ■ marks what really happened in 2017.'),
        optionShares(c, stats),
      ),
    ),
    el('h3', { class: 'section-title' }, 'Rankings'),
    rankings(c, stats),
    el('h3', { class: 'section-title' }, 'Every game'),
    el('p', { class: 'hint' }, 'Points are 0–100 for each side. “To Nash”: how far a deal lies from the Nash point, in points (0 = on it).'),
    resultsTable(c, stats, results),
  );
  return { view, print: handout(c, stats, figure.cloneNode(true) as HTMLElement, legend.cloneNode(true) as HTMLElement) };
}
