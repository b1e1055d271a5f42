/**
 * What the workbench shows beside the tables, recomputed as the designer types: the problems
 * and warnings `summit check` would print, the outcome chart, and a quick seeded simulation of
 * the balance pairs (the same games every time for the same numbers).
 */
import { analyzeScenario } from '../engine/analysis/scenario-analysis.ts';
import { BALANCE_PAIRS } from '../engine/balance.ts';
import { loadScenarioData, type CompiledScenario, type Problem } from '../engine/index.ts';
import { summariseProblems } from '../engine/scenario/summarise.ts';
import { simulate } from '../engine/simulate.ts';
import { el } from '../game/ui/dom.ts';
import { outcomeChart } from './chart.ts';
import type { Raw } from './raw.ts';

/** Games per balance pair: enough to see a pair that fails, few enough to follow typing. */
export const QUICK_GAMES = 8;

export interface Evaluation {
  compiled: CompiledScenario | null;
  problems: Problem[];
}

export function evaluate(raw: Raw): Evaluation {
  const r = loadScenarioData(raw);
  return r.ok ? { compiled: r.compiled, problems: summariseProblems(r.warnings) } : { compiled: null, problems: r.problems };
}

function problemList(problems: Problem[]): HTMLElement {
  if (problems.length === 0) return el('p', { class: 'wb-ok', testid: 'wb-ok' }, 'No problems, no warnings.');
  return el(
    'ul',
    { class: 'wb-problems', testid: 'wb-problems' },
    ...problems.map((p) =>
      el(
        'li',
        { class: `wb-${p.severity}` },
        el('strong', null, p.severity === 'error' ? 'error' : p.severity),
        ' ',
        el('code', null, p.path),
        ' ',
        p.message,
        ' ',
        el('span', { class: 'muted' }, `[${p.code}]`),
      ),
    ),
  );
}

function simulation(c: CompiledScenario): HTMLElement {
  const analysis = analyzeScenario(c);
  const [s0, s1] = c.sideIds;
  const rows = BALANCE_PAIRS.map((pair) => {
    const r = simulate(c, analysis, { games: QUICK_GAMES, seed: 'workbench', players: pair });
    const low = r.agreementRate < 0.75;
    return el(
      'tr',
      low ? { class: 'wb-low' } : null,
      el('th', { scope: 'row' }, `${s0} ${pair[0]} · ${s1} ${pair[1]}`),
      el('td', null, `${Math.round(r.agreementRate * 100)}%`),
      el('td', null, r.meanUtilities[s0].toFixed(2)),
      el('td', null, r.meanUtilities[s1].toFixed(2)),
      el('td', null, r.meanRounds.toFixed(1)),
    );
  });
  return el(
    'table',
    { class: 'wb-table wb-sim', 'aria-label': 'Quick simulation', testid: 'wb-sim' },
    el('thead', null, el('tr', null, ...['Strategies', 'Agreed', `Mean ${s0}`, `Mean ${s1}`, 'Rounds'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', null, ...rows),
  );
}

export function resultsPanel(ev: Evaluation): HTMLElement[] {
  const out: HTMLElement[] = [el('section', { class: 'wb-card' }, el('h2', null, 'Problems'), problemList(ev.problems))];
  const c = ev.compiled;
  if (!c) return out;
  const a = analyzeScenario(c);
  const nash = a.nash ? `Nash point ${a.nash.utilities[0].toFixed(2)} / ${a.nash.utilities[1].toFixed(2)}` : 'no deal beats both walk-aways';
  out.push(
    el(
      'section',
      { class: 'wb-card' },
      el('h2', null, 'Outcomes'),
      el('p', { class: 'muted' }, `${a.outcomeCountText} deals (${a.agreeableCountText} within both sides' red lines) · ${a.frontier.length} on the frontier · ${nash}`),
      outcomeChart(c, a),
      el('p', { class: 'wb-legend muted' }, '● deal within both red lines · ― frontier · ◆ Nash · ■ real outcome · dashed: walk-aways'),
    ),
    el(
      'section',
      { class: 'wb-card' },
      el('h2', null, 'Quick simulation'),
      el('p', { class: 'muted' }, `${QUICK_GAMES} seeded games per strategy pair; a pair agreeing in under 75% is marked.`),
      simulation(c),
    ),
  );
  return out;
}
