/**
 * The class debrief's engine: verify many students' results (each replayed, never trusted),
 * recognise duplicates, and compute what the teacher shows — agreement rate, how often each
 * option was agreed beside the real outcome, every deal on the outcome chart, rankings, CSV.
 * Input is untrusted: every failure is a reason in words, and one bad result never blocks the rest.
 */
import type { ScenarioAnalysis } from '../analysis/scenario-analysis.ts';
import { gameStanding, isDeal, valuesAnalysis, type GameStanding } from '../analysis/game-standing.ts';
import type { SideIndex } from '../model/domain.ts';
import { hashText, realOutcome, type CompiledScenario, type ValueShift } from '../scenario/compile.ts';
import type { GameLog } from '../log/game-log.ts';
import type { SummitEvent } from '../machine/events.ts';
import { replayLog, replayLogInSlices, type ReplayResult } from '../log/game-log.ts';
import { decodeResultCode, readCodeHeader } from '../log/result-code.ts';
import type { GameOutcome, GameSetup } from '../rules/state.ts';
import { playerWord } from './session-check.ts';

export interface VerifiedResult {
  /**
   * What identifies the game (its play id): the scenario's play hash, the replayed setup without
   * the names or the session id, and the events the game acted on. The same game handed in twice
   * (as a code and as a file), renamed, or padded with moves after the end shares it.
   */
  id: string;
  /** The replayed setup (never what a code claims beside it). */
  setup: GameSetup;
  /** How many of the log's events the game ignored or refused: moves after the end are padding. */
  ignored: number;
  /** Where it came from, for the teacher: "code 3", a file name, … */
  source: string;
  /** Who played: the students' names from the game's setup, or NO_NAME. */
  name: string;
  seed: string;
  /** Sides played by a student (both in a two-player game). */
  humanSides: SideIndex[];
  opponent: string;
  outcome: GameOutcome;
  /** The news shifts of values the game ended with: its numbers are measured on them. */
  shifts: ValueShift[];
  log: GameLog;
  /** When the teacher's page received it (ISO time), set by the page; absent in the engine's own checks. */
  handedIn?: string;
}

/** Shown for a game whose student gave no name. */
export const NO_NAME = '(no name)';

export type Verification = { ok: true; result: VerifiedResult } | { ok: false; source: string; reason: string };

/** The play id: see VerifiedResult.id. */
function playId(c: CompiledScenario, setup: GameSetup, played: readonly SummitEvent[]): string {
  const bare = { seed: setup.seed, players: setup.players, rounds: setup.rounds ?? null };
  return hashText(JSON.stringify([c.hash, bare, played.filter((e) => e.type !== 'game.setup')]));
}

/** Replays a log and turns it into a verified result, or says why not. */
export function verifyLog(c: CompiledScenario, log: GameLog, source: string): Verification {
  return resultOf(c, log, source, replayLog(c, log));
}

/** verifyLog in short tasks (game-log.ts replayLogInSlices), for a page importing long logs. */
export async function verifyLogInSlices(c: CompiledScenario, log: GameLog, source: string, pause: () => Promise<void>): Promise<Verification> {
  return resultOf(c, log, source, await replayLogInSlices(c, log, pause));
}

function resultOf(c: CompiledScenario, log: GameLog, source: string, replay: ReplayResult): Verification {
  if (!replay.ok) return { ok: false, source, reason: replay.reason };
  const game = replay.context.game;
  if (!game?.outcome) return { ok: false, source, reason: 'the game was not finished' };
  const humanSides = ([0, 1] as const).filter((s) => game.setup.players[s].kind === 'human');
  const computer = game.setup.players.find((p) => p.kind === 'computer');
  const names = humanSides.map((s) => game.setup.names?.[s] ?? null).filter((n): n is string => n !== null);
  return {
    ok: true,
    result: {
      id: playId(c, game.setup, replay.played),
      setup: game.setup,
      ignored: log.events.length - replay.played.length,
      source,
      name: names.length ? [...new Set(names)].join(' & ') : NO_NAME,
      seed: game.setup.seed,
      humanSides: [...humanSides],
      opponent: computer ? playerWord(computer) : 'a classmate',
      outcome: game.outcome,
      shifts: game.shifts,
      log,
    },
  };
}

/** Decodes and verifies one pasted result code against the scenarios the page has. */
export function verifyCode(scenarioFor: (id: string) => CompiledScenario | null, code: string, source: string): Verification {
  const decoded = decodeFor(scenarioFor, code, source);
  return 'log' in decoded ? verifyLog(decoded.c, decoded.log, source) : decoded;
}

/** verifyCode in short tasks (see verifyLogInSlices). */
export async function verifyCodeInSlices(scenarioFor: (id: string) => CompiledScenario | null, code: string, source: string, pause: () => Promise<void>): Promise<Verification> {
  const decoded = decodeFor(scenarioFor, code, source);
  return 'log' in decoded ? verifyLogInSlices(decoded.c, decoded.log, source, pause) : decoded;
}

function decodeFor(scenarioFor: (id: string) => CompiledScenario | null, code: string, source: string): { c: CompiledScenario; log: GameLog } | { ok: false; source: string; reason: string } {
  const header = readCodeHeader(code);
  if (!header.ok) return { ok: false, source, reason: header.reason };
  const c = scenarioFor(header.scenarioId);
  if (!c) return { ok: false, source, reason: `the code is for scenario "${header.scenarioId}", which this page does not have` };
  const decoded = decodeResultCode(c, code);
  return decoded.ok ? { c, log: decoded.log } : { ok: false, source, reason: decoded.reason };
}

export { collect, type ClassImport, type Duplicate } from './collect.ts';

