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
import { and, assign, enqueueActions, not, setup, type ActorRefFrom, type Snapshot } from 'xstate';
import { debriefView, phaseOf, sideForSeat, setupFor, type ClassSession, type CompiledScenario, type GameSetup, type MoveEvent, type Phase, type PlayerConfig, type Problem } from '../../engine/index.ts';
import { resolveSetup } from '../../engine/rules/setup.ts';
import { gameLogic } from './game-actor.ts';
import { freePlayers, homeSide, needsHandover, policyOf, sidesHere, type ClassLock, type Mode, type SideIndex } from './seats.ts';

export type GameRef = ActorRefFrom<ReturnType<typeof gameLogic>>;

/** One finished game, kept for the swap-sides comparison on the debrief. */
export interface GameSummary {
  side: SideIndex;
  seed: string;
  kind: string;
  myPoints: number;
  theirPoints: number;
}

/** A private screen and the side it is for. */
export interface Want {
  screen: 'briefing' | 'table';
  side: SideIndex;
}

export interface FlowInput {
  /** `?seed=` in the address: the first game of the visit uses it (tests, a teacher's demo). */
  fixedSeed?: string | null;
  /** Fresh dice for a new game. */
  makeSeed: () => string;
  /** The computer counterpart of a free game (the player's difficulty setting). */
  computer: () => PlayerConfig;
}

export interface FlowContext extends FlowInput {
  fixedSeed: string | null;
  scenario: CompiledScenario | null;
  file: string;
  /** Counts scenarios opened: a newly opened one draws its title afresh. */
  opened: number;
  problems: { file: string; problems: Problem[]; local: boolean } | null;
  lock: ClassLock | null;
  mode: Mode;
  seed: string;
  gamesStarted: number;
  previous: GameSummary | null;
  /** Who is looking at the device now (null: nobody yet), for the hand-over rule. */
  viewer: SideIndex | null;
  want: Want;
  /** The side the shared screens (outcome, debrief) show. */
  side: SideIndex;
  /** Why the last start was refused, or null. */
  refusal: string | null;
  /** In a class: the names typed on the title, carried to the side choice. */
  names: [string, string] | null;
  game: GameRef | null;
}

export type FlowEvent =
  | { type: 'class.join'; code: string; settings: ClassSession }
  | { type: 'scenario.opened'; scenario: CompiledScenario; file: string }
  | { type: 'scenario.translated'; scenario: CompiledScenario }
  | { type: 'scenario.failed'; file: string; problems: Problem[]; local: boolean }
  | { type: 'resume'; mode: Mode; seed: string; classCode: string | null; previous: GameSummary | null; snapshot: Snapshot<unknown> }
  | { type: 'land' }
  | { type: 'play'; names?: [string, string]; seat?: number | null }
  | { type: 'guided' }
  | { type: 'side.choose'; side: SideIndex }
  | { type: 'side.hotseat' }
  | { type: 'back' }
  | { type: 'handover.continue' }
  | { type: 'briefing.done' }
  | { type: 'move'; move: MoveEvent }
  | { type: 'debrief.open' }
  | { type: 'debrief.flip' }
  | { type: 'again' }
  | { type: 'swap' }
  | { type: 'quit' }
  | { type: 'xstate.snapshot.game'; snapshot: Snapshot<unknown> };

const other = (s: SideIndex): SideIndex => (s === 0 ? 1 : 0);

function compiled(ctx: FlowContext): CompiledScenario {
  if (!ctx.scenario) throw new Error('no scenario is open');
  return ctx.scenario;
}

export function gameSnapshot(ctx: FlowContext) {
  return ctx.game?.getSnapshot() ?? null;
}

export function gamePhase(ctx: FlowContext): Phase {
  const s = gameSnapshot(ctx);
  return s ? phaseOf(s.value) : 'setup';
}

