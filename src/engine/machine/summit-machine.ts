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
import { computerTakesOver, endTalksNow, releaseNews } from '../rules/class-events.ts';
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

/**
 * The most events one game's log may hold: four times a busy student's longest game (100 rounds,
 * a priority stated and asked and a proposal every turn: about 500 events), and still verified
 * well within the teacher page's 200 ms per task. The machine refuses, unrecorded, any move that
 * would pass it (a walk-away always fits), so a longer log was not made by the game, and replay
 * refuses it before doing any work.
 */
export const MAX_LOG_EVENTS = 2_000;

/** Adds an event to a log; the game's machine copies (old snapshots keep their own log). */
export type AppendEvent = (log: SummitEvent[], event: SummitEvent) => SummitEvent[];
const copyAndAppend: AppendEvent = (log, event) => [...log, event];

/**
 * For a replay, whose earlier snapshots nobody keeps: appends in place to arrays this appender
 * made, so a replay costs the length of the log, not its square (copying at every event made a
 * 41,000-event log take 38 s in Node).
 */
export function appendInPlace(): AppendEvent {
  const owned = new WeakSet<SummitEvent[]>();
  return (log, event) => {
    if (owned.has(log)) {
      log.push(event);
      return log;
    }
    const mine = [...log, event];
    owned.add(mine);
    return mine;
  };
}

function endedAs(kind: OutcomeKind) {
  return ({ context }: { context: SummitContext }) => context.game?.outcome?.kind === kind;
}

function buildMachine(c: CompiledScenario, append: AppendEvent = copyAndAppend) {
  const moveHandlers = Object.fromEntries(
    MOVE_EVENT_TYPES.map((type) => [type, [{ guard: 'logHasRoom' as const, actions: ['record' as const, 'applyPlayerMove' as const] }, { actions: 'refuseFullLog' as const }]]),
  );
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
      // Room for this move and the debrief's event; a walk-away needs no room after it for another move.
      logHasRoom: ({ context, event }) => context.log.length + (event.type === 'talks.walkAway' ? 2 : 3) <= MAX_LOG_EVENTS,
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
      record: assign(({ context, event }) => ({ log: append(context.log, event) })),
      // Runs after 'record', which has logged the move.
      applyPlayerMove: assign(({ context, event }) => {
        const game = context.game!;
        if (game.profiles[game.toMove] !== null) return { refusal: said('refusal.notYourTurn') };
        const translated = toMove(c, event as MoveEvent);
        if (!translated.ok) return { refusal: translated.reason };
        const result = applyMove(c, game, translated.move);
        return result.ok ? { game: result.state, refusal: null } : { refusal: result.reason };
      }),
      applyClassEvent: assign(({ context, event }) => {
        const log = append(context.log, event);
        const game = context.game!;
        const result =
          event.type === 'class.news'
            ? releaseNews(c, game, event.event)
            : event.type === 'class.computerTakesOver'
              ? computerTakesOver(c, game, event.side, event.player)
              : event.type === 'class.endTalks'
                ? endTalksNow(c, game)
                : { ok: false as const, reason: said('refusal.unknownMove', { type: event.type }) };
        return result.ok ? { log, game: result.state, refusal: null } : { log, refusal: result.reason };
      }),
      refuseFullLog: assign(() => ({ refusal: said('refusal.logFull', { max: MAX_LOG_EVENTS }) })),
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
        on: { 'briefing.done': { target: 'negotiating', actions: 'record' }, 'class.computerTakesOver': { actions: 'applyClassEvent' } },
      },
      negotiating: {
        always: [
          { guard: 'endedInAgreement', target: 'outcome.agreement' },
          { guard: 'endedPartial', target: 'outcome.partial' },
          { guard: 'endedInBreakdown', target: 'outcome.breakdown' },
          { guard: 'endedInWalkout', target: 'outcome.walkout' },
          { guard: 'computerToMove', actions: 'playComputer' },
        ],
        on: { ...moveHandlers, 'class.endTalks': { actions: 'applyClassEvent' }, 'class.news': { actions: 'applyClassEvent' }, 'class.computerTakesOver': { actions: 'applyClassEvent' } },
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

/** A machine for one replay (see appendInPlace): never share it with a game being played. */
export function replayMachine(c: CompiledScenario): SummitMachine {
  return buildMachine(c, appendInPlace());
}

/** One machine per compiled scenario, built once and shared by all its games. */
export function summitMachine(c: CompiledScenario): SummitMachine {
  let m = machines.get(c);
  if (!m) {
    m = buildMachine(c);
    machines.set(c, m);
  }
  return m;
}
