/**
 * "Set up a session": the teacher picks the settings; the page packs them into a session code and
 * a link to the game (index.html?session=CODE, resolved against this page so it works from any
 * sub-path). Opening either starts the game with the settings locked.
 */
import { encodeSession, DIFFICULTIES, STRATEGIES, type ClassSession, type CompiledScenario, type Opponent } from '../engine/index.ts';
import { button, el } from '../game/ui/dom.ts';
import { copyText } from '../game/ui/clipboard.ts';
import { ownScenarioField, ownSessionLink } from './own-scenario-field.ts';
import { ownScenario, type OwnScenario } from './scenarios.ts';
import { draftForm, restoreDraft } from './setup-draft.ts';
import { tt } from './strings/index.ts';
import { sessionSummary } from './words.ts';
import { t } from '../game/ui/strings/index.ts';

/** The game's address for a session code, next to this page. */
export function sessionLink(code: string, base: string = location.href): string {
  const url = new URL('index.html', base);
  url.search = new URLSearchParams({ session: code }).toString();
  return url.href;
}

/** A class seed is read out to the class and printed in the CSV: short, and printable characters only. */
export const MAX_CLASS_SEED = 40;

/** Why a class seed cannot be used, or null. The input keeps what was typed, so nothing is lost. */
export function classSeedProblem(seed: string): string | null {
  if ([...seed].length > MAX_CLASS_SEED) return tt.seedTooLong([...seed].length, MAX_CLASS_SEED);
  if (/[^\p{L}\p{N}\p{P}\p{S} ]/u.test(seed)) return tt.seedCharacters;
  return null;
}

