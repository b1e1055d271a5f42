/**
 * Starting a game: resolving who plays each side and building the first state.
 */
import { optionCounts, type SideIndex } from '../model/domain.ts';
import { hasDirectionControls, withoutDirectionControls } from '../direction.ts';
import { seededRng } from '../rng.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { DIFFICULTIES, type Difficulty } from '../scenario/difficulties.ts';
import { STRATEGIES, type Strategy } from '../strategy/registry.ts';
import { STRATEGY_EXPONENT } from '../strategy/concession.ts';
import { emptyModel } from '../strategy/opponent-model.ts';
import { runEvents } from './events.ts';
import { MAX_NAME_LENGTH, MAX_SEAT, MAX_SECONDS_PER_ROUND, type CounterpartProfile, type GameSetup, type GameState, type PlayerConfig } from './state.ts';
import { optionsOnTable, thirdPartyStates } from './third-parties.ts';
import { said, type Said } from '../words/codes.ts';

/** Difficulty presets when the scenario names no personality for them. */
export const DIFFICULTY_STRATEGY: Record<Difficulty, Strategy> = {
  easy: 'conceder',
  normal: 'logroller',
  hard: 'boulware',
};

export type SetupResult = { ok: true; profiles: [CounterpartProfile | null, CounterpartProfile | null] } | { ok: false; reason: Said };

function resolveProfile(c: CompiledScenario, player: PlayerConfig): CounterpartProfile | Said | null {
  if (!player || typeof player !== 'object' || (player.kind !== 'human' && player.kind !== 'computer')) return said('setup.playerKind');
  if (player.kind === 'human') return null;
  if (player.strategy !== undefined && !STRATEGIES.includes(player.strategy)) return said('setup.unknownStrategy', { value: String(player.strategy) });
  if (player.difficulty !== undefined && !DIFFICULTIES.includes(player.difficulty)) return said('setup.unknownDifficulty', { value: String(player.difficulty) });
  const personalities = c.scenario.personalities;
  const personality = player.personality
    ? personalities.find((p) => p.id === player.personality)
    : player.strategy
      ? undefined
      : personalities.find((p) => p.difficulty === (player.difficulty ?? 'normal'));
  if (player.personality && !personality) return said('setup.unknownPersonality', { value: String(player.personality) });
  if (personality)
    return {
      strategy: personality.strategy,
      e: personality.concession ?? STRATEGY_EXPONENT[personality.strategy],
      personality: personality.id,
    };
  const strategy = player.strategy ?? DIFFICULTY_STRATEGY[player.difficulty ?? 'normal'];
  return { strategy, e: STRATEGY_EXPONENT[strategy], personality: null };
}

/**
 * A typed-in name made fit for a game setup: spaces collapsed, control characters dropped, cut
 * to MAX_NAME_LENGTH; null when nothing is left.
 */
export function cleanPlayerName(raw: string): string | null {
  const name = [
    ...withoutDirectionControls(String(raw ?? ''))
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, MAX_NAME_LENGTH)
    .join('')
    .trim();
  return name === '' ? null : name;
}

/** Names are short plain text, one per side at most, and only for sides a person plays. */
function namesProblem(setup: GameSetup): Said | null {
  if (setup.names === undefined) return null;
  if (!Array.isArray(setup.names) || setup.names.length !== 2) return said('setup.namesPair');
  for (const [side, name] of setup.names.entries()) {
    if (name === null) continue;
    if (typeof name !== 'string') return said('setup.nameText');
    if (name.trim() !== name || name.length === 0) return said('setup.nameSpaces');
    if ([...name].length > MAX_NAME_LENGTH) return said('setup.nameLength', { max: MAX_NAME_LENGTH });
    if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name)) return said('setup.nameControl');
    if (hasDirectionControls(name)) return said('setup.nameDirection');
    if (setup.players[side]?.kind !== 'human') return said('setup.nameForHuman');
  }
  return null;
}

/**
 * The setup in one canonical shape (fixed key order, no empty names), as the machine records it:
 * a result code rebuilds exactly this, so its replay hashes the same.
 */
export function canonicalSetup(setup: GameSetup): GameSetup {
  const names = setup.names && setup.names.some((n) => n !== null) ? { names: [setup.names[0], setup.names[1]] as [string | null, string | null] } : {};
  return {
    seed: setup.seed,
    players: setup.players,
    ...(setup.rounds !== undefined ? { rounds: setup.rounds } : {}),
    ...names,
    ...(setup.session !== undefined ? { session: setup.session } : {}),
    ...(setup.secondsPerRound !== undefined ? { secondsPerRound: setup.secondsPerRound } : {}),
    ...(setup.seat !== undefined ? { seat: setup.seat } : {}),
  };
}

const wholeIn = (n: unknown, min: number, max: number): boolean => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;

export function resolveSetup(c: CompiledScenario, setup: GameSetup): SetupResult {
  if (!setup || typeof setup.seed !== 'string' || !Array.isArray(setup.players) || setup.players.length !== 2) return { ok: false, reason: said('setup.seedAndPlayers') };
  if (hasDirectionControls(setup.seed)) return { ok: false, reason: said('setup.seedDirection') };
  if (setup.rounds !== undefined && !(Number.isInteger(setup.rounds) && setup.rounds >= 1 && setup.rounds <= 100)) return { ok: false, reason: said('setup.rounds', { min: 1, max: 100 }) };
  const names = namesProblem(setup);
  if (names) return { ok: false, reason: names };
  if (setup.session !== undefined && !(typeof setup.session === 'string' && /^[0-9a-f]{8}$/.test(setup.session))) return { ok: false, reason: said('setup.session') };
  if (setup.secondsPerRound !== undefined && !wholeIn(setup.secondsPerRound, 1, MAX_SECONDS_PER_ROUND)) return { ok: false, reason: said('setup.clock', { min: 1, max: MAX_SECONDS_PER_ROUND }) };
  if (setup.seat !== undefined && !wholeIn(setup.seat, 1, MAX_SEAT)) return { ok: false, reason: said('setup.seat', { min: 1, max: MAX_SEAT }) };
  const profiles: (CounterpartProfile | null)[] = [];
  for (const player of setup.players) {
    const p = resolveProfile(c, player);
    if (p !== null && 'code' in p) return { ok: false, reason: p };
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
    thirdParties: thirdPartyStates(
      c,
      optionsOnTable({ items, table: null }),
      c.partyIds.map(() => 0),
    ),
    shifts: [],
    fired: [],
    lastEvent: null,
    rng: {},
    eventRng: {},
    outcome: null,
  };
  runEvents(c, state, { kind: 'roundStart' });
  state.rng = rng.state();
  return state;
}
