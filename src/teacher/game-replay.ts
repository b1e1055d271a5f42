/**
 * One student's game, replayed move by move: the log's events go through the scenario's machine
 * again (the same replay that verified it), and after each of the student's moves the teacher sees
 * what was said and done, the offer on the table and where every item stands.
 */
import { createActor } from 'xstate';
import { redLineCrossings, summitMachine, type CompiledScenario, type GameState, type VerifiedResult } from '../engine/index.ts';
import { button, el, isolated } from '../game/ui/dom.ts';
import { t } from '../game/ui/strings/index.ts';
import { say, sayAll } from '../game/ui/strings/say.ts';
import { pointsText, tt } from './strings/index.ts';
import { nameText, playerWords } from './words.ts';

interface Step {
  /** History lines this step added (the student's move, the reply, any event). */
  from: number;
  game: GameState;
}

/** The state after each event that changed the talks, from the opening of the talks on. */
export function replaySteps(c: CompiledScenario, result: VerifiedResult): Step[] {
  const actor = createActor(summitMachine(c)).start();
  const steps: Step[] = [];
  let seen = 0;
  for (const event of result.log.events) {
    actor.send(event);
    const game = actor.getSnapshot().context.game;
    if (!game || event.type === 'game.setup' || event.type === 'debrief.open') continue;
    if (game.history.length === seen && steps.length > 0) continue; // a refused move changes nothing
    steps.push({ from: seen, game });
    seen = game.history.length;
  }
  actor.stop();
  return steps;
}

function stepView(c: CompiledScenario, result: VerifiedResult, steps: Step[], k: number): HTMLElement {
  const { game, from } = steps[k];
  const sideName = (s: number | null) => (s === null ? tt.event : c.scenario.sides[s].name);
  const student = (s: number | null) => s !== null && result.humanSides.includes(s as 0 | 1);
  const line = (h: GameState['history'][number], fresh: boolean) =>
    el(
      'li',
      { class: `replay-line${fresh ? ' fresh' : ''}${student(h.side) ? ' student' : ''}` },
      el('span', { class: 'replay-round' }, tt.roundShort(h.round)),
      el(
        'div',
        null,
        el('strong', null, sideName(h.side), student(h.side) ? tt.student : '', tt.colon),
        say(h.line, t, c),
        h.said ? el('p', { class: 'replay-said' }, t.quoted(sayAll(h.said, t, c))) : null,
      ),
    );
  const table = game.table;
  // What the offer on the table is worth, as the engine logged it when it was made (events may
  // have shifted values since the scenario's start).
  const u = table ? ([...game.history].reverse().find((h) => h.utilities && h.side === table.by)?.utilities ?? null) : null;
  return el(
    'div',
    { class: 'replay-step' },
    el('section', { class: 'replay-history' }, el('h3', null, tt.whatHappened), el('ol', { class: 'replay-lines', testid: 'replay-lines' }, ...game.history.map((h, i) => line(h, i >= from)))),
    el(
      'section',
      { class: 'replay-state' },
      el('h3', null, table ? tt.offeredBy(sideName(table.by)) : tt.onTable),
      table
        ? el(
            'ul',
            { class: 'replay-table', testid: 'replay-table' },
            ...c.scenario.items.map((item, i) => {
              const o = table.options[i];
              return el('li', null, el('span', { class: 'muted' }, `${item.title}: `), o === null ? '—' : item.options[o].label);
            }),
          )
        : el('p', { class: 'muted' }, tt.nothingYet),
      u ? el('p', { class: 'small' }, tt.worth(pointsText(u[0]), c.scenario.sides[0].name, pointsText(u[1]), c.scenario.sides[1].name)) : null,
      el('h3', null, tt.items),
      el(
        'ul',
        { class: 'replay-items' },
        ...c.scenario.items.map((item, i) => {
          const st = game.items[i];
          return el(
            'li',
            { class: `status-${st.status}` },
            el('span', null, item.title),
            el('span', { class: 'replay-status' }, st.status === 'tentative' && st.option !== null ? `✓ ${item.options[st.option].label}` : t.status[st.status]),
          );
        }),
      ),
      game.outcome ? el('p', { class: 'replay-outcome', testid: 'replay-outcome' }, tt.outcome(say(game.outcome.reason, t, c))) : null,
    ),
  );
}

/** Opens a modal with the game at its first move; ← and → (or the buttons) step through it. */
export function openReplay(c: CompiledScenario, result: VerifiedResult): void {
  const steps = replaySteps(c, result);
  let k = 0;
  const body = el('div', { class: 'replay-body' });
  const counter = el('p', { class: 'replay-counter', 'aria-live': 'polite', testid: 'replay-counter' });
  const prev = button(tt.previous, () => go(k - 1), { testid: 'replay-prev' });
  const next = button(tt.next, () => go(k + 1), { testid: 'replay-next', variant: 'primary' });
  const dialog = el(
    'dialog',
    { class: 'dialog wide replay', 'aria-labelledby': 'replay-title', testid: 'replay-dialog' },
    el('h2', { id: 'replay-title' }, `${isolated(nameText(result.name))} — ${result.humanSides.map((s) => c.scenario.sides[s].name).join(tt.sidesAnd)}`),
    el(
      'p',
      { class: 'muted small' },
      tt.replayMeta(
        isolated(result.source),
        isolated(result.seed),
        playerWords(
          c,
          result.setup.players.find((p) => p.kind === 'computer'),
        ),
      ),
    ),
    ...redLineCrossings(c, result).map((side) => el('p', { class: 'redline-note', testid: 'replay-redline' }, tt.replayRedLine(c.scenario.sides[side].name))),
    counter,
    body,
    el(
      'div',
      { class: 'dialog-actions' },
      prev,
      next,
      button(tt.close, () => dialog.close(), { testid: 'replay-close' }),
    ),
  );
  function go(to: number): void {
    k = Math.max(0, Math.min(steps.length - 1, to));
    counter.textContent = steps.length ? tt.step(k + 1, steps.length, steps[k].game.round) : tt.noMoves;
    body.replaceChildren(steps.length ? stepView(c, result, steps, k) : el('p', null, tt.nothingToShow));
    prev.disabled = k === 0;
    next.disabled = k >= steps.length - 1;
    body.querySelector('.fresh')?.scrollIntoView({ block: 'nearest' });
  }
  dialog.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLButtonElement && (e.key === 'Enter' || e.key === ' ')) return;
    if (e.key === 'ArrowRight') go(k + 1);
    else if (e.key === 'ArrowLeft') go(k - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(steps.length - 1);
    else return;
    e.preventDefault();
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  go(0);
  dialog.showModal();
  next.focus();
}
