/**
 * Starting a game: resolving who plays each side and building the first state.
 */
import { optionCounts, type SideIndex } from '../model/domain.ts';
import { hasDirectionControls, withoutDirectionControls } from '../direction.ts';
import { seededRng } from '../rng.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { DIFFICULTIES, STRATEGIES, type Difficulty, type Strategy } from '../scenario/schema.ts';
import { STRATEGY_EXPONENT } from '../strategy/concession.ts';
import { emptyModel } from '../strategy/opponent-model.ts';
import { runEvents } from './events.ts';
import { MAX_NAME_LENGTH, type CounterpartProfile, type GameSetup, type GameState, type PlayerConfig } from './state.ts';
import { optionsOnTable, thirdPartyStates } from './third-parties.ts';

/** Difficulty presets when the scenario names no personality for them. */
export const DIFFICULTY_STRATEGY: Record<Difficulty, Strategy> = {
  easy: 'conceder',
  normal: 'logroller',
  hard: 'boulware',
};

export const STRATEGY_NAMES: Record<Strategy, string> = {
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

/**
 * A typed-in name made fit for a game setup: spaces collapsed, control characters dropped, cut
 * to MAX_NAME_LENGTH; null when nothing is left.
 */
export function cleanPlayerName(raw: string): string | null {
  const name = [...withoutDirectionControls(String(raw ?? '')).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim()]
    .slice(0, MAX_NAME_LENGTH)
    .join('')
    .trim();
  return name === '' ? null : name;
}

/** Names are short plain text, one per side at most, and only for sides a person plays. */
function namesProblem(setup: GameSetup): string | null {
  if (setup.names === undefined) return null;
  if (!Array.isArray(setup.names) || setup.names.length !== 2) return 'names come as a pair, one per side (null where there is none)';
  for (const [side, name] of setup.names.entries()) {
    if (name === null) continue;
    if (typeof name !== 'string') return 'a player name is text';
    if (name.trim() !== name || name.length === 0) return 'a player name has no spaces at either end and is not empty (use null for no name)';
    if ([...name].length > MAX_NAME_LENGTH) return `a player name is at most ${MAX_NAME_LENGTH} characters`;
    if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name)) return 'a player name cannot contain control characters or line breaks';
    if (hasDirectionControls(name)) return 'a player name cannot contain direction controls (they reverse the text around it)';
    if (setup.players[side]?.kind !== 'human') return 'only a side a person plays can have a player name';
  }
  return null;
}

/**
 * The setup in one canonical shape (fixed key order, no empty names), as the machine records it:
 * a result code rebuilds exactly this, so its replay hashes the same.
 */
export function canonicalSetup(setup: GameSetup): GameSetup {
  const names = setup.names && setup.names.some((n) => n !== null) ? { names: [setup.names[0], setup.names[1]] as [string | null, string | null] } : {};
  return { seed: setup.seed, players: setup.players, ...(setup.rounds !== undefined ? { rounds: setup.rounds } : {}), ...names };
}

export function resolveSetup(c: CompiledScenario, setup: GameSetup): SetupResult {
  if (!setup || typeof setup.seed !== 'string' || !Array.isArray(setup.players) || setup.players.length !== 2)
    return { ok: false, reason: 'a game needs a seed and a player for each side' };
  if (hasDirectionControls(setup.seed)) return { ok: false, reason: 'a seed cannot contain direction controls (they reverse the text around it)' };
  if (setup.rounds !== undefined && !(Number.isInteger(setup.rounds) && setup.rounds >= 1 && setup.rounds <= 100))
    return { ok: false, reason: 'the number of rounds must be a whole number from 1 to 100' };
  const names = namesProblem(setup);
  if (names) return { ok: false, reason: names };
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
