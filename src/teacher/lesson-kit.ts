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
import { pageLanguage, tt } from './strings/index.ts';

const PRINTS: { part: KitPart | 'all'; label: string }[] = (['guide', 'students', 'roles', 'all'] as const).map((part) => ({ part, label: tt.kitPrint[part] }));

/** The scenario compiled in another language (the shipped list is compiled in English). */
async function inLanguage(c: CompiledScenario, language: string): Promise<CompiledScenario> {
  if (language === c.language) return c;
  const response = await fetch(`scenarios/${c.scenario.id}.json`);
  if (!response.ok) throw new Error(tt.scenarioHttp(response.status));
  const loaded = loadScenario(await response.text(), { warnings: false, language });
  if (!loaded.ok) throw new Error(tt.scenarioProblems(c.scenario.id, loaded.problems.length));
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
      el('p', { class: 'lede' }, tt.kitLede),
      el(
        'div',
        { class: 'kit-pickers' },
        el('div', { class: 'field' }, el('label', { for: 'kit-scenario', class: 'field-label' }, tt.scenario), scenarioSelect),
        el('div', { class: 'field' }, el('label', { for: 'kit-language', class: 'field-label' }, tt.kitLanguage), languageSelect),
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
      host.replaceChildren(el('p', { class: 'form-problem', role: 'alert' }, tt.kitProblem(e instanceof Error ? e.message : String(e))));
    }
  }
  function fillLanguages(): void {
    const c = scenarios.find((s) => s.scenario.id === scenarioSelect.value) ?? scenarios[0];
    // The kit in the page's language when the scenario has it, until the teacher picks another.
    const keep = languageSelect.value || pageLanguage;
    languageSelect.replaceChildren(...c.languages.map((l) => el('option', { value: l, lang: l }, languageName(l))));
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
