/**
 * "Set up a session": the teacher picks the settings; the page packs them into a session code and
 * a link to the game (index.html?session=CODE, resolved against this page so it works from any
 * sub-path). Opening either starts the game with the settings locked.
 */
import { describeSession, encodeSession, DIFFICULTIES, STRATEGIES, STRATEGY_NAMES, type ClassSession, type CompiledScenario, type Opponent } from '../engine/index.ts';
import { button, el } from '../game/ui/dom.ts';
import { copyText } from '../game/ui/clipboard.ts';

/** The game's address for a session code, next to this page. */
export function sessionLink(code: string, base: string = location.href): string {
  const url = new URL('index.html', base);
  url.search = new URLSearchParams({ session: code }).toString();
  return url.href;
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
export function setupSection(scenarios: readonly CompiledScenario[], exposeRead?: (read: () => ClassSession | null) => void): HTMLElement {
  const scenarioSelect = el('select', { id: 'setup-scenario', testid: 'setup-scenario' }, ...scenarios.map((c) => el('option', { value: c.scenario.id }, c.scenario.title)));
  const opponentSelect = el('select', { id: 'setup-opponent', testid: 'setup-opponent' });
  const roundsInput = el('input', { id: 'setup-rounds', testid: 'setup-rounds', type: 'number', min: 1, max: 100, step: 1, inputmode: 'numeric' });
  const timeSelect = el(
    'select',
    { id: 'setup-time', testid: 'setup-time' },
    ...TIME_LIMITS.map((s) => el('option', { value: s === null ? '' : String(s) }, s === null ? 'No time limit' : s % 60 === 0 ? `${s / 60} min per round` : `${s} s per round`)),
  );
  const seedInput = el('input', { id: 'setup-seed', testid: 'setup-seed', type: 'text', maxlength: 40, value: freshClassSeed(), autocomplete: 'off', spellcheck: 'false' });
  const revealBox = el('input', { type: 'checkbox', id: 'setup-reveal', testid: 'setup-reveal', checked: true });
  const sidesGroup = el('fieldset', { class: 'choice-group', testid: 'setup-sides' }, el('legend', null, 'Sides'));
  const modeGroup = el(
    'fieldset',
    { class: 'choice-group' },
    el('legend', null, 'Mode'),
    radio('mode', 'computer', 'Against the computer', true, 'each student alone'),
    radio('mode', 'pair', 'Two students on one device', false, 'one plays each side'),
  );
  const seedGroup = el(
    'fieldset',
    { class: 'choice-group seed-group' },
    el('legend', null, 'Dice'),
    radio('seed', 'class', 'The same for the whole class', true, 'the same scheduled news in the same rounds for everyone (news that answers a move follows the moves), so results compare fairly'),
    el('div', { class: 'seed-row' }, el('label', { for: 'setup-seed' }, 'Class seed'), seedInput),
    radio('seed', 'student', 'Different for every student', false),
  );
  const problem = el('p', { class: 'form-problem', role: 'alert', testid: 'setup-problem' });
  const output = el(
    'section',
    { class: 'session-output card empty-output', 'aria-live': 'polite', testid: 'session-output' },
    el('h2', null, 'Your session link'),
    el('p', { class: 'muted' }, 'Choose the settings, then “Create session link”. You get:'),
    el(
      'ul',
      { class: 'muted how-list' },
      el('li', null, 'a link to send or post — it opens the game with your settings;'),
      el('li', null, 'a short code students can type on the game’s title screen instead;'),
      el('li', null, 'the settings in plain words, as students will see them.'),
    ),
    el('p', { class: 'muted' }, 'Afterwards, collect the students’ result codes and open “Class debrief”.'),
  );

  const current = () => scenarios.find((c) => c.scenario.id === scenarioSelect.value) ?? scenarios[0];
  const checked = (name: string) => (sidesGroup.closest('form') ?? document).querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;

  /** Side names and counterparts depend on the scenario: rebuilt when it changes. */
  function fillForScenario(): void {
    const c = current();
    const keep = checked('sides') ?? 'choose';
    sidesGroup.replaceChildren(
      el('legend', null, 'Sides'),
      radio('sides', 'choose', 'Students choose', keep === 'choose'),
      radio('sides', 'first', `All ${c.scenario.sides[0].name}`, keep === 'first'),
      radio('sides', 'second', `All ${c.scenario.sides[1].name}`, keep === 'second'),
      radio('sides', 'alternate', 'Alternate by seat number', keep === 'alternate', `students type their seat: odd seats ${c.scenario.sides[0].name}, even seats ${c.scenario.sides[1].name}`),
    );
    const keepOpponent = opponentSelect.value || 'difficulty:normal';
    opponentSelect.replaceChildren(
      el(
        'optgroup',
        { label: 'Difficulty' },
        ...DIFFICULTIES.map((d) => {
          const p = c.scenario.personalities.find((x) => x.difficulty === d);
          return el('option', { value: `difficulty:${d}` }, `${d[0].toUpperCase()}${d.slice(1)}${p ? ` — ${p.name}` : ''}`);
        }),
      ),
      el('optgroup', { label: 'Personality' }, ...c.scenario.personalities.map((p) => el('option', { value: `personality:${p.id}` }, p.name))),
      el('optgroup', { label: 'Strategy' }, ...STRATEGIES.map((s) => el('option', { value: `strategy:${s}` }, STRATEGY_NAMES[s]))),
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
    if (!Number.isInteger(rounds) || rounds < 1 || rounds > 100) return { ok: false, reason: 'The number of rounds is a whole number from 1 to 100.', focus: roundsInput };
    const seedKind = checked('seed') === 'student' ? 'student' : 'class';
    const seed = seedInput.value.trim();
    if (seedKind === 'class' && seed === '') return { ok: false, reason: 'Type a class seed (any word), or choose different dice for every student.', focus: seedInput };
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

  function showSession(session: ClassSession): void {
    const code = encodeSession(session);
    const link = sessionLink(code);
    const status = el('span', { class: 'copy-status', role: 'status', testid: 'copy-status' });
    const copy = (what: string, textToCopy: string) => () =>
      void copyText(textToCopy).then((ok) => (status.textContent = ok ? `${what} copied.` : `Could not copy: select the ${what.toLowerCase()} and copy it by hand.`));
    const linkInput = el('input', {
      type: 'text',
      readonly: true,
      value: link,
      class: 'link-box',
      testid: 'session-link',
      'aria-label': 'Session link',
      on: { focus: (e) => (e.target as HTMLInputElement).select() },
    });
    output.classList.remove('stale', 'empty-output');
    output.replaceChildren(
      el('p', { class: 'stale-note', role: 'note' }, 'The settings have changed since: create the link again to use them.'),
      el('h2', null, 'Give this to your class'),
      el('p', { class: 'code-label' }, 'Session code — students type it on the title screen, or open the link'),
      el('p', { class: 'session-code', testid: 'session-code' }, code),
      el('div', { class: 'link-row' }, linkInput),
      el(
        'div',
        { class: 'row-actions' },
        button('Copy link', copy('Link', link), { variant: 'primary', testid: 'copy-link' }),
        button('Copy code', copy('Code', code), { testid: 'copy-code' }),
        el('a', { class: 'btn ghost', href: link, target: '_blank', rel: 'noopener', testid: 'open-link' }, 'Try it as a student ↗'),
        status,
      ),
      el('h3', null, 'What students will see (locked)'),
      el('dl', { class: 'summary-list', testid: 'session-summary' }, ...describeSession(current(), session).flatMap((r) => [el('dt', null, r.label), el('dd', null, r.value)])),
    );
  }

  const form = el(
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
          showSession(r.session);
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
    field('Scenario', scenarioSelect),
    modeGroup,
    sidesGroup,
    field('Computer counterpart', opponentSelect, 'Difficulty picks the scenario’s personality for that level; a strategy names the computer’s negotiating style directly.'),
    seedGroup,
    el('div', { class: 'field-row' }, field('Rounds', roundsInput), field('Time limit', timeSelect, 'When time runs out, the student’s turn passes.')),
    el('label', { class: 'check' }, revealBox, el('span', null, 'Reveal what really happened in each student’s debrief')),
    problem,
    el('div', { class: 'row-actions' }, el('button', { type: 'submit', class: 'btn primary big', testid: 'create-session' }, el('span', { class: 'btn-label' }, 'Create session link'))),
  );
  fillForScenario();
  syncEnabled();
  exposeRead?.(() => {
    const r = read();
    return r.ok ? r.session : null;
  });
  return el(
    'div',
    { class: 'setup-layout' },
    el('div', null, el('p', { class: 'lede' }, 'Choose how your class plays. The game opens with these settings locked and shows them to every student.'), form),
    output,
  );
}
