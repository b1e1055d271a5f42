/**
 * Warnings: a scenario that loads but will probably play badly. They never stop a scenario
 * from loading; `summit check` and `summit analyze` print them marked as warnings.
 * These are the static ones; ../balance.ts adds those that need simulated games.
 */
import { analyzeScenario } from '../analysis/scenario-analysis.ts';
import { DIFFICULTY_STRATEGY } from '../rules/setup.ts';
import type { CompiledScenario } from './compile.ts';
import { own } from './own.ts';
import { DIFFICULTIES, type Scenario } from './schema.ts';
import { emblemWarnings } from './emblem-warnings.ts';
import type { Problem } from './problems.ts';
import { jsonPath } from './problems.ts';

/** An item whose weight is below this for both sides barely matters to the negotiation. */
export const MINOR_WEIGHT = 0.05;

export function warning(code: string, path: readonly PropertyKey[], message: string): Problem {
  return { code, path: jsonPath(path), message, severity: 'warning' };
}

/** Texts a tool left for the designer to write (`summit import-genius` marks them so). */
export const PLACEHOLDER_MARK = 'TODO:';

function placeholders(value: unknown, path: PropertyKey[], out: Problem[]): void {
  if (typeof value === 'string') {
    if (value.startsWith(PLACEHOLDER_MARK)) out.push(warning('warn.placeholder', path, `a placeholder text ("${PLACEHOLDER_MARK} …") still to be written`));
  } else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) placeholders(v, [...path, Array.isArray(value) ? Number(k) : k], out);
}

export function staticWarnings(c: CompiledScenario): Problem[] {
  const out: Problem[] = [];
  placeholders(c.scenario, [], out);
  const s = c.scenario;
  const analysis = analyzeScenario(c);
  out.push(...lessonKitWarnings(s));
  out.push(...emblemWarnings(s));
  if (analysis.nash === null) out.push(warning('warn.no-zopa', ['sides'], "no zone of possible agreement: no deal within both sides' red lines beats both walk-aways, so every game ends without one"));
  s.sides.forEach((side, si) => {
    const sum = Object.values(side.priorities).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 1e-9)
      out.push(warning('warn.weights-rescaled', ['sides', si, 'priorities'], `the weights add up to ${+sum.toFixed(6)}, not 1; the game divides each by ${+sum.toFixed(6)} so they do`));
  });
  s.items.forEach((item, i) => {
    if (c.weights[0][i] < MINOR_WEIGHT && c.weights[1][i] < MINOR_WEIGHT)
      out.push(warning('warn.minor-item', ['items', i], `"${item.id}" barely matters to either side (weights ${c.weights[0][i]} and ${c.weights[1][i]}); players may ignore it`));
    item.options.forEach((option, k) => {
      // A side's walk-away option is meant to be beaten: that is what a zone of agreement is.
      if (c.isWalkAway[i][k]) return;
      const better = item.options.findIndex((other, j) => {
        if (j === k) return false;
        const gains = [0, 1].map((side) => c.rawValues[side][i][j] - c.rawValues[side][i][k]);
        return gains.every((g) => g >= 0) && gains.some((g) => g > 0);
      });
      if (better >= 0) out.push(warning('warn.dominated-option', ['items', i, 'options', k], `"${option.id}" is worse for both sides than "${item.options[better].id}", so no sensible deal picks it`));
    });
  });
  // With no deal the walk-away's option stands: a side marked as refusing it reads as a contradiction.
  s.sides.forEach((side, si) => {
    const w = side.walkAway;
    if (w.kind !== 'statusQuo') return;
    side.redLines.forEach((line, li) => {
      const fallback = own(w.options, line.item);
      const at = fallback === undefined ? -1 : line.options.indexOf(fallback);
      if (at >= 0)
        out.push(
          warning(
            'warn.walkaway-red-line',
            ['sides', si, 'walkAway', 'options', line.item],
            `the walk-away falls back on "${fallback}" for item "${line.item}", which this side's own red line ($.sides[${si}].redLines[${li}].options[${at}]) rules out: players see it marked ✕ yet get it when the talks fail; pick another option for the walk-away, or take it off the red line`,
          ),
        );
    });
  });
  // The difficulty setting picks a personality; with none it plays a built-in strategy under a generic name.
  for (const d of DIFFICULTIES)
    if (!s.personalities.some((p) => p.difficulty === d))
      out.push(
        warning(
          'warn.difficulty-unassigned',
          ['personalities'],
          `no personality has "difficulty": "${d}", so the ${d} setting plays the built-in ${DIFFICULTY_STRATEGY[d]} counterpart instead of one of yours; add "difficulty": "${d}" to one of ${s.personalities.map((p) => `"${p.id}"`).join(', ')}`,
        ),
      );
  return out;
}

/** A scenario without a lesson kit plays, but a teacher has nothing to run a lesson with. */
function lessonKitWarnings(s: Scenario): Problem[] {
  const kit = s.lessonKit;
  if (!kit)
    return [
      warning('warn.no-lesson-kit', ['lessonKit'], 'no lesson kit: teachers get no objectives, run sheet or debrief script for this scenario (see "Writing a lesson kit" in docs/designer-guide.md)'),
    ];
  const unknown = Object.entries(kit.whyTheseNumbers?.options ?? {}).flatMap(([itemId, options]) => {
    const item = s.items.find((it) => it.id === itemId);
    if (!item) return [warning('warn.kit-unknown-option', ['lessonKit', 'whyTheseNumbers', 'options', itemId], `no item "${itemId}" in this scenario`)];
    return Object.keys(options)
      .filter((o) => !item.options.some((opt) => opt.id === o))
      .map((o) => warning('warn.kit-unknown-option', ['lessonKit', 'whyTheseNumbers', 'options', itemId, o], `item "${itemId}" has no option "${o}"`));
  });
  return [
    ...unknown,
    ...kit.runSheets.flatMap((sheet, i) => {
      const total = sheet.steps.reduce((sum, step) => sum + step.minutes, 0);
      const room = sheet.periods * sheet.periodMinutes;
      return total > room
        ? [warning('warn.run-sheet-time', ['lessonKit', 'runSheets', i, 'steps'], `the steps take ${total} minutes, more than ${sheet.periods} period(s) of ${sheet.periodMinutes} minutes (${room})`)]
        : [];
    }),
  ];
}
