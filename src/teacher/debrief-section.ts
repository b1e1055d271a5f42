/**
 * "Class debrief": paste codes or drop result files; every one is verified by replaying it; the
 * page keeps the class's results across several imports (duplicates recognised across all of
 * them), lists what could not be used and why, and shows the class view per scenario.
 */
import { collect, type ClassImport, type ClassSession, type Verification } from '../engine/index.ts';
import { button, el } from '../game/ui/dom.ts';
import { classView } from './class-view.ts';
import { entriesFromText, entryFromFile, SourceNames, verifyEntries, type Entry } from './debrief-import.ts';
import { scenarioById } from './scenarios.ts';
import { apartList, duplicateWords, sessionField } from './session-apart.ts';

/** `exposeAdd` hands the import to the live class tab: its results arrive as game logs. */
export function debriefSection(printHost: HTMLElement, exposeAdd?: (add: (entries: Entry[]) => Promise<void>) => void): HTMLElement {
  let verifications: Verification[] = [];
  const previews = new Map<string, string>();
  let names = new SourceNames();
  let shownScenario: string | null = null;
  /** The teacher's session, when given: games played under other settings are set apart. */
  let session: ClassSession | null = null;

  const textarea = el('textarea', {
    id: 'codes-input',
    testid: 'codes-input',
    rows: 6,
    spellcheck: 'false',
    autocomplete: 'off',
    placeholder: 'S045P8-RBEC5-Q6EB9-…\nS03ZK1-…\n(one code per line, or separated by spaces or commas)',
  });
  const fileInput = el('input', { type: 'file', id: 'files-input', testid: 'files-input', multiple: true, accept: '.json,.txt,application/json,text/plain', hidden: true, tabindex: -1 });
  const status = el('p', { class: 'import-status', role: 'status', 'aria-live': 'polite', testid: 'import-status' });
  const problems = el('div', { class: 'problems-area' });
  const results = el('div', { class: 'results-area' });
  const drop = el(
    'div',
    { class: 'drop-zone', testid: 'drop-zone' },
    el('p', { class: 'drop-title' }, 'Drop result files here'),
    el('p', { class: 'hint' }, 'Students’ result files (.json), many at once. Each file is checked and replayed; files over 1 MB are refused.'),
    button('Choose files…', () => fileInput.click(), { testid: 'choose-files' }),
    fileInput,
  );

  async function add(entries: Entry[]): Promise<void> {
    if (entries.length === 0) {
      status.textContent = 'Nothing to import: paste codes or choose files first.';
      return;
    }
    for (const e of entries) previews.set(e.source, e.preview);
    status.textContent = `Checking ${entries.length}…`;
    const t0 = performance.now();
    const fresh = await verifyEntries(entries, (done, total) => (status.textContent = `Checking ${done} of ${total}…`));
    const ms = performance.now() - t0;
    verifications = [...verifications, ...fresh];
    const ok = fresh.filter((v) => v.ok).length;
    const games = collect(verifications, session).results.length;
    status.textContent = `Checked ${entries.length} in ${(ms / 1000).toFixed(1)} s: ${ok} verified, ${entries.length - ok} could not be used. The class now has ${games} game${games === 1 ? '' : 's'}.`;
    await render();
  }

  function problemLists(imported: ClassImport): HTMLElement[] {
    const out: HTMLElement[] = [];
    if (imported.invalid.length)
      out.push(
        el(
          'section',
          { class: 'card problems-card', testid: 'invalid-list' },
          el('h3', null, `Could not be used (${imported.invalid.length})`),
          el(
            'ul',
            { class: 'invalid' },
            ...imported.invalid.map((i) =>
              el(
                'li',
                { testid: 'invalid-item' },
                el('strong', null, i.source),
                previews.get(i.source) ? el('code', { class: 'preview' }, previews.get(i.source)!) : null,
                el('span', { class: 'reason' }, i.reason),
              ),
            ),
          ),
        ),
      );
    if (imported.duplicates.length)
      out.push(
        el(
          'section',
          { class: 'card dupes-card', testid: 'duplicate-list' },
          el('h3', null, `Duplicates and copies, counted once (${imported.duplicates.length})`),
          el('ul', { class: 'dupes' }, ...imported.duplicates.map((d) => el('li', { testid: 'duplicate-item' }, el('strong', null, d.source), duplicateWords(d)))),
        ),
      );
    const apart = apartList(imported);
    if (apart) out.push(apart);
    return out;
  }

  async function render(): Promise<void> {
    const imported = collect(verifications, session);
    problems.replaceChildren(...problemLists(imported));
    const byScenario = new Map<string, typeof imported.results>();
    for (const r of imported.results) byScenario.set(r.log.scenario.id, [...(byScenario.get(r.log.scenario.id) ?? []), r]);
    if (byScenario.size === 0) {
      results.replaceChildren(el('p', { class: 'empty muted' }, verifications.length ? 'No verified games yet.' : 'The class’s results appear here once you import them.'));
      printHost.replaceChildren();
      return;
    }
    if (!shownScenario || !byScenario.has(shownScenario)) shownScenario = [...byScenario.keys()][0];
    const loaded = await scenarioById(shownScenario);
    if (!loaded.ok) return; // a result only exists when its scenario loaded
    const { view, print } = classView(loaded.compiled, byScenario.get(shownScenario)!);
    const picker =
      byScenario.size > 1
        ? el(
            'div',
            { class: 'scenario-picker', role: 'group', 'aria-label': 'Scenario' },
            el('span', { class: 'muted' }, 'Results for several scenarios:'),
            ...[...byScenario.entries()].map(([id, rs]) =>
              button(`${id} (${rs.length})`, () => ((shownScenario = id), void render()), { variant: id === shownScenario ? 'primary small' : 'small', 'aria-pressed': String(id === shownScenario) }),
            ),
          )
        : null;
    results.replaceChildren(...(picker ? [picker] : []), view);
    printHost.replaceChildren(print);
  }

  function clearAll(): void {
    verifications = [];
    previews.clear();
    names = new SourceNames();
    status.textContent = 'Cleared.';
    void render();
  }

  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const files = [...(e.dataTransfer?.files ?? [])];
    void Promise.all(files.map((f) => entryFromFile(f, names))).then(add);
  });
  fileInput.addEventListener('change', () => {
    const files = [...(fileInput.files ?? [])];
    fileInput.value = '';
    void Promise.all(files.map((f) => entryFromFile(f, names))).then(add);
  });

  exposeAdd?.(add);
  void render();
  return el(
    'div',
    { class: 'debrief-layout' },
    el('p', { class: 'lede' }, 'Collect your students’ result codes or files. Each one is checked by replaying the whole game, so a mistyped or edited result is caught and never counted.'),
    el(
      'div',
      { class: 'import-row' },
      el(
        'div',
        { class: 'card paste-card' },
        el('label', { for: 'codes-input', class: 'field-label' }, 'Paste result codes'),
        textarea,
        el(
          'div',
          { class: 'row-actions' },
          button(
            'Check and add codes',
            () => {
              const entries = entriesFromText(textarea.value, names);
              if (entries.length) textarea.value = '';
              void add(entries);
            },
            { variant: 'primary', testid: 'add-codes' },
          ),
          button('Clear all results', clearAll, { variant: 'ghost', testid: 'clear-all' }),
        ),
      ),
      drop,
    ),
    sessionField((s) => {
      session = s;
      void render();
    }),
    status,
    problems,
    results,
  );
}
