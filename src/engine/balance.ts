/**
 * Balance warnings that need play: a quick seeded round of computer-against-computer games
 * across strategy pairs (the same machine as the game), then: options never agreed, and a side
 * that comes out ahead nearly always.
 */
import { analyzeScenario } from './analysis/scenario-analysis.ts';
import type { Problem } from './scenario/problems.ts';
import type { CompiledScenario } from './scenario/compile.ts';
import { warning } from './scenario/warnings.ts';
import { describeReason } from './diagnose.ts';
import { simulate } from './simulate.ts';

/** The pairs a designer's scenario should survive: soft, steady, tough and clever counterparts. */
export const BALANCE_PAIRS: [string, string][] = [
  ['conceder', 'boulware'],
  ['boulware', 'conceder'],
  ['linear', 'linear'],
  ['logroller', 'logroller'],
  ['tit-for-tat', 'logroller'],
  ['logroller', 'tit-for-tat'],
];
/** A side "wins nearly always" when it gains more under at least this share of the pairings. */
export const LOPSIDED = 0.9;
/** A pair agreeing in fewer games than this share leaves too many classes with nothing to debrief. */
export const LOW_AGREEMENT = 0.75;
/** An event meant as a reaction that fires in round 1 of at least this share of games is not reacting to anything. */
export const ROUND_ONE_SHARE = 0.8;

/** Games per balance pair for the shipped four-item agendas, and the least for any agenda. */
export const BALANCE_GAMES = 40;
export const MIN_BALANCE_GAMES = 12;

/**
 * Games per pair for this scenario. A game's cost grows with rounds × items² × options (the
 * counterpart's offer search is items × a grid that widens with the item count × options), so a
 * ten-item agenda would take ten times as long as a four-item one for the same number of games;
 * big agendas play fewer games per pair (never fewer than MIN_BALANCE_GAMES) so that
 * `summit analyze` answers in about the same time whatever the size. The warnings say how many.
 */
export function balanceGamesPerPair(c: CompiledScenario): number {
  const items = c.domain.itemIds.length;
  const options = Math.max(...c.domain.optionIds.map((o) => o.length));
  const cost = c.scenario.deadline.rounds * Math.max(4, items) ** 2 * options;
  const reference = 8 * 4 ** 2 * 5; // Da Nang: 8 rounds, 4 items, 5 options
  return Math.max(MIN_BALANCE_GAMES, Math.min(BALANCE_GAMES, Math.round((BALANCE_GAMES * reference) / cost)));
}

export interface PairResult {
  pair: [string, string];
  /** Each side's mean gain over its walk-away, as a share of what it could gain at best (0–1). */
  gains: [number, number];
  agreementRate: number;
  /** Games without a deal by why, commonest first (see ./diagnose.ts). */
  breakdownReasons: Record<string, number>;
}

export interface BalanceRun {
  pairs: PairResult[];
  /** agreedCount[item][option]: expected number of agreements with that option, over all pairs. */
  agreedCount: number[][];
  games: number;
  /** For each event, over all pairs: games it fired in, and firings by round. */
  events: Record<string, { games: number; byRound: number[] }>;
}

/** Plays every balance pair; the measurements the balance warnings (and the designer guide's test) read. */
export function balanceRun(c: CompiledScenario, gamesPerPair = balanceGamesPerPair(c), seed = 'balance'): BalanceRun {
  const analysis = analyzeScenario(c);
  const [r0, r1] = c.domain.reservation;
  // Gains are measured against each side's ideal, ignoring the other's red lines: a scenario
  // can favour a side through the red lines it gives the other.
  const [m0, m1] = [0, 1].map((side) => c.domain.gains[side].reduce((u, opts) => u + Math.max(...opts), 0));
  const agreedCount = c.domain.optionIds.map((opts) => opts.map(() => 0));
  const pairs: PairResult[] = [];
  const events = Object.fromEntries(c.scenario.events.map((e) => [e.id, { games: 0, byRound: new Array<number>(c.scenario.deadline.rounds).fill(0) }]));
  let games = 0;
  for (const pair of BALANCE_PAIRS) {
    const report = simulate(c, analysis, { games: gamesPerPair, seed: `${seed}:${pair.join('-')}`, players: pair });
    c.domain.itemIds.forEach((id, i) =>
      c.domain.optionIds[i].forEach((o, k) => {
        agreedCount[i][k] += report.optionRates[id][o] * report.outcomes.agreement;
      }),
    );
    // Normalised gains over walk-away, so sides with different scales compare fairly.
    const g0 = (report.meanUtilities[c.sideIds[0]] - r0) / Math.max(1e-9, m0 - r0);
    const g1 = (report.meanUtilities[c.sideIds[1]] - r1) / Math.max(1e-9, m1 - r1);
    pairs.push({ pair, gains: [g0, g1], agreementRate: report.agreementRate, breakdownReasons: report.breakdownReasons });
    for (const [id, e] of Object.entries(report.events)) {
      events[id].games += e.games;
      e.byRound.forEach((n, r) => (events[id].byRound[r] += n));
    }
    games += report.games;
  }
  return { pairs, agreedCount, games, events };
}

