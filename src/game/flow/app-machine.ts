/**
 * The screen flow as a statechart: which screen shows, in which mode, to whom, with which dice.
 * It owns the mode and seats (seats.ts), the hand-overs, a class session's locks, resuming a save,
 * restarting, playing again and swapping sides; the game machine (engine) runs inside it as the
 * child actor `game`. Scenes render `screenOf(snapshot)` (screens.ts) and send events; they
 * decide nothing about the flow. Headless: it runs in Node for tests.
 *
 * A "live class" mode adds a Mode kind whose other seat is 'remote' (seats.ts) and a way to make
 * the `game` child mirror the server's game; the states below stay as they are.
 */
import { and, assign, enqueueActions, not, setup } from 'xstate';
import { phaseOf } from '../../engine/index.ts';
import { gameLogic } from './game-actor.ts';
import { canStart, compiled, gamePhase, modeFor, other, seedFor, setupOf, startRefusal, summaryOf, tableSide, type FlowContext, type FlowEvent, type FlowInput, type GameRef } from './flow-context.ts';
import { homeSide, needsHandover, policyOf, sidesHere, type SideIndex } from './seats.ts';

export { gamePhase, gameSnapshot, type FlowContext, type FlowEvent, type FlowInput, type GameRef, type GameSummary, type Want } from './flow-context.ts';

/**
 * The game as the child `game`, whose every new snapshot reaches this machine as
 * `xstate.snapshot.game` (syncSnapshot). The logic is made per scenario and start, so it is not
 * one of the machine's named actors and XState cannot type the call.
 */
function spawnGame(spawn: unknown, logic: ReturnType<typeof gameLogic>): GameRef {
  return (spawn as (l: unknown, o: object) => GameRef)(logic, { id: 'game', syncSnapshot: true });
}