export interface ClassStatistics {
  games: number;
  agreementRate: number;
  outcomes: Record<string, number>;
  /** Per item: share of agreements that chose each option, and the real outcome's option. */
  items: { id: string; title: string; real: string; options: { id: string; label: string; share: number }[] }[];
  /** Every deal on the chart, [side 0, side 1] utilities; `chartValues`: ended on the chart's values. */
  deals: { source: string; name: string; utilities: [number, number]; agreed: boolean; chartValues: boolean }[];
  /**
   * The chart's frontier, Nash point and real outcome: on the values most of the class's games
   * ended with (analysis/game-standing.ts). `values.others` games ended on other values (their
   * news differed): each has its own frontier, and its distances in `rows` are to that one.
   */
  analysis: ScenarioAnalysis;
  realUtilities: [number, number];
  values: { key: string; games: number; others: number };
  /** Per result, in order: its numbers, from the one function the student's debrief uses too. */
  rows: { source: string; name: string; standing: GameStanding; chartValues: boolean }[];
  /** Results ranked by joint gain (sum of utilities): each game once, a two-player game included. */
  byJointGain: { source: string; name: string; joint: number }[];
  /**
   * Per side, its students ranked by gain over that side's walk-away (the values as their game
   * ended): the sides' walk-aways differ, so their points are never ranked together. A two-player
   * game gives one row to each side, under that side's student's name.
   */
  bySide: [SideRank[], SideRank[]];
}

export interface SideRank {
  source: string;
  name: string;
  side: SideIndex;
  own: number;
  walkAway: number;
  /** own − walkAway: above 0, the talks left the student better off than walking away. */
  gain: number;
  crossedRedLine: boolean;
}

/** The human sides whose own red line the game's deal crosses (what their debrief flags). */
export function redLineCrossings(c: CompiledScenario, r: Pick<VerifiedResult, 'outcome' | 'humanSides'>): SideIndex[] {
  const deal = isDeal(r.outcome) ? r.outcome.deal! : null;
  if (!deal) return [];
  return r.humanSides.filter((side) => deal.some((k, i) => c.forbidden[side][i]?.[k] === true));
}

/** The name of the student who played `side` (a two-player game has one per side). */
export function sideName(r: VerifiedResult, side: SideIndex): string {
  return r.setup.names?.[side] ?? (r.humanSides.length === 1 ? r.name : NO_NAME);
}

function sideRanks(c: CompiledScenario, results: readonly VerifiedResult[], walkAways: readonly [number, number][]): [SideRank[], SideRank[]] {
  const out: [SideRank[], SideRank[]] = [[], []];
  results.forEach((r, k) => {
    const crossed = redLineCrossings(c, r);
    for (const side of r.humanSides) {
      const own = r.outcome.utilities[side];
      const walkAway = walkAways[k][side];
      out[side].push({ source: r.source, name: sideName(r, side), side, own, walkAway, gain: own - walkAway, crossedRedLine: crossed.includes(side) });
    }
  });
  for (const list of out) list.sort((a, b) => b.gain - a.gain || a.source.localeCompare(b.source));
  return out;
}

const agreed = isDeal;

/** The values most games ended with (ties: the first met; no games: the scenario's own). */
function commonValues(c: CompiledScenario, results: readonly VerifiedResult[]): { shifts: ValueShift[]; key: string; games: number } {
  const counts = new Map<string, { shifts: ValueShift[]; games: number }>();
  for (const r of results) {
    const key = valuesAnalysis(c, r.shifts).key;
    const e = counts.get(key) ?? { shifts: r.shifts, games: 0 };
    e.games++;
    counts.set(key, e);
  }
  let best: { shifts: ValueShift[]; key: string; games: number } = { shifts: [], key: '', games: 0 };
  for (const [key, e] of counts) if (e.games > best.games) best = { key, ...e };
  return best;
}

export function classStatistics(c: CompiledScenario, results: readonly VerifiedResult[]): ClassStatistics {
  const common = commonValues(c, results);
  const chart = valuesAnalysis(c, common.shifts);
  const analysis = chart.analysis;
  const rows = results.map((r) => {
    const standing = gameStanding(c, r.shifts, r.outcome);
    return { source: r.source, name: r.name, standing, chartValues: standing.valuesKey === chart.key };
  });
  const deals = results.filter((r) => agreed(r.outcome));
  const outcomes: Record<string, number> = { agreement: 0, partial: 0, breakdown: 0, walkout: 0 };
  for (const r of results) outcomes[r.outcome.kind]++;
  const real = realOutcome(c);
  const realUtilities = chart.real;
  return {
    games: results.length,
    agreementRate: results.length ? outcomes.agreement / results.length : 0,
    outcomes,
    items: c.scenario.items.map((item, i) => ({
      id: item.id,
      title: item.title,
      real: item.options[real[i]].id,
      options: item.options.map((o, k) => ({
        id: o.id,
        label: o.label,
        share: deals.length ? deals.filter((r) => r.outcome.deal![i] === k).length / deals.length : 0,
      })),
    })),
    deals: results.map((r, k) => ({ source: r.source, name: r.name, utilities: r.outcome.utilities, agreed: agreed(r.outcome), chartValues: rows[k].chartValues })),
    analysis,
    realUtilities,
    values: { key: chart.key, games: common.games, others: results.length - common.games },
    rows,
    byJointGain: results.map((r) => ({ source: r.source, name: r.name, joint: r.outcome.utilities[0] + r.outcome.utilities[1] })).sort((a, b) => b.joint - a.joint || a.source.localeCompare(b.source)),
    bySide: sideRanks(
      c,
      results,
      rows.map((row) => row.standing.domain.reservation as [number, number]),
    ),
  };
}

export { resultsCsv, csvCell } from './results-csv.ts';
