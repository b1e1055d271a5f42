/** How to play: a short guided tour, and the controls table (the README's Controls table mirrors it). */
import { el } from './dom.ts';

export const CONTROLS: [string, string][] = [
  ['Tab / Shift+Tab', 'Move between controls'],
  ['Enter or Space', 'Press the focused button'],
  ['Arrow keys', 'Choose an option inside an agenda card'],
  ['1 – 4', 'Jump to agenda card 1–4'],
  ['P', 'Propose your package'],
  ['A', 'Accept the proposal on the table'],
  ['T', 'Propose a trade between two items'],
  ['Y', 'Accept the trade they offered'],
  ['S', 'State your top priority'],
  ['Q', 'Ask for their top priority'],
  ['N', 'Pass this turn'],
  ['W', 'Walk away (asks to confirm)'],
  ['H / V', 'Show the history log / the third parties'],
  ['? or F1', 'Help and controls'],
  ['Esc', 'Close a dialog'],
];

export function howToPlay(): Node[] {
  const steps: [string, string][] = [
    ['Pick a side', 'Play the United States or Russia against the computer, or both sides on one device.'],
    ['Read your brief', 'Your priorities, your walk-away and your red lines are private. The other side has its own.'],
    ['Build a package', 'Each agenda card lists options. The number beside each option is what it is worth to you. Choose one per card and press Propose.'],
    ['Read the reply', 'Your counterpart answers every move and says why. Its trust in you rises when you give ground and falls if you go back on an agreed item.'],
    ['Lock in items', 'Agree to single items they proposed, trade one item for another, or accept their whole package. Agreed items can be reopened, at a cost in trust.'],
    ['Beat the deadline', 'Every item needs an answer before the presidents meet. If the deal is worth less to you than your walk-away, you can walk away.'],
    ['Debrief', 'See every possible deal, the fairest one, yours, and what really happened in Da Nang in 2017.'],
  ];
  return [el('ol', { class: 'steps' }, ...steps.map(([h, p]) => el('li', null, el('strong', null, h), el('span', null, p))))];
}

export function controlsTable(): HTMLElement {
  return el(
    'table',
    { class: 'controls', testid: 'controls' },
    el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Key'), el('th', { scope: 'col' }, 'Action'))),
    el('tbody', null, ...CONTROLS.map(([k, a]) => el('tr', null, el('td', null, el('kbd', null, k)), el('td', null, a)))),
  );
}
