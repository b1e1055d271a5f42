/** How to play: a short guided tour, and the controls table (the README's Controls table mirrors it). */
import { el } from './dom.ts';
import { t } from './strings/index.ts';

/** The steps, in the open scenario's words: its side names and its name for the real outcome. */
export function howToPlay(sides: readonly { name: string }[], realLabel: string | null): Node[] {
  return [el('ol', { class: 'steps' }, ...t.howToSteps(sides[0].name, sides[1].name, realLabel).map(([h, p]) => el('li', null, el('strong', null, h), el('span', null, p))))];
}

export function controlsTable(): HTMLElement {
  return el(
    'table',
    { class: 'controls', testid: 'controls' },
    el('thead', null, el('tr', null, el('th', { scope: 'col' }, t.controlsKey), el('th', { scope: 'col' }, t.controlsAction))),
    el('tbody', null, ...t.controlsRows.map(([k, a]) => el('tr', null, el('td', null, el('kbd', null, k)), el('td', null, a)))),
  );
}
