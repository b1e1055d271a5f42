/**
 * The summit as a statechart: setup → briefing → negotiating → outcome → debrief.
 * The machine owns the flow; the rules (../rules) own what a move does. A computer side moves by
 * itself, through an eventless transition, whenever it is its turn — so a computer-vs-computer
 * game runs to its end inside the event that starts the talks.
 *
 * The context is plain JSON: persist with `actor.getPersistedSnapshot()`, restore by passing it
 * back as `snapshot` to an actor of the same scenario's machine.
 */
import { assign, setup } from 'xstate';
import type { CompiledScenario } from '../scenario/compile.ts';
import { applyMove, playComputerTurn } from '../rules/apply.ts';
import { canonicalSetup, newGame, resolveSetup } from '../rules/setup.ts';
import type { GameState, OutcomeKind } from '../rules/state.ts';
import { MOVE_EVENT_TYPES, type MoveEvent, type SummitEvent } from './events.ts';
import { toMove } from './translate.ts';
import { said, type Said } from '../words/codes.ts';

export interface SummitContext {
  scenarioId: string;
  scenarioHash: string;
  game: GameState | null;
  /** Why the latest event was refused (a record the views word), or null. */
  refusal: Said | null;
  /** Every event since `game.setup`: the game log replays these. */
  log: SummitEvent[];
}

function endedAs(kind: OutcomeKind) {
  return ({ context }: { context: SummitContext }) => context.game?.outcome?.kind === kind;
}

function buildMachine(c: CompiledScenario) {
  const moveHandlers = Object.fromEntries(MOVE_EVENT_TYPES.map((type) => [type, { actions: 'applyPlayerMove' as const }]));
  return setup({
    types: {
      context: {} as SummitContext,
      events: {} as SummitEvent,
    },
    guards: {
      endedInAgreement: endedAs('agreement'),
      endedPartial: endedAs('partial'),
      endedInBreakdown: endedAs('breakdown'),
      endedInWalkout: endedAs('walkout'),
      computerToMove: ({ context }) => {
        const g = context.game;
        return g !== null && g.outcome === null && g.profiles[g.toMove] !== null;
      },
      setupIsValid: ({ event }) => event.type === 'game.setup' && resolveSetup(c, event.setup).ok,
    },
    actions: {
      startGame: assign(({ event }) => {
        if (event.type !== 'game.setup') return {};
        const resolved = resolveSetup(c, event.setup);
        if (!resolved.ok) return {};
        // Recorded in canonical form, so a result code (which rebuilds that form) replays to the same hash.
        const setup = canonicalSetup(event.setup);
        return { game: newGame(c, setup, resolved.profiles), refusal: null, log: [{ type: 'game.setup' as const, setup }] };
      }),
      refuseSetup: assign(({ event }) => {
        if (event.type !== 'game.setup') return {};
        const resolved = resolveSetup(c, event.setup);
        return { refusal: resolved.ok ? null : resolved.reason };
      }),
      record: assign(({ context, event }) => ({ log: [...context.log, event] })),
      applyPlayerMove: assign(({ context, event }) => {
        const game = context.game!;
        const log = [...context.log, event];
        if (game.profiles[game.toMove] !== null) return { log, refusal: said('refusal.notYourTurn') };
        const translated = toMove(c, event as MoveEvent);
        if (!translated.ok) return { log, refusal: translated.reason };
        const result = applyMove(c, game, translated.move);
        return result.ok ? { log, game: result.state, refusal: null } : { log, refusal: result.reason };
      }),
      playComputer: assign(({ context }) => ({ game: playComputerTurn(c, context.game!) })),
      reset: assign(() => ({ game: null, refusal: null, log: [] })),
    },
  }).createMachine({
    id: 'summit',
    context: { scenarioId: c.scenario.id, scenarioHash: c.hash, game: null, refusal: null, log: [] },
    initial: 'setup',
    states: {
      setup: {
        on: {
          'game.setup': [{ guard: 'setupIsValid', target: 'briefing', actions: 'startGame' }, { actions: 'refuseSetup' }],
        },
      },
      briefing: {
        on: { 'briefing.done': { target: 'negotiating', actions: 'record' } },
      },
      negotiating: {
        always: [
          { guard: 'endedInAgreement', target: 'outcome.agreement' },
          { guard: 'endedPartial', target: 'outcome.partial' },
          { guard: 'endedInBreakdown', target: 'outcome.breakdown' },
          { guard: 'endedInWalkout', target: 'outcome.walkout' },
          { guard: 'computerToMove', actions: 'playComputer' },
        ],
        on: moveHandlers,
      },
      outcome: {
        initial: 'agreement',
        states: { agreement: {}, partial: {}, breakdown: {}, walkout: {} },
        on: { 'debrief.open': { target: 'debrief', actions: 'record' } },
      },
      debrief: {
        on: { 'game.restart': { target: 'setup', actions: 'reset' } },
      },
    },
  });
}

export type SummitMachine = ReturnType<typeof buildMachine>;

const machines = new WeakMap<CompiledScenario, SummitMachine>();

/** One machine per compiled scenario, built once and shared by all its games. */
export function summitMachine(c: CompiledScenario): SummitMachine {
  let m = machines.get(c);
  if (!m) {
    m = buildMachine(c);
    machines.set(c, m);
  }
  return m;
}