export const appMachine = setup({
  types: { context: {} as FlowContext, events: {} as FlowEvent, input: {} as FlowInput },
  guards: {
    canStart: ({ context, event }) => canStart(context, event),
    canSwap: ({ context }) => policyOf(context.lock, context.mode).canSwap,
    inClass: ({ context }) => context.lock !== null,
    /** A class session that leaves the side to the student (or whose seat number did not decide it). */
    studentChoosesSide: ({ context, event }) => modeFor(context, event) === null,
    resumable: ({ context, event }) => event.type === 'resume' && event.classCode === (context.lock?.code ?? null) && phaseOf((event.snapshot as { value?: unknown }).value ?? 'setup') !== 'setup',
    atOutcome: ({ context }) => gamePhase(context) === 'outcome',
    atDebrief: ({ context }) => gamePhase(context) === 'debrief',
    gameEnded: ({ context }) => gamePhase(context) === 'outcome' || gamePhase(context) === 'debrief',
    handOver: ({ context }) => needsHandover(context.mode, context.viewer, context.want.side),
    wantsBriefing: ({ context }) => context.want.screen === 'briefing',
    /** Another person here has a brief still to read. */
    anotherBrief: ({ context }) => sidesHere(context.mode).some((s) => s > context.want.side),
    stillBriefing: ({ context }) => gamePhase(context) === 'briefing',
  },
  actions: {
    joinClass: assign(({ event }) => (event.type === 'class.join' ? { lock: { code: event.code, settings: event.settings } } : {})),
    open: assign(({ context, event }) => (event.type === 'scenario.opened' ? { scenario: event.scenario, file: event.file, opened: context.opened + 1, problems: null } : {})),
    translate: assign(({ event }) => (event.type === 'scenario.translated' ? { scenario: event.scenario, previous: null } : {})),
    showProblems: assign(({ event }) => (event.type === 'scenario.failed' ? { problems: { file: event.file, problems: event.problems, local: event.local } } : {})),
    dropGame: enqueueActions(({ context, enqueue }) => {
      if (context.game) enqueue.stopChild(context.game);
      enqueue.assign({ game: null, previous: null, refusal: null, names: null });
    }),
    refuse: assign(({ context, event }) => ({ refusal: startRefusal(context, event) })),
    keepNames: assign(({ event }) => (event.type === 'play' ? { names: event.names ?? null } : {})),
    /** A new game for the mode the event asks for, at the screen its first person sees. */
    start: enqueueActions(({ context, event, enqueue }) => {
      const want = modeFor(context, event)!;
      const seed = seedFor(context, event);
      const previous = event.type === 'swap' ? summaryOf(context) : event.type === 'again' ? null : context.previous;
      if (context.game) enqueue.stopChild(context.game);
      enqueue.assign({
        mode: want.mode,
        seed,
        previous,
        gamesStarted: context.gamesStarted + 1,
        viewer: null,
        side: homeSide(want.mode),
        want: { screen: 'briefing', side: sidesHere(want.mode)[0] ?? 0 },
        refusal: null,
        game: ({ spawn }) => spawnGame(spawn, gameLogic(compiled(context), { setup: setupOf(context, want.mode, seed, want.names) })),
      });
    }),
    /** The live talks ended on the server: carry on here from the finished game's replay (outcome, debrief). */
    finishLive: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'live.finished') return;
      if (context.game) enqueue.stopChild(context.game);
      const mode = { kind: 'solo' as const, side: event.side };
      enqueue.assign({
        scenario: event.scenario,
        file: event.file,
        live: null,
        lock: null,
        mode,
        seed: '',
        previous: null,
        gamesStarted: 1,
        viewer: null,
        side: event.side,
        want: { screen: 'table', side: event.side },
        game: ({ spawn }) => spawnGame(spawn, gameLogic(event.scenario, { snapshot: event.snapshot })),
      });
    }),
    showLive: assign(({ event }) => (event.type === 'live.show' ? { live: { scene: event.scene, side: event.side } } : {})),
    resume: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'resume') return;
      if (context.game) enqueue.stopChild(context.game);
      const game = (event.snapshot as { context?: { game?: { toMove?: SideIndex } | null } }).context?.game;
      const phase = phaseOf((event.snapshot as unknown as { value: unknown }).value);
      const side = sidesHere(event.mode).length === 1 ? sidesHere(event.mode)[0] : phase === 'negotiating' ? (game?.toMove ?? 0) : 0;
      enqueue.assign({
        mode: event.mode,
        seed: event.seed,
        previous: event.previous,
        gamesStarted: 1,
        viewer: null,
        side: homeSide(event.mode),
        want: { screen: phase === 'briefing' ? 'briefing' : 'table', side },
        game: ({ spawn }) => spawnGame(spawn, gameLogic(compiled(context), { snapshot: event.snapshot })),
      });
    }),
    lookingIs: assign(({ context }) => ({ viewer: context.want.side })),
    nextBrief: assign(({ context }) => ({ want: { screen: 'briefing' as const, side: sidesHere(context.mode).find((s) => s > context.want.side) ?? context.want.side } })),
    endBriefing: enqueueActions(({ context, enqueue }) => {
      enqueue.sendTo(context.game!, { type: 'briefing.done' });
      enqueue.assign({ want: { screen: 'table', side: tableSide(context) } });
    }),
    followTurn: assign(({ context }) => ({ want: { screen: 'table' as const, side: tableSide(context) } })),
    forwardMove: enqueueActions(({ context, event, enqueue }) => {
      if (event.type === 'move' && context.game) enqueue.sendTo(context.game, event.move);
    }),
    openDebrief: enqueueActions(({ context, enqueue }) => {
      if (gamePhase(context) === 'outcome') enqueue.sendTo(context.game!, { type: 'debrief.open' });
    }),
    flip: assign(({ context }) => ({ side: other(context.side) })),
  },
}).createMachine({
  id: 'flow',
  context: ({ input }) => ({
    ...input,
    fixedSeed: input.fixedSeed ?? null,
    scenario: null,
    file: '',
    opened: 0,
    problems: null,
    lock: null,
    mode: { kind: 'solo', side: 0 },
    seed: input.fixedSeed ?? '',
    gamesStarted: 0,
    previous: null,
    viewer: null,
    want: { screen: 'briefing', side: 0 },
    side: 0,
    refusal: null,
    names: null,
    game: null,
    live: null,
  }),
  initial: 'opening',
  on: {
    'scenario.opened': { target: '.title', actions: 'open' },
    'scenario.failed': { target: '.problems', actions: 'showProblems' },
    'live.show': { target: '.live', actions: 'showLive' },
  },
  states: {
    /** Until the scenario is open and the landing decided (Boot and Preload show this). */
    opening: {
      on: {
        'class.join': { actions: 'joinClass' },
        'scenario.opened': { actions: 'open' },
        resume: [{ guard: 'resumable', target: 'playing', actions: 'resume' }, { target: 'title' }],
        land: 'title',
      },
    },
    problems: {},
    /** A live class: the class server runs the game; the scenes read this side's view from it (session.ts). */
    live: {
      on: {
        'live.finished': { target: 'playing', actions: 'finishLive' },
        quit: { target: 'title', actions: assign({ live: null }) },
      },
    },
    title: {
      entry: 'dropGame',
      on: {
        'scenario.translated': { actions: 'translate' },
        guided: [{ guard: 'canStart', target: 'playing', actions: 'start' }, { actions: 'refuse' }],
        play: [
          { guard: not('inClass'), target: 'sideChoice' },
          { guard: 'studentChoosesSide', target: 'sideChoice', actions: 'keepNames' },
          { guard: 'canStart', target: 'playing', actions: 'start' },
          { actions: 'refuse' },
        ],
      },
    },
    sideChoice: {
      entry: assign({ refusal: null }),
      on: {
        'side.choose': [{ guard: 'canStart', target: 'playing', actions: 'start' }, { actions: 'refuse' }],
        'side.hotseat': [{ guard: 'canStart', target: 'playing', actions: 'start' }, { actions: 'refuse' }],
        back: 'title',
      },
    },
    playing: {
      initial: 'show',
      on: { quit: '#flow.title', move: { actions: 'forwardMove' } },
      states: {
        /** Where the flow goes next: every private screen is reached through here, and the hand-over rule. */
        show: {
          always: [
            { guard: 'atOutcome', target: 'outcome' },
            { guard: 'atDebrief', target: 'debrief' },
            { guard: 'handOver', target: 'handover' },
            { guard: 'wantsBriefing', target: 'briefing' },
            { target: 'table' },
          ],
        },
        handover: { on: { 'handover.continue': { target: 'show', actions: 'lookingIs' } } },
        briefing: {
          on: {
            'briefing.done': [
              { guard: 'anotherBrief', target: 'show', actions: 'nextBrief' },
              { guard: 'stillBriefing', target: 'show', actions: 'endBriefing' },
              { target: 'show', actions: 'followTurn' },
            ],
          },
        },
        table: { on: { 'xstate.snapshot.game': { target: 'show', actions: 'followTurn' } } },
        outcome: { on: { 'debrief.open': { target: 'debrief', actions: 'openDebrief' } } },
        debrief: {
          on: {
            again: [{ guard: 'canStart', target: 'show', actions: 'start' }],
            swap: [{ guard: and(['canSwap', 'canStart']), target: 'show', actions: 'start' }],
            'debrief.flip': { actions: 'flip' },
          },
        },
      },
    },
  },
});

export type AppMachine = typeof appMachine;