/** How many pairs each side came out ahead under. */
export function pairsWon(run: BalanceRun): [number, number] {
  const won: [number, number] = [0, 0];
  for (const {
    gains: [g0, g1],
  } of run.pairs) {
    if (g0 > g1 + 1e-9) won[0]++;
    else if (g1 > g0 + 1e-9) won[1]++;
  }
  return won;
}

export function balanceWarnings(c: CompiledScenario, gamesPerPair = balanceGamesPerPair(c), seed = 'balance'): Problem[] {
  return balanceRunWarnings(c, balanceRun(c, gamesPerPair, seed));
}

/** The warnings a run already played gives (analyze also prints the run's statistics). */
export function balanceRunWarnings(c: CompiledScenario, run: BalanceRun): Problem[] {
  const { agreedCount, games } = run;
  const won = pairsWon(run);
  const out: Problem[] = [];
  c.scenario.items.forEach((item, i) =>
    item.options.forEach((option, k) => {
      // Red-line and walk-away options go unagreed by design, not because of a balance problem.
      if (agreedCount[i][k] === 0 && !c.forbidden[0][i][k] && !c.forbidden[1][i][k] && !c.isWalkAway[i][k])
        out.push(warning('warn.never-agreed', ['items', i, 'options', k], `"${option.id}" was never agreed in ${games} simulated games`));
    }),
  );
  for (const side of [0, 1] as const) {
    if (won[side] / BALANCE_PAIRS.length >= LOPSIDED)
      out.push(
        warning(
          'warn.lopsided',
          ['sides', side],
          `"${c.sideIds[side]}" gains more than the other side (measured against each side's walk-away and best) under ${won[side]} of ${BALANCE_PAIRS.length} strategy pairings in simulation; the scenario may favour it too much`,
        ),
      );
  }
  out.push(...agreementWarnings(run, c.sideIds), ...eventWarnings(c, run));
  return out;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** A pair that often ends with no deal, with the commonest reasons why. */
function agreementWarnings(run: BalanceRun, sides: readonly [string, string]): Problem[] {
  const perPair = run.games / run.pairs.length;
  return run.pairs
    .filter((p) => p.agreementRate < LOW_AGREEMENT)
    .map((p) => {
      const failed = Object.values(p.breakdownReasons).reduce((a, b) => a + b, 0);
      const why = Object.entries(p.breakdownReasons)
        .slice(0, 2)
        .map(([key, n]) => `${describeReason(key)} (${n} of ${failed})`)
        .join('; ');
      return warning(
        'warn.low-agreement',
        ['sides'],
        `only ${percent(p.agreementRate)} of ${perPair} simulated games agree when ${sides[0]} plays ${p.pair[0]} and ${sides[1]} plays ${p.pair[1]}${why ? `; commonest reasons: ${why}` : ''}`,
      );
    });
}

/**
 * Reactions that fire at the very start of nearly every game. (An event that never fires is not
 * warned about: computer players never reopen items and rarely anger a third party, as students do.)
 */
function eventWarnings(c: CompiledScenario, run: BalanceRun): Problem[] {
  const out: Problem[] = [];
  c.scenario.events.forEach((event, i) => {
    const roundOne = run.events[event.id].byRound[0] / Math.max(1, run.games);
    if (event.trigger.kind !== 'round' && roundOne >= ROUND_ONE_SHARE)
      out.push(
        warning(
          'warn.event-round-one',
          ['events', i, 'trigger'],
          `"${event.id}" fires in round 1 of ${percent(roundOne)} of simulated games: as a ${event.trigger.kind} trigger it reacts to the opening offers, so nearly every class meets it at once; raise its threshold or lower its probability if it should react to something`,
        ),
      );
  });
  return out;
}

/** "fired in 48% of games, most often in round 2 (rounds 2–4)": an event's statistics, for analyze and the report. */
export function eventSummary(stats: { games: number; byRound: number[] }, games: number): string {
  if (stats.games === 0) return `never fired in ${games} games`;
  const rounds = stats.byRound.flatMap((n, r) => (n > 0 ? [r + 1] : []));
  const peak = stats.byRound.indexOf(Math.max(...stats.byRound)) + 1;
  const span = rounds.length === 1 ? `round ${rounds[0]}` : `rounds ${rounds[0]}–${rounds.at(-1)}`;
  return `fired in ${percent(stats.games / games)} of ${games} games, most often in round ${peak} (${span})`;
}
