/**
 * "Your own scenario" on the set-up form: a scenario file from this computer (picker, or dropped
 * on the form), checked by the engine as `summit check` would. A file that loads joins the list
 * of scenarios; one that does not lists every problem and changes nothing.
 */
import { button, el } from '../game/ui/dom.ts';
import { LINK_LIMIT, LONG_LINK, OWN_PARAM, packScenario } from '../game/scenario-link.ts';
import { openOwnScenario, type OwnScenario } from './scenarios.ts';
import { num, tt } from './strings/index.ts';

/** Files larger than this are not scenarios (the shipped ones are under 40 kB). */
const MAX_FILE_BYTES = 2_000_000;

export function ownScenarioField(form: () => HTMLElement | null, opened: (own: OwnScenario) => void): HTMLElement {
  const problems = el('ol', { class: 'problem-list', testid: 'own-problems', 'aria-live': 'polite' });
  const status = el('p', { class: 'hint', role: 'status', testid: 'own-status' });
  // The browser's own file button speaks the browser's language, not the page's: ours opens the same picker.
  const input = el('input', { type: 'file', id: 'own-file', testid: 'own-file', accept: '.json,application/json', hidden: true, tabindex: -1 });
  const choose = button(tt.ownChoose, () => input.click(), { id: 'own-choose', testid: 'own-choose', 'aria-describedby': 'own-hint' });

  async function read(file: File): Promise<void> {
    problems.replaceChildren();
    if (file.size > MAX_FILE_BYTES) {
      status.textContent = tt.ownTooLarge(file.name);
      return;
    }
    const r = openOwnScenario(await file.text(), file.name);
    if (!r.ok) {
      status.textContent = tt.ownProblems(file.name, r.problems.length);
      // The checker's own words (as `summit check` prints them) are English: marked so, for screen readers.
      problems.replaceChildren(...r.problems.map((p) => el('li', { lang: 'en' }, p)));
      return;
    }
    status.textContent = tt.ownChecksOut(file.name, r.own.compiled.scenario.title);
    opened(r.own);
  }

  input.addEventListener('change', () => {
    const f = input.files?.[0];
    if (f) void read(f);
    input.value = '';
  });
  // A file dropped anywhere on the form.
  queueMicrotask(() => {
    const target = form();
    target?.addEventListener('dragover', (e) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    });
    target?.addEventListener('drop', (e) => {
      const f = e.dataTransfer?.files[0];
      if (!f) return;
      e.preventDefault();
      void read(f);
    });
  });

  return el(
    'div',
    { class: 'field own-scenario', testid: 'own-scenario', role: 'group', 'aria-labelledby': 'own-label' },
    el('p', { class: 'field-label', id: 'own-label' }, tt.ownLabel),
    el('div', null, choose, input),
    el('p', { class: 'hint', id: 'own-hint' }, tt.ownHint),
    status,
    problems,
  );
}

/** The game's link for a class on an own scenario: the session link with the file in its fragment, or why not. */
export async function ownSessionLink(link: string, own: OwnScenario): Promise<{ link: string; note: string } | { error: string }> {
  const packed = await packScenario(JSON.parse(own.text));
  if (packed.length > LINK_LIMIT) return { error: tt.ownTooLong(num(packed.length), num(LINK_LIMIT)) };
  const full = `${link}#${OWN_PARAM}=${packed}`;
  return { link: full, note: full.length > LONG_LINK ? tt.ownInLink + tt.ownLongLink(num(full.length)) : tt.ownInLink };
}
