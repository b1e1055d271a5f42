/**
 * Starting a game: resolving who plays each side and building the first state.
 */
import { optionCounts, type SideIndex } from '../model/domain.ts';
import { seededRng } from '../rng.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { DIFFICULTIES, STRATEGIES, type Difficulty, type Strategy } from '../scenario/schema.ts';
import { STRATEGY_EXPONENT } from '../strategy/concession.ts';
import { emptyModel } from '../strategy/opponent-model.ts';
import { runEvents } from './events.ts';
import type { CounterpartProfile, GameSetup, GameState, PlayerConfig } from './state.ts';
import { optionsOnTable, thirdPartyStates } from './third-parties.ts';

/** Difficulty presets when the scenario names no personality for them. */
export const DIFFICULTY_STRATEGY: Record<Difficulty, Strategy> = {
  easy: 'conceder',
  normal: 'logroller',
  hard: 'boulware',
};

const STRATEGY_NAMES: Record<Strategy, string> = {
  hardliner: 'Hardliner',
  boulware: 'Boulware (holds firm until late)',
  linear: 'Steady (concedes evenly)',
  conceder: 'Conceder (gives ground early)',
  'tit-for-tat': 'Tit-for-tat (mirrors your moves)',
  logroller: 'Logroller (trades across items)',
};

export type SetupResult = { ok: true; profiles: [CounterpartProfile | null, CounterpartProfile | null] } | { ok: false; reason: string };

function resolveProfile(c: CompiledScenario, player: PlayerConfig): CounterpartProfile | string | null {
  if (!player || typeof player !== 'object' || (player.kind !== 'human' && player.kind !== 'computer')) return 'each player is "human" or "computer"';
  if (player.kind === 'human') return null;
  if (player.strategy !== undefined && !STRATEGIES.includes(player.strategy))
    return `no strategy "${String(player.strategy)}"; expected one of ${STRATEGIES.join(', ')}`;
  if (player.difficulty !== undefined && !DIFFICULTIES.includes(player.difficulty))
    return `no difficulty "${String(player.difficulty)}"; expected one of ${DIFFICULTIES.join(', ')}`;
  const personalities = c.scenario.personalities;
  const personality = player.personality
    ? personalities.find((p) => p.id === player.personality)
    : player.strategy
      ? undefined
      : personalities.find((p) => p.difficulty === (player.difficulty ?? 'normal'));
  if (player.personality && !personality)
    return `no counterpart personality "${player.personality}"; expected one of ${personalities.map((p) => p.id).join(', ')}`;
  if (personality)
    return {
      strategy: personality.strategy,
      e: personality.concession ?? STRATEGY_EXPONENT[personality.strategy],
      personality: personality.id,
      name: personality.name,
    };
  const strategy = player.strategy ?? DIFFICULTY_STRATEGY[player.difficulty ?? 'normal'];
  return { strategy, e: STRATEGY_EXPONENT[strategy], personality: null, name: STRATEGY_NAMES[strategy] };
}

export function resolveSetup(c: CompiledScenario, setup: GameSetup): SetupResult {
  if (!setup || typeof setup.seed !== 'string' || !Array.isArray(setup.players) || setup.players.length !== 2)
    return { ok: false, reason: 'a game needs a seed and a player for each side' };
  if (setup.rounds !== undefined && !(Number.isInteger(setup.rounds) && setup.rounds >= 1 && setup.rounds <= 100))
    return { ok: false, reason: 'the number of rounds must be a whole number from 1 to 100' };
  const profiles: (CounterpartProfile | null)[] = [];
  for (const player of setup.players) {
    const p = resolveProfile(c, player);
    if (typeof p === 'string') return { ok: false, reason: p };
    profiles.push(p);
  }
  return { ok: true, profiles: profiles as [CounterpartProfile | null, CounterpartProfile | null] };
}

export function newGame(c: CompiledScenario, setup: GameSetup, profiles: [CounterpartProfile | null, CounterpartProfile | null]): GameState {
  const counts = optionCounts(c.domain);
  const items = c.domain.itemIds.map(() => ({ status: 'open' as const, option: null }));
  const opener: SideIndex = c.opener;
  const rng = seededRng(setup.seed);
  const state: GameState = {
    setup,
    profiles,
    round: 1,
    toMove: opener,
    half: 0,
    items,
    table: null,
    trade: null,
    proposals: [],
    history: [],
    trust: [0.5, 0.5],
    models: [emptyModel(counts), emptyModel(counts)],
    talk: [
      { stated: false, asked: false },
      { stated: false, asked: false },
    ],
    thirdParties: thirdPartyStates(c, optionsOnTable({ items, table: null }), c.partyIds.map(() => 0)),
    shifts: [],
    fired: [],
    lastEvent: null,
    rng: {},
    outcome: null,
    refusal: null,
  };
  runEvents(c, state, rng, { kind: 'roundStart' });
  state.rng = rng.state();
  return state;
}
