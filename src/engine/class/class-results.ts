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
import { replayLog } from '../log/game-log.ts';
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
  const replay = replayLog(c, log);
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
  const header = readCodeHeader(code);
  if (!header.ok) return { ok: false, source, reason: header.reason };
  const c = scenarioFor(header.scenarioId);
  if (!c) return { ok: false, source, reason: `the code is for scenario "${header.scenarioId}", which this page does not have` };
  const decoded = decodeResultCode(c, code);
  return decoded.ok ? verifyLog(c, decoded.log, source) : { ok: false, source, reason: decoded.reason };
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
  /** Results ranked by joint gain (sum of utilities), then by each student's own gain. */
  byJointGain: { source: string; name: string; joint: number }[];
  byOwnGain: { source: string; name: string; side: SideIndex; own: number }[];
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
    byOwnGain: results
      .flatMap((r) => r.humanSides.map((side) => ({ source: r.source, name: r.name, side, own: r.outcome.utilities[side] })))
      .sort((a, b) => b.own - a.own || a.source.localeCompare(b.source)),
  };
}

/** A CSV cell: quoted when needed, and defused when a spreadsheet would read it as a formula. */
function cell(value: string | number): string {
  let s = typeof value === 'number' ? String(Math.round(value * 10000) / 10000) : value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per student game, for a gradebook. */
export function resultsCsv(c: CompiledScenario, results: readonly VerifiedResult[]): string {
  const [a, b] = c.sideIds;
  const header = [
    'name',
    'source',
    'student side',
    'opponent',
    'seed',
    'outcome',
    'round',
    ...c.scenario.items.map((i) => i.id),
    `utility ${a}`,
    `utility ${b}`,
    'own utility',
    'joint utility',
    'distance to frontier',
    'distance to Nash',
  ];
  const rows = results.map((r) => {
    const o = r.outcome;
    const deal = agreed(o) ? o.deal! : null;
    const standing = gameStanding(c, r.shifts, o);
    const own = r.humanSides.length === 1 ? o.utilities[r.humanSides[0]] : '';
    return [
      r.name,
      r.source,
      r.humanSides.map((s) => c.sideIds[s]).join(' and '),
      r.opponent,
      r.seed,
      o.kind,
      o.round,
      ...c.domain.itemIds.map((_, i) => (deal ? c.domain.optionIds[i][deal[i]] : '')),
      o.utilities[0],
      o.utilities[1],
      own,
      o.utilities[0] + o.utilities[1],
      standing.toFrontier ?? '',
      standing.toNash ?? '',
    ].map(cell);
  });
  return `${[header.map(cell), ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`;
}
