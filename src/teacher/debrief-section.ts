/**
 * "Class debrief": paste codes or drop result files; every one is verified by replaying it; the
 * page keeps the class's results across several imports (duplicates recognised across all of
 * them) and in this browser until the teacher clears them (debrief-store.ts), lists what could
 * not be used and why (problem-lists.ts), and shows the class view per scenario.
 */
import { collect, type ClassSession, type VerifiedResult } from '../engine/index.ts';
import { button, el } from '../game/ui/dom.ts';
import { classView } from './class-view.ts';
import { entriesFromText, entryFromFile, SourceNames, verifyEntries, type Checked, type Entry } from './debrief-import.ts';
import { forgetEntries, keepEntries, keptEntries } from './debrief-store.ts';
import { problemLists, type RejectedDetail } from './problem-lists.ts';
import { scenarioById } from './scenarios.ts';
import { sessionField } from './session-apart.ts';
import { fixed, tt } from './strings/index.ts';

/** `exposeAdd` hands the import to the live class tab: its results arrive as game logs. */
export function debriefSection(printHost: HTMLElement, exposeAdd?: (add: (entries: Entry[]) => Promise<void>) => void): HTMLElement {
  let verifications: Checked[] = [];
  /** Everything handed in, in order: what the browser keeps. */
  let entries: Entry[] = [];
  const bySource = new Map<string, Entry>();
  /** Live results already here (a reload brings them back from the server as well as from the store). */
  const liveIds = new Set<string>();
  let names = new SourceNames();
  const storeProblem = el('p', { class: 'form-problem', role: 'alert', testid: 'store-problem' });
  let shownScenario: string | null = null;
  /** The teacher's session, when given: games played under other settings are set apart. */
  let session: ClassSession | null = null;

  const textarea = el('textarea', {
    id: 'codes-input',
    testid: 'codes-input',
    rows: 6,
    spellcheck: 'false',
    autocomplete: 'off',
    placeholder: tt.pastePlaceholder,
  });
  const fileInput = el('input', { type: 'file', id: 'files-input', testid: 'files-input', multiple: true, accept: '.json,.txt,application/json,text/plain', hidden: true, tabindex: -1 });
  const status = el('p', { class: 'import-status', role: 'status', 'aria-live': 'polite', testid: 'import-status' });
  const problems = el('div', { class: 'problems-area' });
  const results = el('div', { class: 'results-area' });
  const drop = el(
    'div',
    { class: 'drop-zone', testid: 'drop-zone' },
    el('p', { class: 'drop-title' }, tt.dropTitle),
    el('p', { class: 'hint' }, tt.dropHint),
    button(tt.chooseFiles, () => fileInput.click(), { testid: 'choose-files' }),
    fileInput,
  );

  async function add(given: Entry[], restoring = false): Promise<void> {
    const fresh = given.filter((e) => !(e.liveId && liveIds.has(e.liveId)));
    if (fresh.length === 0) {
      if (given.length === 0) status.textContent = tt.nothingToImport;
      return;
    }
    const stamp = new Date().toISOString();
    for (const e of fresh) {
      if (!restoring && bySource.has(e.source)) e.source = names.file(e.source); // two live games of the same names
      e.handedIn ??= stamp;
      if (e.liveId) liveIds.add(e.liveId);
      bySource.set(e.source, e);
      names.reserve(e.source);
    }
    entries = [...entries, ...fresh];
    if (!restoring) storeProblem.textContent = keepEntries(entries) ?? '';
    status.textContent = tt.checking(fresh.length);
    const t0 = performance.now();
    const checked = await verifyEntries(fresh, (done, total) => (status.textContent = tt.checkingOf(done, total)));
    const ms = performance.now() - t0;
    verifications = [...verifications, ...checked];
    const ok = checked.filter((v) => v.ok).length;
    const games = collect(verifications, session).results.length;
    const what = restoring ? tt.keptHere(fresh.length) : tt.checkedIn(fresh.length, fixed(ms / 1000, 1));
    status.textContent = tt.checkedSummary(what, ok, fresh.length - ok, games);
    await render();
  }

  /** The page's details of each rejected result: the name it still carries and what was given. */
  function rejectedDetails(): Map<string, RejectedDetail> {
    const out = new Map<string, RejectedDetail>();
    for (const v of verifications) if (!v.ok) out.set(v.source, { name: 'name' in v ? v.name : null, entry: bySource.get(v.source) });
    return out;
  }

  /** The time each result reached this page, for the CSV. */
  function stamped(results: readonly VerifiedResult[]): VerifiedResult[] {
    return results.map((r) => ({ ...r, handedIn: bySource.get(r.source)?.handedIn }));
  }

  async function render(): Promise<void> {
    const imported = collect(verifications, session);
    problems.replaceChildren(...problemLists(imported, rejectedDetails()));
    const byScenario = new Map<string, typeof imported.results>();
    for (const r of imported.results) byScenario.set(r.log.scenario.id, [...(byScenario.get(r.log.scenario.id) ?? []), r]);
    if (byScenario.size === 0) {
      results.replaceChildren(el('p', { class: 'empty muted' }, verifications.length ? tt.noVerified : tt.resultsAppear));
      printHost.replaceChildren();
      return;
    }
    if (!shownScenario || !byScenario.has(shownScenario)) shownScenario = [...byScenario.keys()][0];
    const loaded = await scenarioById(shownScenario);
    if (!loaded.ok) return; // a result only exists when its scenario loaded
    const { view, print } = classView(loaded.compiled, stamped(byScenario.get(shownScenario)!));
    const picker =
      byScenario.size > 1
        ? el(
            'div',
            { class: 'scenario-picker', role: 'group', 'aria-label': tt.scenarioPickerLabel },
            el('span', { class: 'muted' }, tt.severalScenarios),
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
    entries = [];
    bySource.clear();
    liveIds.clear();
    names = new SourceNames();
    forgetEntries();
    storeProblem.textContent = '';
    status.textContent = tt.cleared;
    void render();
  }

  /** Clearing forgets every student's result: the teacher confirms it first, beside the button. */
  const confirmRow = el(
    'div',
    { class: 'confirm-clear', testid: 'confirm-clear', hidden: true, role: 'group', 'aria-label': tt.confirmClearLabel },
    el('span', null, tt.confirmClear),
    button(tt.confirmClearYes, () => ((confirmRow.hidden = true), clearAll()), { variant: 'danger small', testid: 'confirm-clear-yes' }),
    button(tt.confirmClearNo, () => (confirmRow.hidden = true), { variant: 'small', testid: 'confirm-clear-no' }),
  );

  /** What the paste box holds between checks: the pasted results that could not be used, whole, in the order given. */
  function rejectedPasted(): Entry[] {
    const rejected = new Set(verifications.flatMap((v) => (v.ok ? [] : [v.source])));
    return entries.filter((e) => e.pasted && e.text && rejected.has(e.source));
  }
  const boxText = () =>
    rejectedPasted()
      .map((e) => e.text)
      .join('\n');

  /**
   * Checks the paste box. The box holds the pasted results that could not be used, for correction:
   * checking it again replaces them by what it holds now (corrected, left as they were, or removed
   * by the teacher), so a corrected code neither stays listed nor comes back after a reload.
   */
  async function addPasted(): Promise<void> {
    const pasted = entriesFromText(textarea.value, names);
    if (pasted.length === 0) return add(pasted); // says there is nothing to import
    const inBox = new Set(rejectedPasted().map((e) => e.source));
    entries = entries.filter((e) => !inBox.has(e.source));
    verifications = verifications.filter((v) => v.ok || !inBox.has(v.source));
    for (const source of inBox) bySource.delete(source);
    await add(pasted);
    textarea.value = boxText();
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

  exposeAdd?.((live) => add(live));
  const kept = keptEntries();
  storeProblem.textContent = kept.problem ?? '';
  // After a reload the rejected pasted results go back into the box, as they were after their check.
  if (kept.entries.length) void add(kept.entries, true).then(() => (textarea.value ||= boxText()));
  else void render();
  return el(
    'div',
    { class: 'debrief-layout' },
    el('p', { class: 'lede' }, tt.debriefLede),
    el(
      'div',
      { class: 'import-row' },
      el(
        'div',
        { class: 'card paste-card' },
        el('label', { for: 'codes-input', class: 'field-label' }, tt.pasteLabel),
        textarea,
        el(
          'div',
          { class: 'row-actions' },
          button(tt.addCodes, () => void addPasted(), { variant: 'primary', testid: 'add-codes' }),
          button(tt.clearAll, () => ((confirmRow.hidden = false), confirmRow.querySelector<HTMLElement>('button')?.focus()), { variant: 'ghost', testid: 'clear-all' }),
        ),
        confirmRow,
      ),
      drop,
    ),
    sessionField((s) => {
      session = s;
      void render();
    }),
    status,
    storeProblem,
    problems,
    results,
  );
}
