/**
 * Points, the one scale every view shows: a side's utility (0–1) × 100, to one decimal. The game,
 * the teacher's page, the handout and the CLI all format numbers through these, so the same deal
 * reads the same everywhere.
 */

/** A utility (0–1) in points (0–100), to one decimal. */
export function toPoints(u: number): number {
  return Math.round(u * 1000) / 10;
}

/** A number of points as text, to one decimal and without a trailing ".0": "72", "72.5". */
export function formatPoints(p: number): string {
  const r = Math.round(p * 10) / 10;
  return r.toFixed(Number.isInteger(r) ? 0 : 1);
}

/** A utility as points text: 0.725 → "72.5". */
export function utilityPoints(u: number): string {
  return formatPoints(toPoints(u));
}

/** A utility in whole points, for the numbers a counterpart's reasons quote (recorded in the log: never change the rounding). */
export function wholePoints(u: number): number {
  return Math.round(u * 100);
}

/** A share (0–1) as a whole percentage number: 0.724 → 72. */
export function wholePercent(x: number): number {
  return Math.round(x * 100);
}

/** A share (0–1) as text: 0.724 → "72%". */
export function percentText(x: number): string {
  return `${wholePercent(x)}%`;
}
