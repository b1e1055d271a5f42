import { analyzeScenario, type ScenarioAnalysis } from '../../engine/analysis/scenario-analysis.ts';
import { realOutcome } from '../../engine/scenario/compile.ts';
import { distanceToFrontier, distanceToNash } from '../../engine/analysis/analyze.ts';
import { formatProblem, utilitiesOf, type CompiledScenario, type Problem } from '../../engine/index.ts';
import { BALANCE_PAIRS, balanceRun, balanceRunWarnings, eventSummary, type BalanceRun } from '../../engine/balance.ts';
import { describeReason } from '../../engine/diagnose.ts';
import { staticWarnings } from '../../engine/scenario/warnings.ts';
import { CliExit, EXIT_OK, EXIT_USAGE, fixed } from '../io.ts';

export const analyzeHelp = `Usage: summit analyze <scenario.json> [--deal item=option,...] [--json]

Analyses the scenario's outcome space without enumerating it: outcome count, the exact Pareto
frontier, the Nash point, Kalai–Smorodinsky, maximum welfare, each side's walk-away value, and
the distance of the real outcome (from the debrief) — or of --deal — to the frontier and to Nash.
Warnings (exit code still 0): no zone of agreement, an option dominated for both sides, an item that
barely matters, and from a quick seeded simulation: an option never agreed, a side that nearly always
comes out ahead.
Options crossing either side's red line are left out of the frontier.`;

function dealText(c: CompiledScenario, outcome: readonly number[]): string {
  return outcome.map((o, i) => `${c.domain.itemIds[i]}=${c.domain.optionIds[i][o]}`).join(', ');
}

export function parseDeal(c: CompiledScenario, text: string): number[] {
  const chosen = new Map<string, string>();
  for (const part of text.split(',')) {
    const [item, option] = part.split('=').map((s) => s.trim());
    chosen.set(item, option);
  }
  return c.domain.itemIds.map((id, i) => {
    const optionId = chosen.get(id);
    if (optionId === undefined) throw new CliExit(EXIT_USAGE, `--deal names no option for item "${id}"`);
    const k = c.optionIndex[i][optionId];
    if (k === undefined) throw new CliExit(EXIT_USAGE, `--deal: item "${id}" has no option "${optionId}"`);
    return k;
  });
}

function dealReport(c: CompiledScenario, a: ScenarioAnalysis, outcome: number[]) {
  const utilities = utilitiesOf(c.domain, outcome);
  return {
    deal: Object.fromEntries(outcome.map((o, i) => [c.domain.itemIds[i], c.domain.optionIds[i][o]])),
    utilities,
    distanceToFrontier: distanceToFrontier(a, utilities),
    distanceToNash: distanceToNash(a, utilities),
  };
}

/** `loadWarnings`: what the loader reported (notices, translations, static warnings); recomputed when absent. */
export function analyzeCommand(c: CompiledScenario, opts: { deal?: string; json: boolean; file: string; loadWarnings?: Problem[] }, out: (line: string) => void): number {
  const a = analyzeScenario(c);
  const run = balanceRun(c);
  const warnings: Problem[] = [...(opts.loadWarnings ?? staticWarnings(c)), ...balanceRunWarnings(c, run)];
  const dealOutcome = opts.deal ? parseDeal(c, opts.deal) : realOutcome(c);
  const deal = dealReport(c, a, dealOutcome);
  const [s0, s1] = c.sideIds;
  if (opts.json) {
    const point = (p: { outcome: number[]; utilities: [number, number] } | null) =>
      p && { utilities: p.utilities, deal: Object.fromEntries(p.outcome.map((o, i) => [c.domain.itemIds[i], c.domain.optionIds[i][o]])) };
    out(
      JSON.stringify(
        {
          scenario: c.scenario.id,
          sides: c.sideIds,
          outcomeCount: a.outcomeCountText,
          agreeableCount: a.agreeableCountText,
          reservation: a.reservation,
          maxUtility: a.maxUtility,
          frontier: a.frontier.map(point),
          nash: point(a.nash),
          kalaiSmorodinsky: point(a.kalaiSmorodinsky),
          maxWelfare: point(a.maxWelfare),
          [opts.deal ? 'deal' : 'realOutcome']: deal,
          simulation: { pairs: run.pairs.map((p) => ({ pair: p.pair, agreementRate: p.agreementRate, breakdownReasons: p.breakdownReasons })), events: run.events },
          warnings,
        },
        null,
        2,
      ),
    );
    return EXIT_OK;
  }
  const pair = (u: readonly [number, number]) => `${s0} ${fixed(u[0])}  ${s1} ${fixed(u[1])}`;
  out(`${c.scenario.title} (${c.scenario.id})`);
  out(`outcomes: ${a.outcomeCountText} (${a.agreeableCountText} within both sides' red lines)`);
  out(`walk-away: ${pair(a.reservation)}`);
  out(`best possible: ${pair(a.maxUtility)}`);
  out(`Pareto frontier: ${a.frontier.length} points`);
  for (const p of a.frontier) out(`  ${pair(p.utilities)}  ${dealText(c, p.outcome)}`);
  out(`Nash point: ${a.nash ? `${pair(a.nash.utilities)}  ${dealText(c, a.nash.outcome)}` : 'none (no deal beats both walk-aways)'}`);
  out(`Kalai–Smorodinsky: ${a.kalaiSmorodinsky ? `${pair(a.kalaiSmorodinsky.utilities)}  ${dealText(c, a.kalaiSmorodinsky.outcome)}` : 'none'}`);
  out(`Max welfare: ${pair(a.maxWelfare.utilities)}  ${dealText(c, a.maxWelfare.outcome)}`);
  out(
    `${opts.deal ? 'Deal' : 'Real outcome'}: ${pair(deal.utilities)}  distance to frontier ${fixed(deal.distanceToFrontier)}, to Nash ${
      deal.distanceToNash === null ? 'n/a' : fixed(deal.distanceToNash)
    }`,
  );
  for (const line of simulationLines(c, run)) out(line);
  for (const w of warnings) out(formatProblem(w, opts.file));
  return EXIT_OK;
}

/** What the quick simulation behind the balance warnings saw: agreement per pair, and the events. */
function simulationLines(c: CompiledScenario, run: BalanceRun): string[] {
  const [s0, s1] = c.sideIds;
  const perPair = run.games / BALANCE_PAIRS.length;
  const lines = [`Simulation (${BALANCE_PAIRS.length} strategy pairs × ${perPair} games, seed "balance"):`];
  for (const p of run.pairs) {
    const top = Object.keys(p.breakdownReasons)[0];
    const reason = top ? `; commonest breakdown: ${describeReason(top)}` : '';
    lines.push(`  ${s0} ${p.pair[0]} vs ${s1} ${p.pair[1]}: ${(p.agreementRate * 100).toFixed(1)}% agreed${reason}`);
  }
  for (const e of c.scenario.events) lines.push(`  event ${e.id}: ${eventSummary(run.events[e.id], run.games)}`);
  return lines;
}
