/**
 * The rankings: by joint gain (how much value the pair created), and per side by each student's
 * gain over that side's walk-away. The two sides' walk-aways differ, so their points are never
 * ranked together (a no-deal on the side with the higher walk-away would sit above real deals).
 */
import type { ClassStatistics, CompiledScenario, SideRank } from '../engine/index.ts';
import { el } from '../game/ui/dom.ts';
import { pointsText, tt } from './strings/index.ts';
import { nameText } from './words.ts';

function ranked<T>(rows: readonly T[], line: (row: T) => (Node | string | null)[], testid: string): HTMLElement {
  if (rows.length === 0) return el('p', { class: 'muted', testid }, tt.noGamesSide);
  return el('ol', { class: 'ranking', testid }, ...rows.map((r) => el('li', null, ...line(r))));
}

/** "+12.5" / "−3": a gain over the walk-away, signed. */
export function gainText(gain: number): string {
  const p = pointsText(Math.abs(gain));
  return gain > 0 && p !== '0' ? `+${p}` : gain < 0 && p !== '0' ? `−${p}` : '0';
}

export function redLineTag(): HTMLElement {
  return el('span', { class: 'tag redline', testid: 'redline-flag', title: tt.redLineTitle }, tt.redLineCrossed);
}

function sideRanking(c: CompiledScenario, rows: readonly SideRank[], side: 0 | 1): HTMLElement {
  const name = c.scenario.sides[side].name;
  return el(
    'section',
    { class: 'card' },
    el('h3', null, tt.sideRankTitle(name)),
    el('p', { class: 'hint' }, tt.sideRankHint(name, rows[0] ? pointsText(rows[0].walkAway) : null)),
    ranked(
      rows,
      (r) => [
        el('span', { class: 'rank-name' }, nameText(r.name)),
        el('span', { class: 'rank-source muted' }, r.source),
        r.crossedRedLine ? redLineTag() : null,
        el('span', { class: 'rank-value', title: tt.pointsTitle(pointsText(r.own)) }, gainText(r.gain)),
      ],
      `ranking-side-${side}`,
    ),
  );
}

export function rankings(c: CompiledScenario, stats: ClassStatistics): HTMLElement {
  return el(
    'div',
    { class: 'rankings' },
    el(
      'section',
      { class: 'card' },
      el('h3', null, tt.jointTitle),
      el('p', { class: 'hint' }, tt.jointHint),
      ranked(
        stats.byJointGain,
        (r) => [el('span', { class: 'rank-name' }, nameText(r.name)), el('span', { class: 'rank-source muted' }, r.source), el('span', { class: 'rank-value' }, pointsText(r.joint))],
        'ranking-joint',
      ),
    ),
    sideRanking(c, stats.bySide[0], 0),
    sideRanking(c, stats.bySide[1], 1),
  );
}
