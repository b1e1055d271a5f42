/**
 * A checked scenario, compiled once into index-based tables the engine's hot loops use:
 * the numeric Domain, red lines as masks, third-party effects as a matrix.
 */
import type { Domain, SideIndex } from '../model/domain.ts';
import type { Scenario } from './schema.ts';
import { indexTable, own } from './own.ts';
import { playIdentity, type PlaySection } from './play-identity.ts';
import { hashText } from './text-hash.ts';

export { hashText };

export interface ValueShift {
  side: SideIndex;
  item: number;
  option: number;
  delta: number;
}

export interface CompiledScenario {
  readonly scenario: Scenario;
  /**
   * Hash of the play data only (./play-identity.ts): logs, saves and codes name the version of the
   * rules and numbers they were played on, and survive any change of prose or translation.
   */
  readonly hash: string;
  /** The play data's sections with a digest each, so a refused log can say what changed. */
  readonly sections: readonly PlaySection[];
  /** The languages the scenario offers (its `languages` field, "en" among them). */
  readonly languages: readonly string[];
  /** The language its texts were resolved to (a requested language it does not offer gives "en"). */
  readonly language: string;
  readonly domain: Domain;
  readonly sideIds: readonly [string, string];
  readonly itemIndex: Readonly<Record<string, number>>;
  readonly optionIndex: readonly Readonly<Record<string, number>>[];
  readonly partyIds: readonly string[];
  /** effects[item][option][party] in −1..1. */
  readonly effects: readonly (readonly (readonly number[])[])[];
  /** forbidden[side][item][option]: true where the option crosses the side's red line. */
  readonly forbidden: readonly [readonly (readonly boolean[])[], readonly (readonly boolean[])[]];
  readonly opener: SideIndex;
  /** isWalkAway[item][option]: the option stands for "no agreement" for one of the sides. */
  readonly isWalkAway: readonly (readonly boolean[])[];
  /** rawValues[side][item][option], before normalisation; events shift these. */
  readonly rawValues: readonly [number[][], number[][]];
  readonly weights: readonly [number[], number[]];
}

export function gainsFrom(rawValues: readonly number[][][], weights: readonly number[][]): [number[][], number[][]] {
  return [0, 1].map((s) =>
    rawValues[s].map((vals, i) => {
      const max = Math.max(...vals);
      return vals.map((v) => (max > 0 ? (weights[s][i] * v) / max : 0));
    }),
  ) as [number[][], number[][]];
}

function reservationOf(s: Scenario, side: SideIndex, gains: number[][], optionIndex: Record<string, number>[], itemIds: string[]): number {
  const w = s.sides[side].walkAway;
  if (w.kind === 'reservation') return w.value;
  return itemIds.reduce((u, id, i) => u + gains[i][optionIndex[i][own(w.options, id)!]], 0);
}

/** Applies event value shifts to a compiled scenario's Domain (values clamp to 0–1, then renormalise). */
export function shiftedDomain(c: CompiledScenario, shifts: readonly ValueShift[]): Domain {
  if (shifts.length === 0) return c.domain;
  const raw = c.rawValues.map((side) => side.map((item) => item.slice()));
  for (const sh of shifts) raw[sh.side][sh.item][sh.option] = Math.min(1, Math.max(0, raw[sh.side][sh.item][sh.option] + sh.delta));
  const gains = gainsFrom(raw, c.weights);
  const itemIds = [...c.domain.itemIds];
  const reservation: [number, number] = [0, 1].map((s) =>
    c.scenario.sides[s].walkAway.kind === 'reservation' ? c.domain.reservation[s] : reservationOf(c.scenario, s as SideIndex, gains[s], c.optionIndex as Record<string, number>[], itemIds),
  ) as [number, number];
  return { ...c.domain, gains, reservation };
}

/** Weights as written, divided by their sum (unchanged when they already add up to exactly 1). */
export function rescaled(weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return sum > 0 && Math.abs(sum - 1) > 1e-12 ? weights.map((w) => w / sum) : weights;
}

export function compileScenario(s: Scenario, language = 'en'): CompiledScenario {
  const identity = playIdentity(s);
  const itemIds = s.items.map((i) => i.id);
  const sideIds = [s.sides[0].id, s.sides[1].id] as const;
  const itemIndex = indexTable(itemIds);
  const optionIndex = s.items.map((item) => indexTable(item.options.map((o) => o.id)));
  const partyIds = s.thirdParties.map((p) => p.id);
  const rawValues = sideIds.map((sid) => s.items.map((item) => item.options.map((o) => own(o.values, sid) ?? 0))) as [number[][], number[][]];
  // The check lets weights add up to 1 ± 0.001; rescaled here so no package is ever worth more than 1.
  const weights = sideIds.map((_, si) => rescaled(itemIds.map((id) => own(s.sides[si].priorities, id) ?? 0))) as [number[], number[]];
  const gains = gainsFrom(rawValues, weights);
  const reservation = [0, 1].map((si) => reservationOf(s, si as SideIndex, gains[si], optionIndex, itemIds)) as [number, number];
  const forbidden = [0, 1].map((si) => s.items.map((item) => item.options.map((o) => s.sides[si].redLines.some((l) => l.item === item.id && l.options.includes(o.id))))) as [boolean[][], boolean[][]];
  const effects = s.items.map((item) => item.options.map((o) => partyIds.map((p) => own(o.effects, p) ?? 0)));
  const isWalkAway = s.items.map((item) => item.options.map((o) => s.sides.some((side) => side.walkAway.kind === 'statusQuo' && own(side.walkAway.options, item.id) === o.id)));
  return {
    scenario: s,
    hash: identity.hash,
    sections: identity.sections,
    languages: s.languages,
    language,
    domain: { itemIds, optionIds: s.items.map((i) => i.options.map((o) => o.id)), gains, reservation },
    sideIds,
    itemIndex,
    optionIndex,
    partyIds,
    effects,
    forbidden,
    opener: s.rules.opener === sideIds[1] ? 1 : 0,
    isWalkAway,
    rawValues,
    weights,
  };
}

/** What really happened, as an option per item (the debrief's realOption). */
export function realOutcome(c: CompiledScenario): number[] {
  return c.domain.itemIds.map((id, i) => c.optionIndex[i][c.scenario.debrief.items[id].realOption]);
}

/** The best utility a side can reach without crossing its own red lines (items are independent). */
export function bestAllowedUtility(c: CompiledScenario, side: SideIndex): number {
  return c.domain.gains[side].reduce((u, opts, i) => u + Math.max(...opts.map((g, k) => (c.forbidden[side][i][k] ? -Infinity : g))), 0);
}

/** The best utility a side can reach in a deal both sides could accept: within both sides' red lines. */
export function bestAgreeableUtility(c: CompiledScenario, side: SideIndex): number {
  return c.domain.gains[side].reduce((u, opts, i) => u + Math.max(...opts.map((g, k) => (c.forbidden[0][i][k] || c.forbidden[1][i][k] ? -Infinity : g))), 0);
}