/** The mode a start event asks for, or null when it cannot start a game from here. */
function modeFor(ctx: FlowContext, event: FlowEvent): { mode: Mode; names?: [string, string] } | null {
  const names = ctx.names ?? undefined;
  switch (event.type) {
    case 'guided':
      return { mode: { kind: 'solo', side: 0 } };
    case 'side.choose':
      return { mode: { kind: 'solo', side: event.side }, names };
    case 'side.hotseat':
      return policyOf(ctx.lock, ctx.mode).canHotseat ? { mode: { kind: 'hotseat' } } : null;
    case 'play': {
      // A class decides the mode (pair: both sides here) and maybe the side (the seat rule).
      const s = ctx.lock?.settings;
      if (!s) return null;
      if (s.mode === 'pair') return { mode: { kind: 'hotseat' }, names: event.names };
      const side = sideForSeat(s, event.seat);
      return side === null ? null : { mode: { kind: 'solo', side }, names: event.names };
    }
    case 'again':
      return { mode: ctx.mode, names: currentNames(ctx) };
    case 'swap': {
      if (ctx.mode.kind !== 'solo') return null;
      const n = currentNames(ctx);
      const name = n ? n[0] || n[1] : undefined;
      return { mode: { kind: 'solo', side: other(ctx.mode.side) }, names: name !== undefined ? [name, name] : undefined };
    }
    default:
      return null;
  }
}

function currentNames(ctx: FlowContext): [string, string] | undefined {
  const n = gameSnapshot(ctx)?.context.game?.setup.names;
  return n ? [n[0] ?? '', n[1] ?? ''] : undefined;
}

/** The dice for a new game: the class's, else `?seed=` for the visit's first game, else fresh (a swap keeps them). */
function seedFor(ctx: FlowContext, event: FlowEvent): string {
  if (ctx.lock?.settings.seed.kind === 'class') return ctx.lock.settings.seed.value;
  if (event.type === 'swap') return ctx.seed;
  if (ctx.fixedSeed !== null && ctx.gamesStarted === 0) return ctx.fixedSeed;
  return ctx.makeSeed();
}

function setupOf(ctx: FlowContext, mode: Mode, seed: string, names?: [string, string]): GameSetup {
  if (!ctx.lock) return { seed, players: freePlayers(mode, ctx.computer()) };
  const side = mode.kind === 'solo' ? mode.side : 0;
  // One name in a solo game (the student's), a pair in a two-player game.
  return setupFor(ctx.lock.settings, side, seed, mode.kind === 'solo' && names ? names[0] : names);
}

/** Why the game a start event asks for cannot start (null: it can). The seed never decides it. */
function startRefusal(ctx: FlowContext, event: FlowEvent): string | null {
  const want = modeFor(ctx, event);
  if (!want) return 'no game to start';
  const result = resolveSetup(compiled(ctx), setupOf(ctx, want.mode, ctx.seed, want.names));
  return result.ok ? null : result.reason;
}

/** The finished game's summary, for the comparison after a swap. */
function summaryOf(ctx: FlowContext): GameSummary | null {
  const g = gameSnapshot(ctx);
  if (ctx.mode.kind !== 'solo' || !g) return null;
  const d = debriefView(compiled(ctx), g.context, ctx.mode.side);
  return d && { side: ctx.mode.side, seed: ctx.seed, kind: d.outcome.kind, myPoints: d.outcome.myPoints, theirPoints: d.outcome.theirPoints };
}

/** The side the table shows next: the one person here, or (several here) the side to move. */
function tableSide(ctx: FlowContext): SideIndex {
  const here = sidesHere(ctx.mode);
  if (here.length === 1) return here[0];
  return (gameSnapshot(ctx)?.context.game?.toMove ?? 0) as SideIndex;
}

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
    canStart: ({ context, event }) => startRefusal(context, event) === null,
    canSwap: ({ context }) => policyOf(context.lock, context.mode).canSwap,
    inClass: ({ context }) => context.lock !== null,
    /** A class session that leaves the side to the student (or whose seat number did not decide it). */
    studentChoosesSide: ({ context, event }) => modeFor(context, event) === null,
    resumable: ({ context, event }) =>
      event.type === 'resume' && event.classCode === (context.lock?.code ?? null) && phaseOf((event.snapshot as { value?: unknown }).value ?? 'setup') !== 'setup',
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
  }),
  initial: 'opening',
  on: {
    'scenario.opened': { target: '.title', actions: 'open' },
    'scenario.failed': { target: '.problems', actions: 'showProblems' },
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
