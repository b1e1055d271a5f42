/**
 * "Your own scenario" on the set-up form: a scenario file from this computer (picker, or dropped
 * on the form), checked by the engine as `summit check` would. A file that loads joins the list
 * of scenarios; one that does not lists every problem and changes nothing.
 */
import { el } from '../game/ui/dom.ts';
import { LINK_LIMIT, LONG_LINK, OWN_PARAM, packScenario } from '../game/scenario-link.ts';
import { openOwnScenario, type OwnScenario } from './scenarios.ts';

/** Files larger than this are not scenarios (the shipped ones are under 40 kB). */
const MAX_FILE_BYTES = 2_000_000;

export function ownScenarioField(form: () => HTMLElement | null, opened: (own: OwnScenario) => void): HTMLElement {
  const problems = el('ol', { class: 'problem-list', testid: 'own-problems', 'aria-live': 'polite' });
  const status = el('p', { class: 'hint', role: 'status', testid: 'own-status' });
  const input = el('input', { type: 'file', id: 'own-file', testid: 'own-file', accept: '.json,application/json' });

  async function read(file: File): Promise<void> {
    problems.replaceChildren();
    if (file.size > MAX_FILE_BYTES) {
      status.textContent = `${file.name} is too large to be a scenario file.`;
      return;
    }
    const r = openOwnScenario(await file.text(), file.name);
    if (!r.ok) {
      status.textContent = `${file.name} cannot be used yet: ${r.problems.length} problem(s), in the words of "summit check". Fix them (the workbench shows them as you type) and open it again.`;
      problems.replaceChildren(...r.problems.map((p) => el('li', null, p)));
      return;
    }
    status.textContent = `${file.name} checks out: “${r.own.compiled.scenario.title}” is now in the list of scenarios.`;
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
    { class: 'field own-scenario', testid: 'own-scenario' },
    el('label', { for: 'own-file', class: 'field-label' }, 'Or your own scenario'),
    input,
    el(
      'p',
      { class: 'hint' },
      'A scenario file from the workbench or your editor (or drop it on this form). It is checked here, kept in this browser, and travels with the class: inside the session link, or from the class server in a live class.',
    ),
    status,
    problems,
  );
}

/** The game's link for a class on an own scenario: the session link with the file in its fragment, or why not. */
export async function ownSessionLink(link: string, own: OwnScenario): Promise<{ link: string; note: string } | { error: string }> {
  const packed = await packScenario(JSON.parse(own.text));
  if (packed.length > LINK_LIMIT)
    return {
      error: `Your scenario packs to ${packed.length.toLocaleString('en')} characters: too long for a link (the limit is ${LINK_LIMIT.toLocaleString('en')}). Run it as a live class instead: the class server sends it to every student.`,
    };
  const full = `${link}#${OWN_PARAM}=${packed}`;
  const base = 'Your scenario travels inside this link, so students need the link itself: the code alone names a scenario this site does not have.';
  return {
    link: full,
    note:
      full.length > LONG_LINK
        ? `${base} The link is ${full.length.toLocaleString('en')} characters long: paste it whole (some mail and chat tools cut long links; posting it on your class page is safest).`
        : base,
  };
}
