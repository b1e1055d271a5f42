/**
 * The gradebook export: one row per student game, in the numbers the screens show (points 0–100,
 * one decimal), with the full source name, the seat, the clock, a red-line flag and when the
 * teacher received it. Every text cell is untrusted (names, file names, seeds): a cell a
 * spreadsheet could run as a formula is defused, leading spaces and tabs included.
 */
import { gameStanding, isDeal } from '../analysis/game-standing.ts';
import { toPoints } from '../model/points.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { redLineCrossings, type VerifiedResult } from './class-results.ts';

/** What a spreadsheet may read as the start of a formula, after any leading blanks or control characters. */
const FORMULA_START = /^[\s\u0000-\u001f\u00a0\u2000-\u200b\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/** A CSV cell: numbers as they are; text quoted when needed and defused when it could be a formula. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const s = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const pts = (u: number | null) => (u === null ? '' : toPoints(u));

export function resultsCsv(c: CompiledScenario, results: readonly VerifiedResult[]): string {
  const [a, b] = c.sideIds;
  const header = [
    'name',
    'source',
    'seat',
    'student side',
    'opponent',
    'seed',
    'outcome',
    'round',
    ...c.scenario.items.map((i) => i.id),
    `points ${a}`,
    `points ${b}`,
    'own points',
    'joint points',
    'own gain over walk-away',
    'crossed own red line',
    'seconds per turn',
    'handed in',
    'distance to frontier',
    'distance to Nash',
  ];
  const rows = results.map((r) => {
    const o = r.outcome;
    const deal = isDeal(o) ? o.deal! : null;
    const standing = gameStanding(c, r.shifts, o);
    const solo = r.humanSides.length === 1 ? r.humanSides[0] : null;
    const crossed = redLineCrossings(c, r);
    return [
      r.name,
      r.source,
      r.setup.seat ?? '',
      r.humanSides.map((s) => c.sideIds[s]).join(' and '),
      r.opponent,
      r.seed,
      o.kind,
      o.round,
      ...c.domain.itemIds.map((_, i) => (deal ? c.domain.optionIds[i][deal[i]] : '')),
      toPoints(o.utilities[0]),
      toPoints(o.utilities[1]),
      solo === null ? '' : toPoints(o.utilities[solo]),
      toPoints(o.utilities[0] + o.utilities[1]),
      solo === null ? '' : toPoints(o.utilities[solo] - standing.domain.reservation[solo]),
      crossed.length ? crossed.map((s) => c.sideIds[s]).join(' and ') : 'no',
      r.setup.secondsPerRound ?? '',
      r.handedIn ?? '',
      pts(standing.toFrontier),
      pts(standing.toNash),
    ].map(csvCell);
  });
  return `${[header.map(csvCell), ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`;
}
