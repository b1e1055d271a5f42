/** The settings controls (difficulty, text size, coach tips), shared by Title and SideChoice. */
import { DIFFICULTIES, type Difficulty } from '../../engine/index.ts';
import * as session from '../session.ts';
import { el } from './dom.ts';

const DIFFICULTY_WORDS: Record<Difficulty, string> = { easy: 'Easy', normal: 'Normal', hard: 'Hard' };

export function difficultyField(onChange: () => void = () => {}): HTMLElement {
  const personalities = session.scenario().scenario.personalities;
  const current = session.getSettings().difficulty;
  return el(
    'fieldset',
    { class: 'choice-group', testid: 'difficulty' },
    el('legend', null, 'Counterpart (difficulty)'),
    ...DIFFICULTIES.map((d) => {
      const p = personalities.find((x) => x.difficulty === d);
      const input = el('input', { type: 'radio', name: 'difficulty', value: d, id: `difficulty-${d}`, key: `difficulty-${d}`, checked: d === current });
      input.addEventListener('change', () => {
        session.updateSettings({ difficulty: d });
        onChange();
      });
      return el('label', { for: `difficulty-${d}`, class: 'choice' }, input, el('span', { class: 'choice-title' }, DIFFICULTY_WORDS[d]), p ? el('span', { class: 'choice-note' }, p.name) : null);
    }),
  );
}

export function textSizeField(onChange: () => void): HTMLElement {
  const sizes: [session.TextSize, string][] = [
    ['normal', 'Normal'],
    ['large', 'Large'],
    ['larger', 'Larger'],
  ];
  const current = session.getSettings().textSize;
  return el(
    'fieldset',
    { class: 'choice-group', testid: 'text-size' },
    el('legend', null, 'Text size'),
    ...sizes.map(([size, word]) => {
      const input = el('input', { type: 'radio', name: 'text-size', value: size, id: `text-${size}`, key: `text-${size}`, checked: size === current });
      input.addEventListener('change', () => {
        session.updateSettings({ textSize: size });
        onChange();
      });
      return el('label', { for: `text-${size}`, class: 'choice' }, input, el('span', { class: 'choice-title', style: { fontSize: session.TEXT_SIZES[size] } }, word));
    }),
  );
}

export function coachField(): HTMLElement {
  const input = el('input', { type: 'checkbox', id: 'coach', key: 'coach', checked: session.getSettings().coach });
  input.addEventListener('change', () => session.updateSettings({ coach: input.checked }));
  return el('label', { for: 'coach', class: 'check' }, input, ' Show coach tips at the table');
}
