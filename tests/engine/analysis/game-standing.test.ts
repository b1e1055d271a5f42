/**
 * One set of numbers: for games in which news shifted the values, the student's debrief, the
 * class view's rows, the CSV and the chart the handout prints give the same frontier, Nash point
 * and distances, to the last digit — all measured on the values as each game ended.
 */
import { describe, expect, it } from 'vitest';
import { classStatistics, collect, debriefView, recordLog, resultsCsv, verifyLog, type GameSetup } from '../../../src/engine/index.ts';
import { summit } from '../../support/summit-dsl.ts';

const offers = [
  { deconfliction: 'incident-review', violence: 'amman-memo', geneva: 'un-elections', 'buffer-zone': 'iran-leaves' },
  { deconfliction: 'incident-review', violence: 'amman-memo', geneva: 'un-elections', 'buffer-zone': 'verified-zone' },
  { deconfliction: 'hotline', violence: 'other-zones', geneva: 'un-elections', 'buffer-zone': 'iran-leaves' },
];

/** A student's game under a class seed: offers `offer` each turn (proposing "iran-leaves" brings news that moves values). */
function game(seed: string, offer: Record<string, string>, side: 0 | 1, name: string) {
  const t = summit('danang-2017');
  const computer = { kind: 'computer', difficulty: 'easy' } as const;
  const setup: GameSetup = { seed, players: side === 0 ? [{ kind: 'human' }, computer] : [computer, { kind: 'human' }], names: side === 0 ? [name, null] : [null, name] };
  t.send({ type: 'game.setup', setup }).send({ type: 'briefing.done' });
  for (let k = 0; k < 10 && t.phase === 'negotiating'; k++) t.propose(offer);
  if (t.phase === 'negotiating') t.walkAway();
  t.send({ type: 'debrief.open' });
  return { t, side, log: recordLog(t.c, t.context, t.actor.getSnapshot().value) };
}

/** The CSV's rounding, applied to a number the debrief shows. */
const csvNumber = (x: number | null) => (x === null ? '' : String(Math.round(x * 10000) / 10000));

describe('one set of numbers', () => {
  const games = Array.from({ length: 9 }, (_, k) => game(`period-${k % 3}`, offers[Math.floor(k / 3)], (k % 2) as 0 | 1, `student ${k}`));
  const c = games[0].t.c;
  const imported = collect(games.map((g, k) => verifyLog(c, g.log, `code ${k + 1}`)));
  const stats = classStatistics(c, imported.results);
  const csv = resultsCsv(c, imported.results)
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
  const col = (name: string) => csv[0].indexOf(name);

  it('the games are the kind that matter: deals, some on values the news moved', () => {
    expect(imported.results).toHaveLength(games.length);
    expect(games.filter((g) => g.t.game.shifts.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(games.filter((g) => g.t.game.outcome!.deal !== null).length).toBeGreaterThanOrEqual(3);
  });

  it('debrief, class rows and CSV give the same distances to the last digit', () => {
    games.forEach((g, k) => {
      const d = debriefView(c, g.t.context, g.side)!;
      const row = stats.rows[k].standing;
      expect(row.toFrontier).toBe(d.distances?.toFrontier ?? null);
      expect(row.toNash).toBe(d.distances?.toNash ?? null);
      expect(csv[k + 1][col('distance to frontier')]).toBe(csvNumber(d.distances?.toFrontier ?? null));
      expect(csv[k + 1][col('distance to Nash')]).toBe(csvNumber(d.distances?.toNash ?? null));
      // The debrief's own points are the outcome's, as the table shows them.
      expect([d.outcome.myPoints, d.outcome.theirPoints]).toEqual([g.side, 1 - g.side].map((s) => Math.round(g.t.game.outcome!.utilities[s] * 1000) / 10));
    });
  });

  it('on the chart the handout prints, frontier, Nash and the real outcome are the debrief’s for every game on the chart’s values', () => {
    const orient = (p: readonly [number, number], side: 0 | 1) => (side === 0 ? [p[0], p[1]] : [p[1], p[0]]);
    let compared = 0;
    games.forEach((g, k) => {
      const d = debriefView(c, g.t.context, g.side)!;
      if (!stats.rows[k].chartValues) return;
      compared++;
      expect(d.chart.nash).toEqual(orient(stats.analysis.nash!.utilities, g.side));
      expect(d.chart.frontier).toEqual(stats.analysis.frontier.map((p) => orient(p.utilities, g.side)));
      expect(d.chart.real).toEqual(orient(stats.realUtilities, g.side));
    });
    expect(compared).toBe(stats.values.games);
    expect(stats.values.games + stats.values.others).toBe(games.length);
  });

  it('a deal is never outside its own frontier', () => {
    for (const row of stats.rows) {
      if (!row.standing.deal) continue;
      const beyond = row.standing.analysis.frontier.some((p) => p.utilities[0] + 1e-9 < row.standing.deal![0] && p.utilities[1] + 1e-9 < row.standing.deal![1]);
      expect(beyond).toBe(false);
      const dominates = row.standing.analysis.frontier.every((p) => !(row.standing.deal![0] > p.utilities[0] + 1e-9 && row.standing.deal![1] > p.utilities[1] + 1e-9));
      expect(dominates).toBe(true);
    }
  });
});
