/** The settings controls (difficulty, text size, coach tips, language), shared by Title and SideChoice. */
import { DIFFICULTIES } from '../../engine/index.ts';
import * as session from '../session.ts';
import { button, el } from './dom.ts';
import { deviceReducesMotion } from './motion.ts';
import { INTERFACE_LANGUAGES, languageName, setLanguage, t } from './strings/index.ts';

/**
 * A group of radio choices, one setting: `name` names the group and its inputs, whose ids and
 * data-keys are `${idPrefix}-${value}`; `pick` runs when the player picks a value, and `label`
 * gives each choice's visible parts.
 */
function choiceGroup<V extends string>(
  [name, idPrefix]: [string, string],
  legend: string,
  values: readonly V[],
  current: V,
  pick: (v: V) => void,
  label: (v: V) => (Node | null)[],
  extra: (v: V) => Record<string, string> = () => ({}),
): HTMLElement {
  return el(
    'fieldset',
    { class: 'choice-group', testid: name },
    el('legend', null, legend),
    ...values.map((v) => {
      const id = `${idPrefix}-${v}`;
      const input = el('input', { type: 'radio', name, value: v, id, key: id, checked: v === current, ...extra(v), on: { change: () => pick(v) } });
      return el('label', { for: id, class: 'choice' }, input, ...label(v));
    }),
  );
}

export function difficultyField(onChange: () => void = () => {}): HTMLElement {
  const personalities = session.scenario().scenario.personalities;
  return choiceGroup(
    ['difficulty', 'difficulty'],
    t.difficultyLegend,
    DIFFICULTIES,
    session.getSettings().difficulty,
    (d) => {
      session.updateSettings({ difficulty: d });
      onChange();
    },
    (d) => {
      const p = personalities.find((x) => x.difficulty === d);
      return [el('span', { class: 'choice-title' }, t.difficulty[d]), p ? el('span', { class: 'choice-note' }, p.name) : null];
    },
  );
}

export function textSizeField(onChange: () => void): HTMLElement {
  const sizes: session.TextSize[] = ['normal', 'large', 'larger'];
  return choiceGroup(
    ['text-size', 'text'],
    t.textSizeLegend,
    sizes,
    session.getSettings().textSize,
    (size) => {
      session.updateSettings({ textSize: size });
      onChange();
    },
    (size) => [el('span', { class: 'choice-title', style: { fontSize: session.TEXT_SIZES[size] } }, t.textSize[size])],
  );
}

/** Reduce motion: a checkbox, with a note when the device already asks for it (then nothing moves either way). */
export function motionField(): HTMLElement {
  const input = el('input', { type: 'checkbox', id: 'reduce-motion', key: 'reduce-motion', testid: 'reduce-motion', checked: session.getSettings().reduceMotion });
  input.addEventListener('change', () => session.updateSettings({ reduceMotion: input.checked }));
  return el('div', null, el('label', { for: 'reduce-motion', class: 'check' }, input, ' ', t.reduceMotion), deviceReducesMotion() ? el('p', { class: 'muted small' }, t.reduceMotionOs) : null);
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
  const offered = [...new Set([...INTERFACE_LANGUAGES, ...session.scenario().languages])];
  return choiceGroup(
    ['language', 'language'],
    t.languageLegend,
    offered,
    session.getSettings().language,
    (code) => {
      session.updateSettings({ language: code });
      setLanguage(code);
      session.readScenarioIn(code);
      onChange();
    },
    (code) => [el('span', { class: 'choice-title', lang: code }, languageName(code)), INTERFACE_LANGUAGES.includes(code) ? null : el('span', { class: 'choice-note' }, t.languageScenarioOnly)],
    (code) => ({ testid: `language-${code}` }),
  );
}

/**
 * The settings a game under way can change (the table's Settings, and Help's): text size, reduced
 * motion and the coach's tips. `changed` redraws the screen in place, so the dialog stays open.
 */
export function gameSettingsBody(close: () => void, changed: () => void): HTMLElement[] {
  const coach = coachField();
  coach.querySelector('input')?.addEventListener('change', changed);
  return [textSizeField(changed), motionField(), coach, el('div', { class: 'dialog-actions' }, button(t.done, close, { 'data-autofocus': '', variant: 'primary', testid: 'settings-done' }))];
}
