/**
 * Analysis of a scenario as players meet it: options that cross either side's red line can never
 * be agreed, so the frontier, Nash and Kalai–Smorodinsky points are computed without them (the
 * outcome count still reports the whole space). Outcomes come back in the scenario's own indices.
 */
import { outcomeCount, type Domain } from '../model/domain.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { analyze, type Analysis } from './analyze.ts';
import type { FrontierPoint } from './frontier.ts';

export interface ScenarioAnalysis extends Analysis {
  /** How many outcomes respect both sides' red lines. */
  readonly agreeableCountText: string;
}

export function analyzeScenario(c: CompiledScenario, domain: Domain = c.domain): ScenarioAnalysis {
  const keep = domain.optionIds.map((opts, i) => opts.map((_, k) => k).filter((k) => !c.forbidden[0][i][k] && !c.forbidden[1][i][k]));
  const restricted: Domain = {
    itemIds: domain.itemIds,
    optionIds: keep.map((ks, i) => ks.map((k) => domain.optionIds[i][k])),
    gains: [0, 1].map((s) => keep.map((ks, i) => ks.map((k) => domain.gains[s][i][k]))) as unknown as Domain['gains'],
    reservation: domain.reservation,
  };
  const a = analyze(restricted);
  const remap = (p: FrontierPoint): FrontierPoint => ({ ...p, outcome: p.outcome.map((k, i) => keep[i][k]) });
  const full = outcomeCount(domain);
  return {
    ...a,
    outcomeCount: full,
    outcomeCountText: full.toString(),
    agreeableCountText: a.outcomeCountText,
    frontier: a.frontier.map(remap),
    nash: a.nash && remap(a.nash),
    kalaiSmorodinsky: a.kalaiSmorodinsky && remap(a.kalaiSmorodinsky),
    maxWelfare: remap(a.maxWelfare),
  };
}
