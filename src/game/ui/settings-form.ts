/** The settings controls (difficulty, text size, coach tips, language), shared by Title and SideChoice. */
import { DIFFICULTIES } from '../../engine/index.ts';
import * as session from '../session.ts';
import { el } from './dom.ts';
import { INTERFACE_LANGUAGES, languageName, setLanguage, t } from './strings/index.ts';

export function difficultyField(onChange: () => void = () => {}): HTMLElement {
  const personalities = session.scenario().scenario.personalities;
  const current = session.getSettings().difficulty;
  return el(
    'fieldset',
    { class: 'choice-group', testid: 'difficulty' },
    el('legend', null, t.difficultyLegend),
    ...DIFFICULTIES.map((d) => {
      const p = personalities.find((x) => x.difficulty === d);
      const input = el('input', { type: 'radio', name: 'difficulty', value: d, id: `difficulty-${d}`, key: `difficulty-${d}`, checked: d === current });
      input.addEventListener('change', () => {
        session.updateSettings({ difficulty: d });
        onChange();
      });
      return el('label', { for: `difficulty-${d}`, class: 'choice' }, input, el('span', { class: 'choice-title' }, t.difficulty[d]), p ? el('span', { class: 'choice-note' }, p.name) : null);
    }),
  );
}

export function textSizeField(onChange: () => void): HTMLElement {
  const sizes: session.TextSize[] = ['normal', 'large', 'larger'];
  const current = session.getSettings().textSize;
  return el(
    'fieldset',
    { class: 'choice-group', testid: 'text-size' },
    el('legend', null, t.textSizeLegend),
    ...sizes.map((size) => {
      const input = el('input', { type: 'radio', name: 'text-size', value: size, id: `text-${size}`, key: `text-${size}`, checked: size === current });
      input.addEventListener('change', () => {
        session.updateSettings({ textSize: size });
        onChange();
      });
      return el('label', { for: `text-${size}`, class: 'choice' }, input, el('span', { class: 'choice-title', style: { fontSize: session.TEXT_SIZES[size] } }, t.textSize[size]));
    }),
  );
}

export function coachField(): HTMLElement {
  const input = el('input', { type: 'checkbox', id: 'coach', key: 'coach', checked: session.getSettings().coach });
  input.addEventListener('change', () => session.updateSettings({ coach: input.checked }));
  return el('label', { for: 'coach', class: 'check' }, input, ' ', t.coachTips);
}

/**
 * The language: every language the interface or the open scenario has (either is worth
 * offering). Choosing one switches the interface strings and reads the scenario again in that
 * language, then `onChange` redraws the screen. Only offered on the title screen: a game under
 * way keeps the language it started in.
 */
export function languageField(onChange: () => void): HTMLElement {
  const scenarioHas = session.scenario().languages;
  const offered = [...new Set([...INTERFACE_LANGUAGES, ...scenarioHas])];
  const current = session.getSettings().language;
  return el(
    'fieldset',
    { class: 'choice-group', testid: 'language' },
    el('legend', null, t.languageLegend),
    ...offered.map((code) => {
      const input = el('input', { type: 'radio', name: 'language', value: code, id: `language-${code}`, key: `language-${code}`, testid: `language-${code}`, checked: code === current });
      input.addEventListener('change', () => {
        session.updateSettings({ language: code });
        setLanguage(code);
        session.readScenarioIn(code);
        onChange();
      });
      const note = INTERFACE_LANGUAGES.includes(code) ? null : el('span', { class: 'choice-note' }, t.languageScenarioOnly);
      return el('label', { for: `language-${code}`, class: 'choice' }, input, el('span', { class: 'choice-title', lang: code }, languageName(code)), note);
    }),
  );
}
