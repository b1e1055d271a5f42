/** The two rankings: by joint gain (how much value the pair created) and by each student's own gain. */
import { utilityPoints, type ClassStatistics, type CompiledScenario } from '../engine/index.ts';
import { el } from '../game/ui/dom.ts';

function ranked<T>(rows: readonly T[], line: (row: T) => (Node | string)[], testid: string): HTMLElement {
  if (rows.length === 0) return el('p', { class: 'muted' }, 'No games yet.');
  return el('ol', { class: 'ranking', testid }, ...rows.map((r) => el('li', null, ...line(r))));
}

export function rankings(c: CompiledScenario, stats: ClassStatistics): HTMLElement {
  return el(
    'div',
    { class: 'rankings' },
    el(
      'section',
      { class: 'card' },
      el('h3', null, 'By joint gain'),
      el('p', { class: 'hint' }, 'Both sides’ points added up: how much value the talks created.'),
      ranked(
        stats.byJointGain,
        (r) => [el('span', { class: 'rank-name' }, r.name), el('span', { class: 'rank-source muted' }, r.source), el('span', { class: 'rank-value' }, utilityPoints(r.joint))],
        'ranking-joint',
      ),
    ),
    el(
      'section',
      { class: 'card' },
      el('h3', null, 'By own gain'),
      el('p', { class: 'hint' }, 'The points each student won for the side they played.'),
      ranked(
        stats.byOwnGain,
        (r) => [
          el('span', { class: 'rank-name' }, r.name),
          el('span', { class: `rank-side side-${r.side}` }, c.scenario.sides[r.side].name),
          el('span', { class: 'rank-value' }, utilityPoints(r.own)),
        ],
        'ranking-own',
      ),
    ),
  );
}
