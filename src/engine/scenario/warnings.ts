/**
 * Warnings: a scenario that loads but will probably play badly. They never stop a scenario
 * from loading; `summit check` and `summit analyze` print them marked as warnings.
 * These are the static ones; ../balance.ts adds those that need simulated games.
 */
import { analyzeScenario } from '../analysis/scenario-analysis.ts';
import type { CompiledScenario } from './compile.ts';
import type { Problem } from './problems.ts';
import { jsonPath } from './problems.ts';

/** An item whose weight is below this for both sides barely matters to the negotiation. */
export const MINOR_WEIGHT = 0.05;

export function warning(code: string, path: readonly PropertyKey[], message: string): Problem {
  return { code, path: jsonPath(path), message, severity: 'warning' };
}

export function staticWarnings(c: CompiledScenario): Problem[] {
  const out: Problem[] = [];
  const s = c.scenario;
  const analysis = analyzeScenario(c);
  if (analysis.nash === null)
    out.push(
      warning('warn.no-zopa', ['sides'], 'no zone of possible agreement: no deal within both sides\' red lines beats both walk-aways, so every game ends without one'),
    );
  s.sides.forEach((side, si) => {
    const sum = Object.values(side.priorities).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 1e-9)
      out.push(
        warning('warn.weights-rescaled', ['sides', si, 'priorities'], `the weights add up to ${+sum.toFixed(6)}, not 1; the game divides each by ${+sum.toFixed(6)} so they do`),
      );
  });
  s.items.forEach((item, i) => {
    if (c.weights[0][i] < MINOR_WEIGHT && c.weights[1][i] < MINOR_WEIGHT)
      out.push(
        warning('warn.minor-item', ['items', i], `"${item.id}" barely matters to either side (weights ${c.weights[0][i]} and ${c.weights[1][i]}); players may ignore it`),
      );
    item.options.forEach((option, k) => {
      // A side's walk-away option is meant to be beaten: that is what a zone of agreement is.
      if (c.isWalkAway[i][k]) return;
      const better = item.options.findIndex((other, j) => {
        if (j === k) return false;
        const gains = [0, 1].map((side) => c.rawValues[side][i][j] - c.rawValues[side][i][k]);
        return gains.every((g) => g >= 0) && gains.some((g) => g > 0);
      });
      if (better >= 0)
        out.push(
          warning(
            'warn.dominated-option',
            ['items', i, 'options', k],
            `"${option.id}" is worse for both sides than "${item.options[better].id}", so no sensible deal picks it`,
          ),
        );
    });
  });
  return out;
}