/** A class seed that is easy to read out: two words from the alphabet codes use, and digits. */
function freshClassSeed(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return `class-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}

const TIME_LIMITS = [null, 60, 90, 120, 180, 240, 300, 600] as const;

function radio(name: string, value: string, label: string, checked: boolean, note?: string): HTMLLabelElement {
  return el(
    'label',
    { class: 'choice' },
    el('input', { type: 'radio', name, value, checked, testid: `${name}-${value}` }),
    el('span', null, el('span', { class: 'choice-title' }, label), note ? el('span', { class: 'choice-note' }, ` — ${note}`) : null),
  );
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id;
  return el('div', { class: 'field' }, el('label', { for: id, class: 'field-label' }, label), control, hint ? el('p', { class: 'hint' }, hint) : null);
}

/** `exposeRead` hands the form's reader to the live class tab, which starts a class with today's settings. */
export function setupSection(shipped: readonly CompiledScenario[], exposeRead?: (read: () => ClassSession | null) => void): HTMLElement {
  // The shipped scenarios, then the teacher's own file (kept from an earlier visit, or opened below).
  let own: OwnScenario | null = ownScenario();
  const scenarios = () => (own ? [...shipped, own.compiled] : shipped);
  const scenarioSelect = el('select', { id: 'setup-scenario', testid: 'setup-scenario' });
  const fillSelect = () =>
    scenarioSelect.replaceChildren(...scenarios().map((c) => el('option', { value: c.scenario.id }, c === own?.compiled ? tt.yourFile(c.scenario.title, own.name) : c.scenario.title)));
  fillSelect();
  const opponentSelect = el('select', { id: 'setup-opponent', testid: 'setup-opponent' });
  const roundsInput = el('input', { id: 'setup-rounds', testid: 'setup-rounds', type: 'number', min: 1, max: 100, step: 1, inputmode: 'numeric' });
  const timeSelect = el(
    'select',
    { id: 'setup-time', testid: 'setup-time' },
    ...TIME_LIMITS.map((s) => el('option', { value: s === null ? '' : String(s) }, s === null ? tt.noTimeLimit : s % 60 === 0 ? tt.minutesPerRound(s / 60) : tt.secondsPerRound(s))),
  );
  const seedInput = el('input', { id: 'setup-seed', testid: 'setup-seed', type: 'text', value: freshClassSeed(), autocomplete: 'off', spellcheck: 'false' });
  const revealBox = el('input', { type: 'checkbox', id: 'setup-reveal', testid: 'setup-reveal', checked: true });
  const sidesGroup = el('fieldset', { class: 'choice-group', testid: 'setup-sides' }, el('legend', null, tt.sides));
  const modeGroup = el(
    'fieldset',
    { class: 'choice-group' },
    el('legend', null, tt.mode),
    radio('mode', 'computer', tt.modeComputer, true, tt.modeComputerNote),
    radio('mode', 'pair', tt.modePair, false, tt.modePairNote),
  );
  const seedGroup = el(
    'fieldset',
    { class: 'choice-group seed-group' },
    el('legend', null, tt.dice),
    radio('seed', 'class', tt.diceClass, true, tt.diceClassNote),
    el('div', { class: 'seed-row' }, el('label', { for: 'setup-seed' }, tt.classSeed), seedInput),
    radio('seed', 'student', tt.diceStudent, false),
  );
  const problem = el('p', { class: 'form-problem', role: 'alert', testid: 'setup-problem' });
  const output = el(
    'section',
    { class: 'session-output card empty-output', 'aria-live': 'polite', testid: 'session-output' },
    el('h2', null, tt.outputTitle),
    el('p', { class: 'muted' }, tt.outputIntro),
    el('ul', { class: 'muted how-list' }, el('li', null, tt.outputLink), el('li', null, tt.outputCode), el('li', null, tt.outputWords)),
    el('p', { class: 'muted' }, tt.outputAfter),
  );

  const current = () => scenarios().find((c) => c.scenario.id === scenarioSelect.value) ?? scenarios()[0];
  const checked = (name: string) => (sidesGroup.closest('form') ?? document).querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;

  /** Side names and counterparts depend on the scenario: rebuilt when it changes. */
  function fillForScenario(): void {
    const c = current();
    const keep = checked('sides') ?? 'choose';
    sidesGroup.replaceChildren(
      el('legend', null, tt.sides),
      radio('sides', 'choose', tt.studentsChoose, keep === 'choose'),
      radio('sides', 'first', tt.allSide(c.scenario.sides[0].name), keep === 'first'),
      radio('sides', 'second', tt.allSide(c.scenario.sides[1].name), keep === 'second'),
      radio('sides', 'alternate', tt.alternate, keep === 'alternate', tt.alternateNote(c.scenario.sides[0].name, c.scenario.sides[1].name)),
    );
    const keepOpponent = opponentSelect.value || 'difficulty:normal';
    opponentSelect.replaceChildren(
      el(
        'optgroup',
        { label: tt.difficultyGroup },
        ...DIFFICULTIES.map((d) => {
          const p = c.scenario.personalities.find((x) => x.difficulty === d);
          return el('option', { value: `difficulty:${d}` }, t.difficulty[d], p ? ` — ${p.name}` : '');
        }),
      ),
      el('optgroup', { label: tt.personalityGroup }, ...c.scenario.personalities.map((p) => el('option', { value: `personality:${p.id}` }, p.name))),
      el('optgroup', { label: tt.strategyGroup }, ...STRATEGIES.map((s) => el('option', { value: `strategy:${s}` }, t.strategyNames[s]))),
    );
    opponentSelect.value = [...opponentSelect.options].some((o) => o.value === keepOpponent) ? keepOpponent : 'difficulty:normal';
    roundsInput.value = String(c.scenario.deadline.rounds);
    roundsInput.placeholder = String(c.scenario.deadline.rounds);
  }

  function opponentOf(value: string): Opponent {
    const [kind, id] = value.split(':');
    if (kind === 'personality') return { kind, personality: id };
    const strategy = STRATEGIES.find((s) => s === id);
    if (kind === 'strategy' && strategy) return { kind, strategy };
    return { kind: 'difficulty', difficulty: DIFFICULTIES.find((d) => d === id) ?? 'normal' };
  }

  /** The form as a session, or why it is not one yet. */
  function read(): { ok: true; session: ClassSession } | { ok: false; reason: string; focus: HTMLElement } {
    const c = current();
    const rounds = Number(roundsInput.value);
    if (!Number.isInteger(rounds) || rounds < 1 || rounds > 100) return { ok: false, reason: tt.roundsProblem, focus: roundsInput };
    const seedKind = checked('seed') === 'student' ? 'student' : 'class';
    const seed = seedInput.value.trim();
    if (seedKind === 'class' && seed === '') return { ok: false, reason: tt.seedMissing, focus: seedInput };
    const seedProblem = seedKind === 'class' ? classSeedProblem(seed) : null;
    if (seedProblem) return { ok: false, reason: seedProblem, focus: seedInput };
    const mode = checked('mode') === 'pair' ? 'pair' : 'computer';
    return {
      ok: true,
      session: {
        scenario: c.scenario.id,
        sides: mode === 'pair' ? 'choose' : ((checked('sides') ?? 'choose') as ClassSession['sides']),
        mode,
        opponent: opponentOf(opponentSelect.value),
        seed: seedKind === 'class' ? { kind: 'class', value: seed } : { kind: 'student' },
        rounds: rounds === c.scenario.deadline.rounds ? null : rounds,
        secondsPerRound: timeSelect.value === '' ? null : Number(timeSelect.value),
        revealReal: revealBox.checked,
      },
    };
  }

  /** What only matters in some modes is disabled in the others, and says why. */
  function syncEnabled(): void {
    const pair = checked('mode') === 'pair';
    sidesGroup.disabled = pair;
    opponentSelect.disabled = pair;
    seedInput.disabled = checked('seed') === 'student';
  }

  async function showSession(session: ClassSession): Promise<void> {
    const code = encodeSession(session);
    const mine = own && own.compiled === current() ? await ownSessionLink(sessionLink(code), own) : null;
    if (mine && 'error' in mine) {
      problem.textContent = mine.error;
      return;
    }
    const link = mine ? mine.link : sessionLink(code);
    const status = el('span', { class: 'copy-status', role: 'status', testid: 'copy-status' });
    const copy = (copied: string, notCopied: string, textToCopy: string) => () => void copyText(textToCopy).then((ok) => (status.textContent = ok ? copied : notCopied));
    const linkInput = el('input', {
      type: 'text',
      readonly: true,
      value: link,
      class: 'link-box',
      testid: 'session-link',
      'aria-label': tt.sessionLinkLabel,
      on: { focus: (e) => (e.target as HTMLInputElement).select() },
    });
    output.classList.remove('stale', 'empty-output');
    output.replaceChildren(
      el('p', { class: 'stale-note', role: 'note' }, tt.staleNote),
      el('h2', null, tt.giveThis),
      el('p', { class: 'code-label' }, mine ? tt.codeLabelOwn : tt.codeLabel),
      el('p', { class: 'session-code', testid: 'session-code' }, code),
      ...(mine ? [el('p', { class: 'hint', testid: 'own-link-note' }, mine.note)] : []),
      el('div', { class: 'link-row' }, linkInput),
      el(
        'div',
        { class: 'row-actions' },
        button(tt.copyLink, copy(tt.linkCopied, tt.linkNotCopied, link), { variant: 'primary', testid: 'copy-link' }),
        button(tt.copyCode, copy(tt.codeCopied, tt.codeNotCopied, code), { testid: 'copy-code' }),
        el('a', { class: 'btn ghost', href: link, target: '_blank', rel: 'noopener', testid: 'open-link' }, tt.tryAsStudent),
        status,
      ),
      el('h3', null, tt.studentsWillSee),
      el('dl', { class: 'summary-list', testid: 'session-summary' }, ...sessionSummary(current(), session).flatMap((r) => [el('dt', null, r.label), el('dd', null, r.value)])),
    );
  }

  const form: HTMLFormElement = el(
    'form',
    {
      class: 'setup-form card',
      novalidate: true,
      on: {
        submit: (e) => {
          e.preventDefault();
          const r = read();
          if (!r.ok) {
            problem.textContent = r.reason;
            r.focus.focus();
            return;
          }
          problem.textContent = '';
          void showSession(r.session);
        },
        change: (e) => {
          if (e.target === scenarioSelect) fillForScenario();
          syncEnabled();
          if (!output.classList.contains('empty-output')) output.classList.add('stale');
        },
        input: () => {
          if (!output.classList.contains('empty-output')) output.classList.add('stale');
        },
      },
    },
    field(tt.scenario, scenarioSelect),
    ownScenarioField(
      () => document.querySelector<HTMLElement>('.setup-form'),
      (opened) => {
        own = opened;
        fillSelect();
        scenarioSelect.value = opened.compiled.scenario.id;
        fillForScenario();
        if (!output.classList.contains('empty-output')) output.classList.add('stale');
      },
    ),
    modeGroup,
    sidesGroup,
    field(tt.counterpart, opponentSelect, tt.counterpartHint),
    seedGroup,
    el('div', { class: 'field-row' }, field(tt.rounds, roundsInput), field(tt.timeLimit, timeSelect, tt.timeLimitHint)),
    el('label', { class: 'check' }, revealBox, el('span', null, tt.revealReal)),
    problem,
    el('div', { class: 'row-actions' }, el('button', { type: 'submit', class: 'btn primary big', testid: 'create-session' }, el('span', { class: 'btn-label' }, tt.createLink))),
  );
  fillForScenario();
  syncEnabled();
  draftForm(form);
  restoreDraft(form, scenarioSelect.id);
  exposeRead?.(() => {
    const r = read();
    return r.ok ? r.session : null;
  });
  return el('div', { class: 'setup-layout' }, el('div', null, el('p', { class: 'lede' }, tt.setupLede), form), output);
}
