/**
 * The teacher page's "Lesson kit" tab: pick a scenario and a language, read its kit, and print
 * the teacher guide, the student materials or the role cards as clean pages (lesson-kit.css).
 * A kit in another language is read from the scenario file again in that language, so a
 * French class gets the French kit with French headings.
 */
import './lesson-kit.css';
import { loadScenario, type CompiledScenario } from '../engine/index.ts';
import { languageName } from '../game/ui/strings/languages.ts';
import { button, el } from '../game/ui/dom.ts';
import { lessonKitView, type KitPart } from './lesson-kit-view.ts';
import { kitWords } from './lesson-kit-words.ts';

const PRINTS: { part: KitPart | 'all'; label: string }[] = [
  { part: 'guide', label: 'Print the teacher guide' },
  { part: 'students', label: 'Print the student materials' },
  { part: 'roles', label: 'Print the role cards' },
  { part: 'all', label: 'Print everything' },
];

/** The scenario compiled in another language (the shipped list is compiled in English). */
async function inLanguage(c: CompiledScenario, language: string): Promise<CompiledScenario> {
  if (language === c.language) return c;
  const response = await fetch(`scenarios/${c.scenario.id}.json`);
  if (!response.ok) throw new Error(`the scenario file could not be loaded (the server answered ${response.status})`);
  const loaded = loadScenario(await response.text(), { warnings: false, language });
  if (!loaded.ok) throw new Error(`the scenario file "${c.scenario.id}.json" has ${loaded.problems.length} problem(s)`);
  return loaded.compiled;
}

export function lessonKitSection(scenarios: readonly CompiledScenario[]): HTMLElement {
  const scenarioSelect = el('select', { id: 'kit-scenario', testid: 'kit-scenario' }, ...scenarios.map((c) => el('option', { value: c.scenario.id }, c.scenario.title)));
  const languageSelect = el('select', { id: 'kit-language', testid: 'kit-language' });
  const host = el('div', { class: 'kit-host', testid: 'kit-host', 'aria-live': 'polite' });
  const root = el(
    'div',
    { class: 'kit-root', testid: 'kit-root' },
    el(
      'div',
      { class: 'kit-controls card' },
      el(
        'p',
        { class: 'lede' },
        'Everything to run a lesson with a scenario: objectives and standards, timed run sheets, a debrief script, an exit ticket and a memo rubric, and the students’ materials. Print parts as A4 or Letter pages from your browser.',
      ),
      el(
        'div',
        { class: 'kit-pickers' },
        el('div', { class: 'field' }, el('label', { for: 'kit-scenario', class: 'field-label' }, 'Scenario'), scenarioSelect),
        el('div', { class: 'field' }, el('label', { for: 'kit-language', class: 'field-label' }, 'Language'), languageSelect),
      ),
      el('div', { class: 'kit-print-buttons' }, ...PRINTS.map((p) => button(p.label, () => print(p.part), { variant: p.part === 'all' ? 'ghost' : '', testid: `kit-print-${p.part}` }))),
    ),
    host,
  );

  function print(part: KitPart | 'all'): void {
    root.dataset.print = part;
    window.print();
  }
  // After the print dialog, the screen shows every part again.
  window.addEventListener('afterprint', () => {
    root.dataset.print = 'all';
  });
  root.dataset.print = 'all';

  let shown = 0;
  async function render(): Promise<void> {
    const ticket = ++shown;
    const base = scenarios.find((c) => c.scenario.id === scenarioSelect.value) ?? scenarios[0];
    const language = base.languages.includes(languageSelect.value) ? languageSelect.value : 'en';
    try {
      const c = await inLanguage(base, language);
      if (ticket !== shown) return;
      host.replaceChildren(lessonKitView(c, kitWords(c.language)));
    } catch (e) {
      if (ticket !== shown) return;
      host.replaceChildren(el('p', { class: 'form-problem', role: 'alert' }, `The lesson kit could not be shown: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  function fillLanguages(): void {
    const c = scenarios.find((s) => s.scenario.id === scenarioSelect.value) ?? scenarios[0];
    const keep = languageSelect.value;
    languageSelect.replaceChildren(...c.languages.map((l) => el('option', { value: l }, languageName(l))));
    languageSelect.value = c.languages.includes(keep) ? keep : 'en';
    languageSelect.disabled = c.languages.length < 2;
  }
  scenarioSelect.addEventListener('change', () => {
    fillLanguages();
    void render();
  });
  languageSelect.addEventListener('change', () => void render());
  fillLanguages();
  void render();
  return root;
}
