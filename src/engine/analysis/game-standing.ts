/**
 * One set of numbers for a finished game: where its outcome stands against the Pareto frontier
 * and the Nash point. The student's debrief, the class view, the CSV and the handout all take
 * them from here, so they agree to the last digit.
 *
 * Decision: the values AS THE GAME ENDED — the scenario's values with the news shifts that game
 * saw (rules/events.ts) — not the values the scenario starts with. Those are the values its points
 * were scored in (an agreement's utilities are computed on them when it is reached), so a deal's
 * points, its frontier and its Nash point are measured in one currency; measuring a deal scored
 * after a shift against the unshifted frontier is what put a dot outside the frontier.
 * Games of one class seed see the same round news, so most of a class shares one set of values;
 * a game whose news differed has its own frontier (ClassStatistics.values says how many).
 */
import type { Domain } from '../model/domain.ts';
import { realOutcome, type CompiledScenario, type ValueShift } from '../scenario/compile.ts';
import { domainFor } from '../rules/context.ts';
import type { GameOutcome } from '../rules/state.ts';
import { utilitiesOf } from '../model/domain.ts';
import { distanceToFrontier, distanceToNash } from './analyze.ts';
import { analyzeScenario, type ScenarioAnalysis } from './scenario-analysis.ts';

export interface GameStanding {
  /** The values the game ended with. */
  domain: Domain;
  analysis: ScenarioAnalysis;
  /** A key naming those values: games with equal keys share a frontier. */
  valuesKey: string;
  /** The agreed deal's points [side 0, side 1], 0–1, or null without a deal. */
  deal: [number, number] | null;
  /** Distances in utility space from the deal (null without a deal, or without a Nash point). */
  toFrontier: number | null;
  toNash: number | null;
  /** What really happened, valued as the game ended. */
  real: [number, number];
}

const analyses = new WeakMap<CompiledScenario, Map<string, { domain: Domain; analysis: ScenarioAnalysis; real: [number, number] }>>();

/** The values a game ended with, analysed once per distinct set of shifts. */
export function valuesAnalysis(c: CompiledScenario, shifts: readonly ValueShift[]) {
  const key = valuesKeyOf(shifts);
  let byKey = analyses.get(c);
  if (!byKey) analyses.set(c, (byKey = new Map()));
  let hit = byKey.get(key);
  if (!hit) {
    const domain = domainFor(c, shifts);
    hit = { domain, analysis: analyzeScenario(c, domain), real: utilitiesOf(domain, realOutcome(c)) as [number, number] };
    byKey.set(key, hit);
  }
  return { key, ...hit };
}

/** Shifts in the order they happened: the same news in the same order gives the same values. */
export function valuesKeyOf(shifts: readonly ValueShift[]): string {
  return shifts.map((s) => `${s.side}.${s.item}.${s.option}.${s.delta}`).join('|');
}

/** An outcome counts as a deal when something was agreed. */
export function isDeal(o: GameOutcome): boolean {
  return (o.kind === 'agreement' || o.kind === 'partial') && o.deal !== null;
}

export function gameStanding(c: CompiledScenario, shifts: readonly ValueShift[], outcome: GameOutcome): GameStanding {
  const v = valuesAnalysis(c, shifts);
  const deal = isDeal(outcome) ? ([outcome.utilities[0], outcome.utilities[1]] as [number, number]) : null;
  return {
    domain: v.domain,
    analysis: v.analysis,
    valuesKey: v.key,
    deal,
    toFrontier: deal ? distanceToFrontier(v.analysis, deal) : null,
    toNash: deal ? distanceToNash(v.analysis, deal) : null,
    real: v.real,
  };
}
