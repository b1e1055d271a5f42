/**
 * The debrief: everything is revealed once the talks are over — every possible outcome against
 * the Pareto frontier and the Nash point, the player's deal, the real outcome, the path
 * of offers, and item by item what the player got beside what really happened.
 */
import { gameStanding } from '../analysis/game-standing.ts';
import { toPoints } from '../model/points.ts';
import { utilitiesOf, type Domain, type SideIndex } from '../model/domain.ts';
import { realOutcome, type CompiledScenario } from '../scenario/compile.ts';
import { otherSide } from '../rules/context.ts';
import type { OutcomeKind } from '../rules/state.ts';
import type { Reaction } from '../rules/third-parties.ts';
import type { Said } from '../words/codes.ts';
import { jointStatement } from './selectors.ts';
import type { SummitContext } from './summit-machine.ts';

/** [my utility, their utility], 0–1. */
export type Point = [number, number];

export interface DebriefView {
  side: SideIndex;
  me: string;
  them: string;
  outcome: { kind: OutcomeKind; reason: Said; myPoints: number; theirPoints: number; statement: string[] | null };
  chart: { all: Point[]; sampled: boolean; frontier: Point[]; nash: Point | null; myDeal: Point | null; real: Point; walkAway: Point };
  /** Distances in utility space from the player's deal (null without a deal). */
  distances: { toFrontier: number; toNash: number | null } | null;
  path: { round: number; by: 'me' | 'them'; my: number; their: number }[];
  items: {
    id: string;
    title: string;
    mine: string | null;
    /** True when the agreed option crosses the player's own red line. */
    crossedMyRedLine: boolean;
    real: { label: string; text: string; reportedly: boolean };
    verdicts: { party: string; reaction: Reaction; text: string }[];
  }[];
  /** The scenario's short name for what really happened (e.g. "Da Nang 2017"); null: the view's generic words. */
  realLabel: string | null;
  summary: string;
  questions: string[];
  sources: { title: string; url: string }[];
}

/** Past this many outcomes the chart shows an evenly spread sample, not every point. */
export const CHART_LIMIT = 4000;

function allOutcomePoints(domain: Domain, side: SideIndex): { points: Point[]; sampled: boolean } {
  const counts = domain.optionIds.map((o) => o.length);
  const total = counts.reduce((a, b) => a * b, 1);
  const step = total > CHART_LIMIT ? Math.ceil(total / CHART_LIMIT) : 1;
  const points: Point[] = [];
  const outcome = new Array<number>(counts.length).fill(0);
  for (let index = 0; index < total; index += step) {
    let rest = index;
    for (let i = counts.length - 1; i >= 0; i--) {
      outcome[i] = rest % counts[i];
      rest = Math.floor(rest / counts[i]);
    }
    const u = utilitiesOf(domain, outcome);
    points.push(orient(u, side));
  }
  return { points, sampled: step > 1 };
}

function orient(u: readonly [number, number], side: SideIndex): Point {
  return side === 0 ? [u[0], u[1]] : [u[1], u[0]];
}

/** How a third party takes an option: its effect in −1..1 read as a reaction. */
function verdictOf(effect: number): Reaction {
  return effect >= 0.2 ? 'pleased' : effect <= -0.2 ? 'angry' : 'uneasy';
}

export function debriefView(c: CompiledScenario, context: SummitContext, side: SideIndex): DebriefView | null {
  const game = context.game;
  if (!game?.outcome) return null;
  const outcome = game.outcome;
  // The same numbers as the class view, the CSV and the handout: values as the game ended (analysis/game-standing.ts).
  const standing = gameStanding(c, game.shifts, outcome);
  const { domain, analysis } = standing;
  const other = otherSide(side);
  const real = realOutcome(c);
  const { points, sampled } = allOutcomePoints(domain, side);
  const dealUtilities = standing.deal;
  const agreed = dealUtilities !== null;
  return {
    side,
    me: c.scenario.sides[side].name,
    them: c.scenario.sides[other].name,
    outcome: {
      kind: outcome.kind,
      reason: outcome.reason,
      myPoints: toPoints(outcome.utilities[side]),
      theirPoints: toPoints(outcome.utilities[other]),
      statement: outcome.kind === 'agreement' && outcome.deal ? jointStatement(c, outcome.deal) : null,
    },
    chart: {
      all: points,
      sampled,
      frontier: analysis.frontier.map((p) => orient(p.utilities, side)),
      nash: analysis.nash ? orient(analysis.nash.utilities, side) : null,
      myDeal: agreed && dealUtilities ? orient(dealUtilities, side) : null,
      real: orient(standing.real, side),
      walkAway: orient(domain.reservation as [number, number], side),
    },
    distances: standing.deal ? { toFrontier: standing.toFrontier!, toNash: standing.toNash } : null,
    path: game.history.flatMap((h) =>
      h.utilities && h.side !== null ? [{ round: h.round, by: h.side === side ? ('me' as const) : ('them' as const), my: h.utilities[side], their: h.utilities[other] }] : [],
    ),
    items: c.scenario.items.map((item, i) => {
      const mine = agreed && outcome.deal ? outcome.deal[i] : null;
      const d = c.scenario.debrief.items[item.id];
      const verdicts = c.scenario.thirdParties.flatMap((p, k) => {
        if (mine === null || !c.effects[i].some((e) => e[k] !== 0)) return [];
        const reaction = verdictOf(c.effects[i][mine][k]);
        return [{ party: p.name, reaction, text: p.reactions[reaction] }];
      });
      return {
        id: item.id,
        title: item.title,
        mine: mine === null ? null : item.options[mine].label,
        crossedMyRedLine: mine !== null && c.forbidden[side][i][mine],
        real: { label: item.options[real[i]].label, text: d.text, reportedly: d.reportedly },
        verdicts,
      };
    }),
    realLabel: c.scenario.debrief.realLabel ?? null,
    summary: c.scenario.debrief.summary,
    questions: c.scenario.debrief.questions,
    sources: c.scenario.debrief.sources,
  };
}
